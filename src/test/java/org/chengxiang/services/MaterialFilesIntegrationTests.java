package org.chengxiang.services;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.chengxiang.platform.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * A material's file on disk: readable by the platform's user alone, encrypted, served byte for byte as uploaded, and
 * gone once a replacement is committed (kept when the replacement rolls back), so replacing a material again and
 * again does not fill the disk.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MaterialFilesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MaterialStore store;

	@Autowired
	ApplicationMaterials desk;

	@Autowired
	UserDetailsService users;

	@Autowired
	PlatformTransactionManager transactions;

	String applicant;

	long id;

	@BeforeEach
	void application() throws Exception {
		TestItems.policeItem(mvc, jdbc, "MATERIAL-FILES", "材料文件测试", """
				[{"name":"身份证照片","required":true,"formats":"JPEG,PNG","maxBytes":2097152}]
				""");
		applicant = TestResidents.register(mvc, "files", "孙文件");
		String body = mvc.perform(post("/api/services/applications").with(httpBasic(applicant, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"MATERIAL-FILES\",\"form\":{\"description\":\"材料文件\"}}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		id = Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
	}

	@Test
	void aStoredMaterialIsOwnerOnlyEncryptedOnDiskAndServedAsUploaded() throws Exception {
		byte[] png = TestResidents.png(90, 60);
		upload(png);
		Path file = store.root().resolve(storagePath());

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
			.isEqualTo("rwx------");
		byte[] onDisk = Files.readAllBytes(file);
		assertThat(onDisk).isNotEqualTo(png);
		// not even the PNG signature or a stretch of the picture is left readable
		assertThat(indexOf(onDisk, java.util.Arrays.copyOfRange(png, 0, 8))).isEqualTo(-1);
		assertThat(indexOf(onDisk, java.util.Arrays.copyOfRange(png, png.length / 2, png.length / 2 + 16)))
			.isEqualTo(-1);

		mvc.perform(get("/api/services/applications/{id}/materials/1", id).with(httpBasic(applicant, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(png));
	}

	@Test
	void aReplacedMaterialsOldFileIsDeletedOnceTheReplacementIsCommitted() throws Exception {
		upload(TestResidents.png(40, 40));
		Path first = store.root().resolve(storagePath());
		assertThat(first).exists();

		byte[] second = TestResidents.png(50, 50);
		upload(second);

		assertThat(first).doesNotExist();
		assertThat(store.root().resolve(storagePath())).exists();
		mvc.perform(get("/api/services/applications/{id}/materials/1", id).with(httpBasic(applicant, PASSWORD)))
			.andExpect(content().bytes(second));
	}

	@Test
	void aReplacementThatRollsBackKeepsTheOldFileAndLeavesNoNewOne() throws Exception {
		byte[] kept = TestResidents.png(40, 40);
		upload(kept);
		String path = storagePath();
		Path first = store.root().resolve(path);
		long filesBefore = countFiles();
		CurrentUser user = (CurrentUser) users.loadUserByUsername(applicant);

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			desk.attach(id, 1, new MockMultipartFile("file", "new.png", "image/png", png(60)), user);
			status.setRollbackOnly();
		});

		assertThat(storagePath()).isEqualTo(path);
		assertThat(first).exists();
		assertThat(countFiles()).isEqualTo(filesBefore);
		mvc.perform(get("/api/services/applications/{id}/materials/1", id).with(httpBasic(applicant, PASSWORD)))
			.andExpect(content().bytes(kept));
	}

	private static byte[] png(int size) {
		try {
			return TestResidents.png(size, size);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private void upload(byte[] png) throws Exception {
		mvc.perform(multipart("/api/services/applications/{id}/materials/1", id)
			.file(new MockMultipartFile("file", "身份证.png", "image/png", png))
			.with(httpBasic(applicant, PASSWORD))).andExpect(status().isOk());
	}

	private String storagePath() {
		return jdbc.sql("select storage_path from services.application_material where application_id = :id and position = 1")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private long countFiles() throws java.io.IOException {
		try (var files = Files.walk(store.root())) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
