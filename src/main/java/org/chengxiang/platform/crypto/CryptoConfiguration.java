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
		return fromMasterKey(properties, environment, PersonalDataProtector::new);
	}

	@Bean
	FileEncryption fileEncryption(CryptoProperties properties, Environment environment) {
		return fromMasterKey(properties, environment, FileEncryption::new);
	}

	@Bean
	RecordSigner recordSigner(CryptoProperties properties, Environment environment) {
		return fromMasterKey(properties, environment, RecordSigner::new);
	}

	/** Each key is derived from the master key, which is read, used and wiped at once. */
	private static <T> T fromMasterKey(CryptoProperties properties, Environment environment,
			java.util.function.Function<byte[], T> derive) {
		byte[] masterKey = masterKey(properties, environment);
		try {
			return derive.apply(masterKey);
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
