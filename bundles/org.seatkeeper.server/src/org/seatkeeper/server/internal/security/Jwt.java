package org.seatkeeper.server.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The server's access tokens: JSON Web Tokens signed with HMAC-SHA-512, with the claims a compatible
 * server issues: {@code sub} (user), {@code iss} (instance id), {@code iat}, {@code exp},
 * {@code roles} (comma-separated) and {@code xsrfToken}.
 */
public final class Jwt {

	/** What a valid token says. */
	public record Claims(String user, String issuer, Instant issuedAt, Instant expires, Set<Role> roles, String xsrfToken) {
	}

	private static final String HEADER = base64("{\"typ\":\"JWT\",\"alg\":\"HS512\"}".getBytes(StandardCharsets.UTF_8));

	private final byte[] secret;
	private final String issuer;

	/** @param secret at least 64 random bytes, kept by the server; @param issuer the server's instance id */
	public Jwt(byte[] secret, String issuer) {
		if (secret.length < 64) {
			throw new IllegalArgumentException("An HS512 key has at least 64 bytes");
		}
		this.secret = secret.clone();
		this.issuer = issuer;
	}

	/** A token for {@code user} with {@code roles}, valid from {@code now} until {@code expires}. */
	public String issue(String user, Set<Role> roles, Instant now, Instant expires) {
		JsonObject claims = new JsonObject();
		claims.addProperty("sub", user);
		claims.addProperty("iss", issuer);
		claims.addProperty("iat", now.getEpochSecond());
		claims.addProperty("exp", expires.getEpochSecond());
		claims.addProperty("roles", Role.join(roles));
		claims.addProperty("xsrfToken", UUID.randomUUID().toString());
		String unsigned = HEADER + "." + base64(claims.toString().getBytes(StandardCharsets.UTF_8));
		return unsigned + "." + base64(sign(unsigned));
	}

	/** The claims of {@code token} if it is ours, intact and not expired at {@code now}. */
	public Optional<Claims> verify(String token, Instant now) {
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3 || !parts[0].equals(HEADER)) {
			return Optional.empty();
		}
		byte[] signature;
		try {
			signature = Base64.getUrlDecoder().decode(parts[2]);
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		if (!MessageDigest.isEqual(signature, sign(parts[0] + "." + parts[1]))) {
			return Optional.empty();
		}
		try {
			JsonObject claims = JsonParser.parseString(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
					.getAsJsonObject();
			Instant expires = Instant.ofEpochSecond(claims.get("exp").getAsLong());
			if (!now.isBefore(expires) || !issuer.equals(claims.get("iss").getAsString())) {
				return Optional.empty();
			}
			return Optional.of(new Claims(claims.get("sub").getAsString(), issuer,
					Instant.ofEpochSecond(claims.get("iat").getAsLong()), expires, Role.parse(claims.get("roles").getAsString()),
					claims.has("xsrfToken") ? claims.get("xsrfToken").getAsString() : null));
		} catch (JsonParseException | IllegalStateException | IllegalArgumentException | NullPointerException
				| UnsupportedOperationException e) {
			return Optional.empty();
		}
	}

	private byte[] sign(String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA512");
			mac.init(new SecretKeySpec(secret, "HmacSHA512"));
			return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("The Java runtime has no HmacSHA512", e);
		}
	}

	private static String base64(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
