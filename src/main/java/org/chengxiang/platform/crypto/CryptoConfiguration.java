package org.chengxiang.platform.crypto;

import java.util.Arrays;

import org.chengxiang.platform.db.EmbeddedPostgresEnvironment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Creates the {@link PersonalDataProtector} from the configured or generated master key.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

	@Bean
	PersonalDataProtector personalDataProtector(CryptoProperties properties, Environment environment) {
		boolean embedded = environment.getProperty(EmbeddedPostgresEnvironment.ACTIVE, Boolean.class, false);
		byte[] masterKey = PersonalDataKeys.masterKey(properties, embedded);
		try {
			return new PersonalDataProtector(masterKey);
		}
		finally {
			Arrays.fill(masterKey, (byte) 0);
		}
	}

}
