package org.chengxiang.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.util.encoders.Hex;

/**
 * Signs records kept outside the database, such as the audit trail's anchors, with HMAC-SM3 under a key derived
 * from the personal-data master key for this purpose alone. The database never holds the master key, so someone who
 * can change every row still cannot forge a signature. Thread-safe.
 */
public final class RecordSigner {

	private static final byte[] PURPOSE = "chengxiang record-signing HMAC-SM3 key v1".getBytes(StandardCharsets.US_ASCII);

	private final KeyParameter key;

	RecordSigner(byte[] masterKey) {
		this.key = PersonalDataProtector.derive(masterKey, PURPOSE, 32);
	}

	/** The signature of the text (its UTF-8 bytes), 64 lowercase hex digits. */
	public String sign(String text) {
		HMac mac = new HMac(new SM3Digest());
		mac.init(key);
		byte[] input = text.getBytes(StandardCharsets.UTF_8);
		mac.update(input, 0, input.length);
		byte[] signature = new byte[mac.getMacSize()];
		mac.doFinal(signature, 0);
		return Hex.toHexString(signature);
	}

	/** Whether the signature is the text's, compared in constant time. */
	public boolean verify(String text, String signature) {
		return signature != null && MessageDigest.isEqual(sign(text).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

}
