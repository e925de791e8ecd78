package org.chengxiang.platform.crypto;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the personal-data master key comes from.
 *
 * @param key base64 of 32 random bytes (the master key); set it in production through the
 * environment variable {@code CHENGXIANG_CRYPTO_KEY}. The encryption key and the blind-index key
 * are both derived from it, each for its own purpose.
 * @param keyFile the file holding the master key (base64, one line) when {@code key} is not set; the embedded
 * default generates it on first start, production only reads it, so that the key can live apart from the database
 * (environment variable {@code CHENGXIANG_CRYPTO_KEYFILE})
 */
@ConfigurationProperties("chengxiang.crypto")
record CryptoProperties(String key, @DefaultValue("data/keys/personal-data.key") Path keyFile) {

	// The generated toString would print the key into logs and failure reports.
	@Override
	public String toString() {
		String key = (this.key != null) ? "(set)" : "(not set)";
		return "CryptoProperties[key=" + key + ", keyFile=" + this.keyFile + "]";
	}

}
