package org.seatkeeper.core.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A client public key a server uses to check REST licensing requests.
 *
 * @param der the key as DER SubjectPublicKeyInfo
 */
public record ClientKey(byte[] der) {

	public ClientKey {
		der = der.clone();
	}

	@Override
	public byte[] der() {
		return der.clone();
	}

	/** The SHA-256 of the DER, as colon-separated upper-case hex pairs. */
	public String fingerprint() {
		return fingerprint(der);
	}

	/** The SHA-256 of {@code bytes}, as colon-separated upper-case hex pairs ({@code AB:01:…}). */
	public static String fingerprint(byte[] bytes) {
		try {
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ClientKey key && java.util.Arrays.equals(der, key.der);
	}

	@Override
	public int hashCode() {
		return java.util.Arrays.hashCode(der);
	}

	@Override
	public String toString() {
		return "ClientKey[" + fingerprint() + "]";
	}
}
