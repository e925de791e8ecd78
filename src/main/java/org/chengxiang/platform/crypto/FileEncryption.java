package org.chengxiang.platform.crypto;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Encrypts stored files (materials, case photos) with SM4-GCM under a key of their own, derived from the
 * personal-data master key, since an ID-card scan is personal data too.
 *
 * <p>
 * A file is {@code magic (8 bytes) || nonce (12 bytes) || ciphertext || tag (16 bytes)}, a fresh random nonce per
 * file and the magic authenticated with it. The magic starts with a zero byte, which no accepted upload (PDF, JPEG,
 * PNG, Office package) does, so a file written before encryption is told apart and read as it is. Thread-safe.
 */
public final class FileEncryption {

	/** {@code \0CXFILE} and the format version 1. */
	static final byte[] MAGIC = { 0, 'C', 'X', 'F', 'I', 'L', 'E', 1 };

	/** How many leading bytes {@link #isEncrypted(byte[])} needs. */
	public static final int MAGIC_LENGTH = 8;

	static final int OVERHEAD = MAGIC.length + PersonalDataProtector.NONCE_LENGTH + PersonalDataProtector.TAG_LENGTH;

	private static final byte[] PURPOSE = "chengxiang stored-file SM4-GCM encryption key v1"
		.getBytes(StandardCharsets.US_ASCII);

	// Large enough for the cipher to run at full speed, small enough that a 5 MB file is not copied whole.
	private static final int CHUNK = 64 * 1024;

	private final SecureRandom random = new SecureRandom();

	private final KeyParameter key;

	FileEncryption(byte[] masterKey) {
		this.key = PersonalDataProtector.derive(masterKey, PURPOSE, 16);
	}

	/** Whether stored bytes (or the first {@value #MAGIC_LENGTH} of them) are in the encrypted format. */
	public static boolean isEncrypted(byte[] stored) {
		return stored.length >= MAGIC.length && Arrays.equals(stored, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
	}

	/** Writes the content encrypted to the stream, a chunk at a time. */
	public void encrypt(byte[] content, OutputStream out) throws IOException {
		byte[] nonce = new byte[PersonalDataProtector.NONCE_LENGTH];
		random.nextBytes(nonce);
		GCMModeCipher cipher = cipher(true, nonce);
		out.write(MAGIC);
		out.write(nonce);
		byte[] buffer = new byte[cipher.getUpdateOutputSize(CHUNK) + PersonalDataProtector.TAG_LENGTH];
		for (int offset = 0; offset < content.length; offset += CHUNK) {
			int length = Math.min(CHUNK, content.length - offset);
			out.write(buffer, 0, cipher.processBytes(content, offset, length, buffer, 0));
		}
		try {
			out.write(buffer, 0, cipher.doFinal(buffer, 0));
		}
		catch (InvalidCipherTextException ex) {
			// Only decryption checks a tag.
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The content of stored bytes: decrypted and checked when encrypted, as they are when written before encryption.
	 * @throws PersonalDataDecryptionException when the file was altered, cut short or encrypted with another key
	 */
	public byte[] decrypt(byte[] stored) {
		if (!isEncrypted(stored)) {
			return stored;
		}
		if (stored.length < OVERHEAD) {
			throw new PersonalDataDecryptionException("An encrypted file is too short (" + stored.length + " bytes)");
		}
		GCMModeCipher cipher = cipher(false,
				Arrays.copyOfRange(stored, MAGIC.length, MAGIC.length + PersonalDataProtector.NONCE_LENGTH));
		int start = MAGIC.length + PersonalDataProtector.NONCE_LENGTH;
		byte[] content = new byte[cipher.getOutputSize(stored.length - start)];
		try {
			int length = cipher.processBytes(stored, start, stored.length - start, content, 0);
			length += cipher.doFinal(content, length);
			return (length == content.length) ? content : Arrays.copyOf(content, length);
		}
		catch (InvalidCipherTextException ex) {
			Arrays.fill(content, (byte) 0);
			throw new PersonalDataDecryptionException(
					"An encrypted file failed its integrity check: it was altered or encrypted with another key", ex);
		}
	}

	private GCMModeCipher cipher(boolean forEncryption, byte[] nonce) {
		GCMModeCipher cipher = GCMBlockCipher.newInstance(new SM4Engine());
		cipher.init(forEncryption, new AEADParameters(key, PersonalDataProtector.TAG_LENGTH * 8, nonce, MAGIC));
		return cipher;
	}

}
