package org.chengxiang.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Encrypts personal identifiers with SM4-GCM and computes their HMAC-SM3 blind index for equality
 * lookups.
 *
 * <p>
 * Both keys are derived from one 32-byte master key with HKDF-Expand over SM3 (RFC 5869), each
 * with its own purpose label, so the encryption key and the index key are never the same and
 * neither reveals the other. A stored value is {@code version (1 byte) || nonce (12 bytes) ||
 * ciphertext || tag (16 bytes)}; the version byte is authenticated too. Uses BouncyCastle's
 * lightweight API, so no JCE provider is registered. Thread-safe. {@code null} in answers
 * {@code null}, so optional columns need no special case.
 */
public class PersonalDataProtector {

	static final byte VERSION = 1;

	static final int NONCE_LENGTH = 12;

	static final int TAG_LENGTH = 16;

	private static final int HEADER_LENGTH = 1 + NONCE_LENGTH;

	private static final byte[] ASSOCIATED_DATA = { VERSION };

	private static final byte[] ENCRYPTION_PURPOSE = "chengxiang personal-data SM4-GCM encryption key v1"
		.getBytes(StandardCharsets.US_ASCII);

	private static final byte[] INDEX_PURPOSE = "chengxiang personal-data HMAC-SM3 blind-index key v1"
		.getBytes(StandardCharsets.US_ASCII);

	private final SecureRandom random = new SecureRandom();

	private final KeyParameter encryptionKey;

	private final KeyParameter indexKey;

	PersonalDataProtector(byte[] masterKey) {
		if (masterKey.length != PersonalDataKeys.MASTER_KEY_LENGTH) {
			throw new IllegalArgumentException("The master key must have " + PersonalDataKeys.MASTER_KEY_LENGTH
					+ " bytes, not " + masterKey.length);
		}
		this.encryptionKey = derive(masterKey, ENCRYPTION_PURPOSE, 16);
		this.indexKey = derive(masterKey, INDEX_PURPOSE, 32);
	}

	/**
	 * Encrypts with a fresh random nonce, so equal values give different ciphertexts; look values up
	 * by {@link #blindIndex(String)} instead. Random 96-bit nonces stay safe far beyond the 2^32
	 * values per key a county will ever store.
	 */
	public byte[] encrypt(String plaintext) {
		if (plaintext == null) {
			return null;
		}
		byte[] input = plaintext.getBytes(StandardCharsets.UTF_8);
		byte[] nonce = new byte[NONCE_LENGTH];
		this.random.nextBytes(nonce);
		GCMModeCipher cipher = cipher(true, nonce);
		byte[] output = new byte[HEADER_LENGTH + cipher.getOutputSize(input.length)];
		output[0] = VERSION;
		System.arraycopy(nonce, 0, output, 1, NONCE_LENGTH);
		int length = cipher.processBytes(input, 0, input.length, output, HEADER_LENGTH);
		try {
			cipher.doFinal(output, HEADER_LENGTH + length);
		}
		catch (InvalidCipherTextException ex) {
			// Only decryption checks a tag, so this cannot happen here.
			throw new IllegalStateException(ex);
		}
		return output;
	}

	/**
	 * Decrypts what {@link #encrypt(String)} produced.
	 * @throws PersonalDataDecryptionException when the value was altered, truncated or encrypted
	 * with another key
	 */
	public String decrypt(byte[] ciphertext) {
		if (ciphertext == null) {
			return null;
		}
		if (ciphertext.length < HEADER_LENGTH + TAG_LENGTH) {
			throw new PersonalDataDecryptionException("Encrypted personal data is too short (" + ciphertext.length
					+ " bytes) to have been written by PersonalDataProtector");
		}
		if (ciphertext[0] != VERSION) {
			throw new PersonalDataDecryptionException(
					"Encrypted personal data has the unknown format version " + ciphertext[0]);
		}
		GCMModeCipher cipher = cipher(false, Arrays.copyOfRange(ciphertext, 1, HEADER_LENGTH));
		byte[] output = new byte[cipher.getOutputSize(ciphertext.length - HEADER_LENGTH)];
		try {
			int length = cipher.processBytes(ciphertext, HEADER_LENGTH, ciphertext.length - HEADER_LENGTH, output, 0);
			length += cipher.doFinal(output, length);
			return new String(output, 0, length, StandardCharsets.UTF_8);
		}
		catch (InvalidCipherTextException ex) {
			throw new PersonalDataDecryptionException("Encrypted personal data failed its integrity check: "
					+ "it was altered or encrypted with another key", ex);
		}
	}

