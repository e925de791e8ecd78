package org.chengxiang.platform.crypto;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FileEncryptionTests {

	private final FileEncryption encryption = new FileEncryption(key(1));

	@Test
	void aFileOfManyChunksComesBackAsItWasAndEachEncryptionDiffers() throws IOException {
		byte[] content = new byte[5 * 1024 * 1024 + 17];
		new Random(7).nextBytes(content);

		byte[] first = encrypt(encryption, content);
		byte[] second = encrypt(encryption, content);

		assertThat(first).hasSize(content.length + FileEncryption.OVERHEAD);
		assertThat(FileEncryption.isEncrypted(first)).isTrue();
		assertThat(Arrays.equals(first, second)).isFalse();
		assertThat(encryption.decrypt(first)).isEqualTo(content);
		assertThat(encryption.decrypt(encrypt(encryption, new byte[0]))).isEmpty();
	}

	@Test
	void bytesWrittenBeforeEncryptionAreReadAsTheyAre() {
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4, 5 };
		assertThat(FileEncryption.isEncrypted(jpeg)).isFalse();
		assertThat(encryption.decrypt(jpeg)).isSameAs(jpeg);
	}

	@Test
	void anAlteredTruncatedOrForeignFileIsRefused() throws IOException {
		byte[] stored = encrypt(encryption, "身份证扫描件".getBytes());
		byte[] altered = stored.clone();
		altered[altered.length - 1] ^= 1;
		byte[] relabelled = stored.clone();
		relabelled[FileEncryption.MAGIC_LENGTH] ^= 1;

		assertThatExceptionOfType(PersonalDataDecryptionException.class).isThrownBy(() -> encryption.decrypt(altered));
		assertThatExceptionOfType(PersonalDataDecryptionException.class).isThrownBy(() -> encryption.decrypt(relabelled));
		assertThatExceptionOfType(PersonalDataDecryptionException.class)
			.isThrownBy(() -> encryption.decrypt(Arrays.copyOf(stored, FileEncryption.OVERHEAD - 1)));
		assertThatExceptionOfType(PersonalDataDecryptionException.class)
			.isThrownBy(() -> new FileEncryption(key(2)).decrypt(stored));
	}

	private static byte[] encrypt(FileEncryption encryption, byte[] content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		encryption.encrypt(content, out);
		return out.toByteArray();
	}

	private static byte[] key(int seed) {
		byte[] key = new byte[PersonalDataKeys.MASTER_KEY_LENGTH];
		Arrays.fill(key, (byte) seed);
		return key;
	}

}
