package org.chengxiang.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PersonalDataProtectorTests {

	private static final String ID = "210882199001011237";

	private final PersonalDataProtector protector = new PersonalDataProtector(masterKey(1));

	@Test
	void decryptsWhatItEncrypted() {
		for (String value : new String[] { ID, "13812345678", "张三丰", "", "\uD869\uDEA5 x" }) {
			assertThat(this.protector.decrypt(this.protector.encrypt(value))).isEqualTo(value);
		}
	}

	@Test
	void encryptsTheSameValueDifferentlyEachTime() {
		byte[] first = this.protector.encrypt(ID);
		byte[] second = this.protector.encrypt(ID);
		assertThat(first).isNotEqualTo(second);
		assertThat(Arrays.copyOfRange(first, 1, 13)).isNotEqualTo(Arrays.copyOfRange(second, 1, 13));
	}

	@Test
	void writesVersionNonceCiphertextAndTag() {
		byte[] encrypted = this.protector.encrypt(ID);
		assertThat(encrypted).hasSize(1 + 12 + ID.length() + 16);
		assertThat(encrypted[0]).isEqualTo(PersonalDataProtector.VERSION);
	}

	@Test
	void ciphertextContainsNoPlaintextBytes() {
		byte[] plaintext = ID.getBytes(StandardCharsets.UTF_8);
		byte[] encrypted = this.protector.encrypt(ID);
		String hex = HexFormat.of().formatHex(encrypted);
		for (int start = 0; start + 4 <= plaintext.length; start++) {
			String window = HexFormat.of().formatHex(plaintext, start, start + 4);
			assertThat(hex).doesNotContain(window);
		}
	}

	@Test
	void refusesCiphertextWithAnyByteChanged() {
		byte[] encrypted = this.protector.encrypt(ID);
		for (int i = 0; i < encrypted.length; i++) {
			byte[] tampered = encrypted.clone();
			tampered[i] ^= 0x01;
			assertThatExceptionOfType(PersonalDataDecryptionException.class).as("byte %d changed", i)
				.isThrownBy(() -> this.protector.decrypt(tampered));
		}
	}

	@Test
	void refusesTamperingWithAClearMessage() {
		byte[] tampered = this.protector.encrypt(ID);
		tampered[20] ^= 0x40;
		assertThatExceptionOfType(PersonalDataDecryptionException.class)
			.isThrownBy(() -> this.protector.decrypt(tampered))
			.withMessageContaining("altered or encrypted with another key");
	}

	@Test
	void refusesTruncatedCiphertext() {
		byte[] encrypted = this.protector.encrypt(ID);
		assertThatExceptionOfType(PersonalDataDecryptionException.class)
			.isThrownBy(() -> this.protector.decrypt(Arrays.copyOf(encrypted, encrypted.length - 1)));
		assertThatExceptionOfType(PersonalDataDecryptionException.class)
			.isThrownBy(() -> this.protector.decrypt(Arrays.copyOf(encrypted, 28)))
			.withMessageContaining("too short");
		assertThatExceptionOfType(PersonalDataDecryptionException.class)
			.isThrownBy(() -> this.protector.decrypt(new byte[0]));
	}

	@Test
	void refusesCiphertextEncryptedWithAnotherKey() {
		byte[] encrypted = new PersonalDataProtector(masterKey(2)).encrypt(ID);
		assertThatExceptionOfType(PersonalDataDecryptionException.class)
			.isThrownBy(() -> this.protector.decrypt(encrypted));
	}

	@Test
	void blindIndexIsDeterministic() {
		assertThat(this.protector.blindIndex(ID)).hasSize(32).isEqualTo(this.protector.blindIndex(ID));
		assertThat(new PersonalDataProtector(masterKey(1)).blindIndex(ID)).isEqualTo(this.protector.blindIndex(ID));
	}

	@Test
	void blindIndexDiffersBetweenValues() {
		assertThat(this.protector.blindIndex(ID)).isNotEqualTo(this.protector.blindIndex("11010519491231002X"));
		assertThat(this.protector.blindIndex("13812345678")).isNotEqualTo(this.protector.blindIndex("13812345679"));
	}

	@Test
	void blindIndexDiffersBetweenKeys() {
		assertThat(new PersonalDataProtector(masterKey(2)).blindIndex(ID)).isNotEqualTo(this.protector.blindIndex(ID));
	}

	@Test
	void answersNullForNull() {
		assertThat(this.protector.encrypt(null)).isNull();
		assertThat(this.protector.decrypt(null)).isNull();
		assertThat(this.protector.blindIndex(null)).isNull();
	}

	@Test
	void refusesMasterKeyOfWrongLength() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PersonalDataProtector(new byte[16]));
	}

	// Pinned once and checked independently (Python cryptography on OpenSSL: HKDF-Expand-SM3,
	// SM4-GCM, HMAC-SM3). Stored data stays readable only while these hold: a change to the key
	// derivation or the format fails here rather than in production.
	@Test
	void readsValuesWrittenByEarlierVersions() {
		PersonalDataProtector pinned = new PersonalDataProtector(masterKey(0));
		byte[] stored = HexFormat.of()
			.parseHex("016ec11d15236e07fb1ea6d73bdf99198ccfe469b67eea00deca4a06b69beb63da101ba0f42f083e3376e09124d544");
		assertThat(pinned.decrypt(stored)).isEqualTo(ID);
		assertThat(HexFormat.of().formatHex(pinned.blindIndex(ID)))
			.isEqualTo("ee3ce3547b0e4d49e17309676538397c4475dbfc12ed5eb0d42294c623dde678");
	}

	@Test
	void normalizesIdNumbers() {
		assertThat(PersonalDataProtector.normalizeIdNumber(" 11010519491231002x\n")).isEqualTo("11010519491231002X");
		assertThat(PersonalDataProtector.normalizeIdNumber(ID)).isEqualTo(ID);
		assertThat(PersonalDataProtector.normalizeIdNumber(null)).isNull();
	}

	@Test
	void normalizesPhonesToDigitsWithoutCountryCode() {
		assertThat(PersonalDataProtector.normalizePhone("13812345678")).isEqualTo("13812345678");
		assertThat(PersonalDataProtector.normalizePhone("+86 138-1234-5678")).isEqualTo("13812345678");
		assertThat(PersonalDataProtector.normalizePhone("+8613812345678")).isEqualTo("13812345678");
		assertThat(PersonalDataProtector.normalizePhone("0086 138 1234 5678")).isEqualTo("13812345678");
		assertThat(PersonalDataProtector.normalizePhone("(0417) 5123456")).isEqualTo("04175123456");
		assertThat(PersonalDataProtector.normalizePhone("86123456")).isEqualTo("86123456");
		assertThat(PersonalDataProtector.normalizePhone(null)).isNull();
	}

	@Test
	void normalizedFormsShareOneBlindIndex() {
		assertThat(this.protector.blindIndex(PersonalDataProtector.normalizePhone("+86 138 1234 5678")))
			.isEqualTo(this.protector.blindIndex(PersonalDataProtector.normalizePhone("13812345678")));
	}

	static byte[] masterKey(int seed) {
		byte[] key = new byte[32];
		for (int i = 0; i < key.length; i++) {
			key[i] = (byte) (i + seed * 32);
		}
		return key;
	}

}
