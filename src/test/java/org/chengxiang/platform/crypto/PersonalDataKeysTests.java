package org.chengxiang.platform.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

class PersonalDataKeysTests {

	private static final String KEY = Base64.getEncoder().encodeToString(PersonalDataProtectorTests.masterKey(3));

	@TempDir
	Path directory;

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(CryptoTestConfiguration.class);

	@Test
	void generatesKeyFileOnFirstStartAndReusesIt() throws Exception {
		Path keyFile = this.directory.resolve("data/keys/personal-data.key");
		byte[] first = PersonalDataKeys.masterKey(new CryptoProperties(null, keyFile), true);
		assertThat(first).hasSize(32);
		assertThat(Base64.getDecoder().decode(Files.readString(keyFile).strip())).isEqualTo(first);
		byte[] second = PersonalDataKeys.masterKey(new CryptoProperties(null, keyFile), true);
		assertThat(second).isEqualTo(first);
		try (var files = Files.list(keyFile.getParent())) {
			assertThat(files).containsExactly(keyFile);
		}
	}

	@Test
	void generatedKeyFileIsReadableByItsOwnerOnly() throws Exception {
		assumeThat(this.directory.getFileSystem().supportedFileAttributeViews()).contains("posix");
		Path keyFile = this.directory.resolve("personal-data.key");
		PersonalDataKeys.masterKey(new CryptoProperties(null, keyFile), true);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
	}

	@Test
	void generatesDifferentKeysForDifferentInstallations() {
		byte[] one = PersonalDataKeys.readOrCreate(this.directory.resolve("one.key"));
		byte[] other = PersonalDataKeys.readOrCreate(this.directory.resolve("other.key"));
		assertThat(one).isNotEqualTo(other);
	}

	@Test
	void configuredKeyWinsOverKeyFile() {
		Path keyFile = this.directory.resolve("personal-data.key");
		byte[] key = PersonalDataKeys.masterKey(new CryptoProperties(" " + KEY + "\n", keyFile), true);
		assertThat(key).isEqualTo(PersonalDataProtectorTests.masterKey(3));
		assertThat(keyFile).doesNotExist();
	}

	@Test
	void refusesToStartInProductionWithoutKey() {
		Path keyFile = this.directory.resolve("personal-data.key");
		assertThatExceptionOfType(PersonalDataKeyException.class)
			.isThrownBy(() -> PersonalDataKeys.masterKey(new CryptoProperties(null, keyFile), false))
			.withMessageContaining("CHENGXIANG_CRYPTO_KEY");
		assertThatExceptionOfType(PersonalDataKeyException.class)
			.isThrownBy(() -> PersonalDataKeys.masterKey(new CryptoProperties("  ", keyFile), false));
		assertThat(keyFile).doesNotExist();
	}

	@Test
	void productionReadsAKeyFileKeptElsewhereButNeverCreatesOne() throws Exception {
		Path keyFile = this.directory.resolve("secrets/personal-data.key");
		assertThatExceptionOfType(PersonalDataKeyException.class)
			.isThrownBy(() -> PersonalDataKeys.masterKey(new CryptoProperties(null, keyFile), false))
			.withMessageContaining("CHENGXIANG_CRYPTO_KEYFILE");
		assertThat(keyFile).doesNotExist();

		Files.createDirectories(keyFile.getParent());
		Files.writeString(keyFile, KEY + "\n");
		assertThat(PersonalDataKeys.masterKey(new CryptoProperties(null, keyFile), false))
			.isEqualTo(PersonalDataProtectorTests.masterKey(3));
	}

	@Test
	void refusesKeyThatIsNotBase64OfThirtyTwoBytes() {
		Path keyFile = this.directory.resolve("personal-data.key");
		String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
		assertThatExceptionOfType(PersonalDataKeyException.class)
			.isThrownBy(() -> PersonalDataKeys.masterKey(new CryptoProperties(shortKey, keyFile), false))
			.withMessageContaining("16 bytes instead of 32");
		assertThatExceptionOfType(PersonalDataKeyException.class)
			.isThrownBy(() -> PersonalDataKeys.masterKey(new CryptoProperties("not a key!", keyFile), false))
			.withMessageContaining("not valid base64");
	}

	@Test
	void refusesDamagedKeyFileInsteadOfReplacingIt() throws Exception {
		Path keyFile = this.directory.resolve("personal-data.key");
		Files.writeString(keyFile, "damaged");
		assertThatExceptionOfType(PersonalDataKeyException.class)
			.isThrownBy(() -> PersonalDataKeys.masterKey(new CryptoProperties(null, keyFile), true))
			.withMessageContaining(keyFile.toString())
			.withMessageContaining("backup");
		assertThat(Files.readString(keyFile)).isEqualTo("damaged");
	}

	@Test
	void startupFailureExplainsWhatToDo() {
		Path keyFile = this.directory.resolve("personal-data.key");
		this.contexts.withPropertyValues("chengxiang.embedded.active=false", "chengxiang.crypto.key-file=" + keyFile)
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new PersonalDataKeyFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("No personal-data key is configured");
				assertThat(analysis.getAction()).contains("CHENGXIANG_CRYPTO_KEY").contains("backup");
			});
	}

	@Test
	void productionUsesTheConfiguredKey() {
		this.contexts.withPropertyValues("chengxiang.embedded.active=false", "chengxiang.crypto.key=" + KEY)
			.run((context) -> {
				PersonalDataProtector protector = context.getBean(PersonalDataProtector.class);
				assertThat(protector.blindIndex("x"))
					.isEqualTo(new PersonalDataProtector(PersonalDataProtectorTests.masterKey(3)).blindIndex("x"));
			});
	}

	@Test
	void embeddedDefaultGeneratesTheKeyFileItIsConfiguredWith() {
		Path keyFile = this.directory.resolve("keys/personal-data.key");
		this.contexts.withPropertyValues("chengxiang.embedded.active=true", "chengxiang.crypto.key-file=" + keyFile)
			.run((context) -> {
				assertThat(context).hasSingleBean(PersonalDataProtector.class);
				assertThat(keyFile).exists();
			});
	}

	@Test
	void propertiesDoNotPrintTheKey() {
		CryptoProperties properties = new CryptoProperties(KEY, Path.of("k"));
		assertThat(properties.toString()).doesNotContain(KEY);
		assertThat(new CryptoProperties(null, Path.of("k")).keyFile()).isEqualTo(Path.of("k"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CryptoProperties.class)
	@Import(CryptoConfiguration.class)
	static class CryptoTestConfiguration {

	}

}
