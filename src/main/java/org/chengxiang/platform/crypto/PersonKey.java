package org.chengxiang.platform.crypto;

import java.util.HexFormat;
import java.util.Objects;

/**
 * A person as modules name each other: the blind index (HMAC-SM3) of the normalised resident ID number, never the
 * number. Two modules holding the same person hold equal keys, so they can ask each other about a person without
 * handing the ID number over, and an event may carry a key where it may not carry the number. Made by
 * {@link PersonalDataProtector#personKey(String)}.
 *
 * @param hex the 32-byte blind index as 64 lower-case hexadecimal digits
 */
public record PersonKey(String hex) {

	private static final HexFormat HEX = HexFormat.of();

	public PersonKey {
		Objects.requireNonNull(hex, "hex");
		if (hex.length() != 64 || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
			throw new IllegalArgumentException("A person key is 64 lower-case hexadecimal digits");
		}
	}

	/** The key of a blind index as stored in a {@code bytea} column. */
	public static PersonKey of(byte[] blindIndex) {
		if (blindIndex == null || blindIndex.length != 32) {
			throw new IllegalArgumentException("A blind index has 32 bytes");
		}
		return new PersonKey(HEX.formatHex(blindIndex));
	}

	/** The blind index, for a query on a {@code bytea} column. */
	public byte[] bytes() {
		return HEX.parseHex(hex);
	}

	@Override
	public String toString() {
		// short enough for a log line, and still no way back to the number
		return "PersonKey[" + hex.substring(0, 12) + "…]";
	}

}
