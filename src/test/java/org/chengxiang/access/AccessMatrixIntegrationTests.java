package org.chengxiang.access;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.chengxiang.platform.crypto.PersonalDataProtector;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * Who gets what from every endpoint of the API: for each operation of the OpenAPI document and each demo user (and
 * nobody logged in), the answer is the one written in {@code access/access-matrix.tsv}, and a user let into an
 * endpoint is refused the same endpoint on a record of another department or resident. An endpoint added without a
 * row fails here, by name.
 *
 * <p>
 * Each request is deliberately empty ({@code {}} or no parts for a body, no query parameters), so that a user let
 * in is answered 2xx or a 400 about the input, which the table writes as {@code ok}; and each runs in a transaction
 * that is rolled back, so that nothing the matrix does stays. Run with {@code -Daccess.matrix.write=true} to write
 * what was observed to {@code target/access-matrix.observed.tsv}, to review and copy over the table when an endpoint
 * changes on purpose.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataProtector protector;

	@Autowired
	UserDetailsService users;

	@Autowired
	TransactionTemplate transactions;

	private AccessTable table;

	private AccessRecords records;

	private final Map<String, UserDetails> logins = new LinkedHashMap<>();

	private final Map<String, AccessTable.Row> observed = Collections.synchronizedMap(new LinkedHashMap<>());

	private List<ApiOperations.Operation> operations;

	@BeforeAll
	void readTheDocumentTheTableAndTheRecords() throws Exception {
		String document = mvc.perform(get("/api-docs").with(httpBasic("admin", PASSWORD))).andReturn().getResponse().getContentAsString();
		operations = ApiOperations.read(json, document);
		assertThat(operations).as("operations in /api-docs").hasSizeGreaterThan(50);
		table = AccessTable.load();
		records = new AccessRecords(jdbc, protector);
		AccessTable.USERS.stream().filter(u -> !u.equals("anonymous")).forEach(u -> logins.put(u, users.loadUserByUsername(u)));
	}

	Stream<ApiOperations.Operation> operations() {
		return operations.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("operations")
	void everyUserGetsTheAnswerTheTableHolds(ApiOperations.Operation operation) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (String user : AccessTable.USERS) {
			answers.put(user, answer(operation, records.own(operation.path()), user));
		}
		AccessTable.Row expected = table.row(operation.key());
		String foreign = foreignAnswer(operation, expected, answers);
		AccessTable.Row row = new AccessTable.Row(operation.method(), operation.path(), answers, foreign);
		observed.put(operation.key(), row);
		if (expected == null) {
			fail("No row in src/test/resources" + AccessTable.RESOURCE + " for the endpoint " + operation.key()
					+ ": add one with the answer each user must get. Observed:\n" + row.line());
		}
		List<String> wrong = new ArrayList<>();
		expected.answers().forEach((user, answer) -> {
			if (!answer.equals(answers.get(user))) {
				wrong.add(user + " expected " + answer + " but got " + answers.get(user));
			}
		});
		if (!expected.foreign().equals(foreign)) {
			wrong.add("foreign record expected " + expected.foreign() + " but got " + foreign);
		}
		assertThat(wrong).as(operation.key() + " (records: " + records.own(operation.path()) + ")").isEmpty();
	}

	/**
	 * The foreign-record case: a user of the department or the resident owning the own record (or, when writing the
	 * table, the first of them let in), on a record of someone else. Written with the exact status: {@code 400}
	 * says the empty request was refused before the record was read.
	 */
	private String foreignAnswer(ApiOperations.Operation operation, AccessTable.Row expected, Map<String, String> own) {
		if (!records.hasForeign(operation.path())) {
			return "-";
		}
		String user;
		if (expected != null && expected.foreign().contains(":")) {
			user = expected.foreign().substring(0, expected.foreign().indexOf(':'));
		}
		else {
			user = records.foreignUsers(operation.path()).stream()
				.filter(u -> own.get(u).equals("ok"))
				.findFirst()
				.orElse(null);
		}
		if (user == null) {
			return "-";
		}
		int status = status(operation, null, user);
		return user + ":" + (status >= 200 && status < 300 ? "ok" : String.valueOf(status));
	}

	/** The answer to the user, as the table writes it. */
	private String answer(ApiOperations.Operation operation, String path, String user) {
		return label(status(operation, path, user));
	}

	/** The status answered to the user, in a transaction rolled back; a {@code null} path asks for the foreign records. */
	private int status(ApiOperations.Operation operation, String path, String user) {
		Integer status = transactions.execute(tx -> {
			tx.setRollbackOnly();
			String uri = path != null ? path : records.foreign(operation.path());
			try {
				return mvc.perform(request(operation, uri, user)).andReturn().getResponse().getStatus();
			}
			catch (Exception ex) {
				throw new IllegalStateException(operation.key() + " as " + user, ex);
			}
		});
		return status;
	}

	private AbstractMockHttpServletRequestBuilder<?> request(ApiOperations.Operation operation, String uri, String user) {
		HttpMethod method = HttpMethod.valueOf(operation.method());
		List<String> consumes = operation.consumes();
		AbstractMockHttpServletRequestBuilder<?> request;
		if (consumes.contains(MediaType.APPLICATION_JSON_VALUE) || consumes.isEmpty() && !method.equals(HttpMethod.GET)
				&& !method.equals(HttpMethod.DELETE)) {
			request = MockMvcRequestBuilders.request(method, uri).contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		else if (consumes.contains(MediaType.TEXT_PLAIN_VALUE)) {
			request = MockMvcRequestBuilders.request(method, uri).contentType(MediaType.TEXT_PLAIN).content("");
		}
		else if (consumes.contains(MediaType.MULTIPART_FORM_DATA_VALUE)) {
			request = MockMvcRequestBuilders.multipart(method, uri);
		}
		else if (!consumes.isEmpty()) {
			request = MockMvcRequestBuilders.request(method, uri).contentType(consumes.get(0)).content("{}");
		}
		else {
			request = MockMvcRequestBuilders.request(method, uri);
		}
		request.accept(MediaType.ALL).with(csrf());
		Optional.ofNullable(logins.get(user)).ifPresent(login -> request.with(user(login)));
		return request;
	}

	/** 2xx, and the answers about a request's content, mean the user was let in. */
	static String label(int status) {
		if ((status >= 200 && status < 300) || status == 400 || status == 409 || status == 422) {
			return "ok";
		}
		return String.valueOf(status);
	}

	@AfterAll
	void writeWhatWasObservedWhenAsked() throws Exception {
		// a flood the matrix started must not outlive it
		transactions.executeWithoutResult(tx -> {
			try {
				mvc.perform(request(new ApiOperations.Operation("DELETE", "/api/cityops/simulator/flood", List.of()),
						"/api/cityops/simulator/flood", "admin"));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		if (Boolean.getBoolean("access.matrix.write")) {
			List<AccessTable.Row> rows = operations.stream().map(o -> observed.get(o.key())).filter(r -> r != null).toList();
			table.write(Path.of("target/access-matrix.observed.tsv"), rows);
			System.out.println("Access matrix records:\n" + records.describe());
		}
	}

}
