package org.chengxiang.platform.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * The bad-input corpus: every write endpoint of the OpenAPI document (and every read taking query parameters) and
 * every page form gets malformed JSON, wrong types, missing fields, 1 MB strings, NUL and control characters, emoji,
 * RTL marks, dates out of range, negative and huge numbers, SQL and HTML injection, invalid ID numbers, fake file
 * types and traversal file names, sent by a user allowed to call it. No answer is a 5xx; API answers are 4xx
 * ProblemDetails naming the field; a digest of every table of every schema shows nothing written. Nothing is
 * excluded from the digest, the audit trail and the event publications included: a refused request writes
 * nothing, and reads are not audited. The scheduled jobs are stopped in this test's context, since they write on
 * their own. Endpoints and forms are discovered, so a new one is covered without a change here.
 */
@SpringBootTest
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class BadInputCorpusIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(BadInputCorpusIntegrationTests.class);

	/**
	 * Writes the corpus cannot reach with any input, since they take none (the plan status run, the flood simulator).
	 * A new endpoint without input fails here until listed, so that none is left out unseen.
	 */
	private static final List<String> WITHOUT_INPUT = List.of("POST /api/plans/status-run",
			"POST /api/cityops/simulator/flood", "DELETE /api/cityops/simulator/flood");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	org.springframework.beans.factory.ObjectProvider<org.springframework.scheduling.config.ScheduledTaskHolder> scheduled;

	private final Map<String, RequestPostProcessor> callers = new HashMap<>();

	private final CorpusVerdicts verdicts = new CorpusVerdicts();

	@Test
	void everyWriteEndpointAndPageFormRefusesTheCorpusAndWritesNothing() throws Exception {
		// the scheduled jobs (escalations, alarm checks, the audit chain) write on their own: stopped for this context
		scheduled.forEach(holder -> holder.getScheduledTasks().forEach(task -> task.cancel(false)));
		long started = System.nanoTime();
		JsonNode document = JsonMapper.builder().build()
			.readTree(mvc.perform(get("/api-docs").with(httpBasic("admin", PASSWORD))).andReturn().getResponse().getContentAsByteArray());
		List<CorpusOperations.Operation> operations = new CorpusOperations(document).all();
		List<CorpusForms.Form> forms = CorpusForms.of(mapping);
		Map<String, String> before = TableDigest.of(jdbc, List.of());

		List<String> skipped = new ArrayList<>();
		Map<String, Long> millis = new java.util.HashMap<>();
		for (CorpusOperations.Operation operation : operations) {
			if (!operation.hasInput()) {
				skipped.add(operation.toString());
				continue;
			}
			long start = System.nanoTime();
			new ApiCorpus(operation, caller(operation.path(), handler(operation))).send();
			millis.put(operation.toString(), (System.nanoTime() - start) / 1_000_000);
		}
		for (CorpusForms.Form form : forms) {
			long start = System.nanoTime();
			new FormCorpus(form, caller(form.path(), form.handler())).send();
			millis.put("form " + form.path(), (System.nanoTime() - start) / 1_000_000);
		}
		// where the time goes, to keep the corpus within the suite's budget
		log.info("Bad-input corpus, slowest (ms): {}", millis.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(8)
			.toList());

		Map<String, String> after = TableDigest.of(jdbc, List.of());
		List<String> written = before.keySet().stream().filter(t -> !Objects.equals(before.get(t), after.get(t))).toList();
		long seconds = (System.nanoTime() - started) / 1_000_000_000L;
		log.info("Bad-input corpus: {} requests to {} API operations and {} page forms in {} s; answers by status {}; "
				+ "5xx: {}; without input, not sent: {}", verdicts.requests(), operations.size() - skipped.size(),
				forms.size(), seconds, verdicts.statuses(), verdicts.serverErrors(), skipped);
		verdicts.findings().stream().limit(400).forEach(finding -> log.warn("Corpus finding: {}", finding));
		written.forEach(table -> log.warn("Corpus wrote to {}", table));
		assertThat(verdicts.findings()).as("corpus findings (%d)", verdicts.findings().size()).isEmpty();
		assertThat(written).as("tables written by refused requests").isEmpty();
		assertThat(skipped).as("write endpoints taking no input").isEqualTo(WITHOUT_INPUT);
		assertThat(verdicts.serverErrors()).isZero();
	}

	/** The corpus of one API operation. */
	private final class ApiCorpus {

		private final CorpusOperations.Operation operation;

		private final RequestPostProcessor caller;

		ApiCorpus(CorpusOperations.Operation operation, RequestPostProcessor caller) {
			this.operation = operation;
			this.caller = caller;
		}

		void send() throws Exception {
			String uri = CorpusRequests.path(operation.path(), operation.pathParameters(), null, null);
			boolean json = operation.contentTypes().stream().anyMatch(c -> c.contains("json"));
			boolean multipart = operation.contentTypes().stream().anyMatch(c -> c.startsWith("multipart/"));
			String text = operation.contentTypes().stream().filter(c -> c.startsWith("text/")).findFirst().orElse(null);
			boolean megabyteSent = false;
			if (json) {
				int position = 0;
				for (CorpusOperations.Field field : operation.jsonFields()) {
					for (CorpusValues.Value value : values(field, position++)) {
						api(CorpusRequests.json(operation.method(), uri, CorpusRequests.bodyWith(field.path(), value.json())),
								value.label(), field.path(), value.named());
					}
					if (!megabyteSent && "string".equals(field.type()) && field.format() == null) {
						megabyteSent = true;
						api(CorpusRequests.json(operation.method(), uri,
								CorpusRequests.bodyWith(field.path(), CorpusValues.ONE_MEGABYTE)), "1 MB", field.path(), false);
					}
				}
				for (CorpusValues.Value body : CorpusValues.BODIES) {
					api(CorpusRequests.json(operation.method(), uri, body.text()), body.label(), null, false);
				}
				api(CorpusRequests.plain(operation.method(), uri, MediaType.APPLICATION_XML_VALUE, "<a/>"), "xml", null,
						false);
			}
			if (multipart) {
				for (CorpusOperations.Field field : operation.partFields()) {
					if ("binary".equals(field.format())) {
						for (CorpusValues.FakeFile file : CorpusValues.FILES) {
							api(CorpusRequests.multipart(operation.method(), uri).file(CorpusRequests.file(field.path(), file)),
									file.label(), field.path(), file.named());
						}
						continue;
					}
					for (CorpusValues.Value value : values(field)) {
						api(CorpusRequests.multipart(operation.method(), uri).param(field.path(), value.text()), value.label(),
								field.path(), value.named());
					}
				}
			}
			if (text != null) {
				for (CorpusValues.Value value : CorpusValues.TEXT) {
					api(CorpusRequests.plain(operation.method(), uri, text + ";charset=UTF-8", value.text()), value.label(),
							null, false);
				}
				megabyteSent = true;
				api(CorpusRequests.plain(operation.method(), uri, text + ";charset=UTF-8", CorpusValues.ONE_MEGABYTE), "1 MB",
						null, false);
			}
			for (CorpusOperations.Field parameter : operation.query()) {
				for (CorpusValues.Value value : values(parameter)) {
					api(withOthers(withBody(uri), parameter).param(parameter.path(), value.text()), value.label(),
							parameter.path(), value.named());
				}
				if (!megabyteSent && "string".equals(parameter.type()) && parameter.format() == null) {
					megabyteSent = true;
					api(withBody(uri).param(parameter.path(), CorpusValues.ONE_MEGABYTE), "1 MB", parameter.path(), false);
				}
			}
			for (CorpusOperations.Field variable : operation.pathParameters()) {
				for (CorpusValues.Value value : CorpusRequests.wrongPathValues(variable)) {
					String wrong = CorpusRequests.path(operation.path(), operation.pathParameters(), variable.path(),
							value.text());
					// a text path segment the firewall refuses has no field to name: the address itself is refused
					api(withBody(wrong), value.label(), "string".equals(variable.type()) && variable.format() == null ? null
							: variable.path(), value.named());
				}
			}
		}

		/** The other required query parameters, filled with sane values, so that the answer is about this one. */
		private AbstractMockHttpServletRequestBuilder<?> withOthers(AbstractMockHttpServletRequestBuilder<?> request,
				CorpusOperations.Field parameter) {
			for (CorpusOperations.Field other : operation.query()) {
				if (other.required() && !other.path().equals(parameter.path())) {
					request.param(other.path(), CorpusRequests.sane(other));
				}
			}
			return request;
		}

		private AbstractMockHttpServletRequestBuilder<?> withBody(String uri) {
			if (operation.contentTypes().stream().anyMatch(c -> c.contains("json"))) {
				return CorpusRequests.json(operation.method(), uri, "{}");
			}
			if (operation.contentTypes().stream().anyMatch(c -> c.startsWith("multipart/"))) {
				// required files present (empty), so that the answer is about the parameter sent
				MockMultipartHttpServletRequestBuilder multipart = CorpusRequests.multipart(operation.method(), uri);
				operation.partFields()
					.stream()
					.filter(part -> "binary".equals(part.format()))
					.forEach(part -> multipart.file(CorpusRequests.file(part.path(), CorpusValues.FILES.get(6))));
				return multipart;
			}
			return CorpusRequests.plain(operation.method(), uri, MediaType.APPLICATION_JSON_VALUE, "");
		}

		private void api(AbstractMockHttpServletRequestBuilder<?> request, String label, String field, boolean named)
				throws Exception {
			String what = operation + " " + label;
			MvcResult result = perform(request.with(caller).with(csrf()), what);
			if (result != null) {
				verdicts.api(result, what, field, named, !operation.write());
			}
		}

	}

	/** The corpus of one page form. */
	private final class FormCorpus {

		private final CorpusForms.Form form;

		private final RequestPostProcessor caller;

		FormCorpus(CorpusForms.Form form, RequestPostProcessor caller) {
			this.form = form;
			this.caller = caller;
		}

		void send() throws Exception {
			String uri = CorpusRequests.path(form.path(), form.pathVariables(), null, null);
			boolean megabyteSent = false;
			int position = 0;
			for (CorpusOperations.Field field : form.fields()) {
				if ("binary".equals(field.format())) {
					for (CorpusValues.FakeFile file : CorpusValues.FILES) {
						page(CorpusRequests.multipart("POST", uri).file(CorpusRequests.file(field.path(), file)), file.label(),
								field.path());
					}
					continue;
				}
				for (CorpusValues.Value value : values(field, position++)) {
					page(request(uri).param(field.path(), value.text()), value.label(), field.path());
				}
				if (!megabyteSent && "string".equals(field.type()) && field.format() == null) {
					megabyteSent = true;
					page(request(uri).param(field.path(), CorpusValues.ONE_MEGABYTE), "1 MB", field.path());
				}
			}
			for (CorpusOperations.Field variable : form.pathVariables()) {
				for (CorpusValues.Value value : CorpusRequests.wrongPathValues(variable)) {
					page(request(CorpusRequests.path(form.path(), form.pathVariables(), variable.path(), value.text())),
							value.label(), variable.path());
				}
			}
		}

		private AbstractMockHttpServletRequestBuilder<?> request(String uri) {
			if (form.multipart()) {
				MockMultipartHttpServletRequestBuilder multipart = CorpusRequests.multipart("POST", uri);
				multipart.accept(MediaType.TEXT_HTML);
				return multipart;
			}
			return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(uri)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.accept(MediaType.TEXT_HTML);
		}

		private void page(AbstractMockHttpServletRequestBuilder<?> request, String label, String field) {
			String what = form + " " + label;
			MvcResult result = perform(request.with(caller).with(csrf()), what);
			if (result != null) {
				verdicts.page(result, what, field);
			}
		}

	}

	private static List<CorpusValues.Value> values(CorpusOperations.Field field) {
		return CorpusValues.forField(field.name(), field.type(), field.format(), field.isEnum());
	}

	/**
	 * The values for the n-th field: all of them for the first three text fields of an endpoint, then only those
	 * wrong wherever sent, since emoji or an injection string is plain text to every further text field alike.
	 */
	private static List<CorpusValues.Value> values(CorpusOperations.Field field, int position) {
		List<CorpusValues.Value> values = values(field);
		return position < 3 ? values : values.stream().filter(CorpusValues.Value::named).toList();
	}

	private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request, String what) {
		try {
			return mvc.perform(request).andReturn();
		}
		catch (Exception ex) {
			Throwable root = ex;
			while (root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			verdicts.findings().add("500 (unhandled " + root.getClass().getSimpleName() + ": "
					+ String.valueOf(root.getMessage()).lines().findFirst().orElse("") + ") " + what);
			return null;
		}
	}

	private HandlerMethod handler(CorpusOperations.Operation operation) {
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			if (info.getPatternValues().contains(operation.path()) && info.getMethodsCondition()
				.getMethods()
				.stream()
				.anyMatch(m -> m.name().equals(operation.method()))) {
				return entry.getValue();
			}
		}
		return null;
	}

	private RequestPostProcessor caller(String path, HandlerMethod handler) {
		String name = CorpusCallers.of(path, handler);
		return callers.computeIfAbsent(name, n -> switch (n) {
			case CorpusCallers.ANONYMOUS -> anonymous();
			case CorpusCallers.GATEWAY -> httpBasic("DEMO-GW", "Demo-Gateway-Key-2020");
			default -> user(users.loadUserByUsername(n));
		});
	}

}
