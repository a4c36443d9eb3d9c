package org.seatkeeper.server.internal.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing (PBKDF2 with HMAC-SHA-256, a random salt per password) and the password policy.
 * A stored hash reads {@code pbkdf2-sha256$ITERATIONS$SALT$HASH}, so that the cost can grow without
 * invalidating older hashes. Passwords are never stored or logged in clear.
 */
public final class Passwords {

	/** The work factor of new hashes. */
	public static final int ITERATIONS = 600_000;
	private static final String SCHEME = "pbkdf2-sha256";
	private static final String SPECIAL = "(^*$-+?_&=!%{}/#)";
	private static final SecureRandom RANDOM = new SecureRandom();

	private Passwords() {
	}

	/** The hash to store for {@code password}. */
	public static String hash(char[] password) {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
		return SCHEME + "$" + ITERATIONS + "$" + base64.encodeToString(salt) + "$"
				+ base64.encodeToString(derive(password, salt, ITERATIONS));
	}

	/** Whether {@code stored} was made with fewer iterations than hashes are made with now. */
	public static boolean isWeak(String stored) {
		String[] parts = stored.split("\\$");
		return parts.length != 4 || !parts[0].equals(SCHEME) || !parts[1].matches("\\d{1,9}")
				|| Integer.parseInt(parts[1]) < ITERATIONS;
	}

	/** True if {@code password} is the one {@code stored} was made from; compares in constant time. */
	public static boolean matches(char[] password, String stored) {
		String[] parts = stored.split("\\$");
		if (parts.length != 4 || !parts[0].equals(SCHEME)) {
			return false;
		}
		try {
			int iterations = Integer.parseInt(parts[1]);
			byte[] salt = Base64.getDecoder().decode(parts[2]);
			byte[] expected = Base64.getDecoder().decode(parts[3]);
			return MessageDigest.isEqual(expected, derive(password, salt, iterations));
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static byte[] derive(char[] password, byte[] salt, int iterations) {
		PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
		try {
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("The Java runtime has no PBKDF2WithHmacSHA256", e);
		} finally {
			spec.clearPassword();
		}
	}

	/**
	 * What is wrong with {@code password} under the policy, or empty if nothing: 8 to 30 characters, an
	 * upper-case and a lower-case letter, a digit, one of {@code (^*$-+?_&=!%{}/#)}, no white space.
	 */
	public static Optional<String> policyViolation(CharSequence password) {
		int length = password.length();
		if (length < 8 || length > 30) {
			return Optional.of("a password has 8 to 30 characters");
		}
		boolean upper = false;
		boolean lower = false;
		boolean digit = false;
		boolean special = false;
		for (int i = 0; i < length; i++) {
			char c = password.charAt(i);
			if (Character.isWhitespace(c)) {
				return Optional.of("a password cannot contain white space");
			}
			upper |= Character.isUpperCase(c);
			lower |= Character.isLowerCase(c);
			digit |= Character.isDigit(c);
			special |= SPECIAL.indexOf(c) >= 0;
		}
		if (!upper || !lower || !digit || !special) {
			return Optional.of("a password needs an upper-case letter, a lower-case letter, a digit and one of " + SPECIAL);
		}
		return Optional.empty();
	}

	/** A random password that satisfies the policy (20 characters). */
	public static String generate() {
		String letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
		String digits = "23456789";
		String all = letters + digits + "-+_=!%#";
		StringBuilder password;
		do {
			password = new StringBuilder();
			for (int i = 0; i < 20; i++) {
				password.append(all.charAt(RANDOM.nextInt(all.length())));
			}
		} while (policyViolation(password).isPresent());
		return password.toString();
	}
}