	/**
	 * Answers the 32-byte HMAC-SM3 of a value under the index key: equal inputs give equal indexes,
	 * so a column of them can be searched and made unique without decrypting anything.
	 * @param normalizedValue the value after {@link #normalizeIdNumber(String)} or
	 * {@link #normalizePhone(String)}; differently written forms of one number would otherwise
	 * miss each other
	 */
	public byte[] blindIndex(String normalizedValue) {
		if (normalizedValue == null) {
			return null;
		}
		HMac mac = new HMac(new SM3Digest());
		mac.init(this.indexKey);
		byte[] input = normalizedValue.getBytes(StandardCharsets.UTF_8);
		mac.update(input, 0, input.length);
		byte[] index = new byte[mac.getMacSize()];
		mac.doFinal(index, 0);
		return index;
	}

	/**
	 * Answers the key by which modules name the holder of a resident ID number: the blind index of its normalised
	 * form, so that {@code 21088219900101123x} and {@code 21088219900101123X} are one person.
	 */
	public PersonKey personKey(String idNumber) {
		return PersonKey.of(blindIndex(normalizeIdNumber(idNumber)));
	}

	/**
	 * Answers the form in which a resident ID number is stored and indexed: without surrounding
	 * whitespace (full-width spaces included), full-width digits and {@code Ｘ} as typed by a Chinese
	 * input method read as ASCII, and with an upper-case check character {@code X}. Every path that
	 * takes an ID number normalises it once with this, then checks, stores, indexes and masks that form.
	 */
	public static String normalizeIdNumber(String idNumber) {
		return (idNumber != null) ? ascii(idNumber).strip().toUpperCase(Locale.ROOT) : null;
	}

	/**
	 * Answers the form in which a phone number is stored and indexed: digits only, without the
	 * country code 86 (written {@code +86} or {@code 0086}) in front of an 11-digit mobile number.
	 */
	public static String normalizePhone(String phone) {
		if (phone == null) {
			return null;
		}
		StringBuilder digits = new StringBuilder(phone.length());
		ascii(phone).chars().filter((c) -> c >= '0' && c <= '9').forEach((c) -> digits.append((char) c));
		// Strips the country code only where an 11-digit number remains, so a landline number that
		// happens to start with 86 keeps its digits.
		if (digits.length() == 13 && digits.indexOf("86") == 0) {
			return digits.substring(2);
		}
		if (digits.length() == 15 && digits.indexOf("0086") == 0) {
			return digits.substring(4);
		}
		return digits.toString();
	}

	// Full-width digits and letters (U+FF10–FF5A) as their ASCII forms; nothing else changes.
	private static String ascii(String text) {
		StringBuilder ascii = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			ascii.append((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')
					? (char) (c - '０' + '0') : c);
		}
		return ascii.toString();
	}

	private GCMModeCipher cipher(boolean forEncryption, byte[] nonce) {
		GCMModeCipher cipher = GCMBlockCipher.newInstance(new SM4Engine());
		cipher.init(forEncryption, new AEADParameters(this.encryptionKey, TAG_LENGTH * 8, nonce, ASSOCIATED_DATA));
		return cipher;
	}

	static KeyParameter derive(byte[] masterKey, byte[] purpose, int length) {
		HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SM3Digest());
		// The master key is already uniformly random, so HKDF's extract step adds nothing.
		hkdf.init(HKDFParameters.skipExtractParameters(masterKey, purpose));
		byte[] key = new byte[length];
		hkdf.generateBytes(key, 0, length);
		KeyParameter parameter = new KeyParameter(key);
		Arrays.fill(key, (byte) 0);
		return parameter;
	}

}
