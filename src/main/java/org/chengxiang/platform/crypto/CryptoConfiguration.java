package org.chengxiang.platform.crypto;

import java.util.Arrays;

import org.chengxiang.platform.db.EmbeddedPostgresEnvironment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Creates the {@link PersonalDataProtector}, the {@link FileEncryption} and the {@link RecordSigner} from the
 * configured or generated master key, each with keys of its own derived from it.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

	@Bean
	PersonalDataProtector personalDataProtector(CryptoProperties properties, Environment environment) {
		byte[] masterKey = masterKey(properties, environment);
		try {
			return new PersonalDataProtector(masterKey);
		}
		finally {
			Arrays.fill(masterKey, (byte) 0);
		}
	}

	@Bean
	FileEncryption fileEncryption(CryptoProperties properties, Environment environment) {
		byte[] masterKey = masterKey(properties, environment);
		try {
			return new FileEncryption(masterKey);
		}
		finally {
			Arrays.fill(masterKey, (byte) 0);
		}
	}

	@Bean
	RecordSigner recordSigner(CryptoProperties properties, Environment environment) {
		byte[] masterKey = masterKey(properties, environment);
		try {
			return new RecordSigner(masterKey);
		}
		finally {
			Arrays.fill(masterKey, (byte) 0);
		}
	}

	private static byte[] masterKey(CryptoProperties properties, Environment environment) {
		boolean embedded = environment.getProperty(EmbeddedPostgresEnvironment.ACTIVE, Boolean.class, false);
		return PersonalDataKeys.masterKey(properties, embedded);
	}

}
