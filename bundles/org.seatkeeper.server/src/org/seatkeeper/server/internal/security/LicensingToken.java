package org.seatkeeper.server.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The token a device signs its capability requests with while a client key is uploaded
 * ({@code rest_licensing_keys}): a JSON Web Token signed RS256 with the private key of that public key,
 * with {@code iat} and {@code exp} (seconds since 1970), {@code exp} at most an hour after {@code iat}.
 * The real claims are not public; this is Seatkeeper's contract (API.md, [I]). Both sides are here: the
 * server verifies, {@code seatkeeper device} signs.
 */
public final class LicensingToken {

	/** The longest a token may be valid. */
	public static final Duration MAX_LIFETIME = Duration.ofHours(1);
	/** How far the device's clock may be from the server's. */
	public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

	private static final String HEADER = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

	private LicensingToken() {
	}

	/** A token valid from {@code issuedAt} for {@code lifetime}, signed with {@code key}. */
	public static String sign(PrivateKey key, Instant issuedAt, Duration lifetime, String subject) {
		JsonObject claims = new JsonObject();
		if (subject != null) {
			claims.addProperty("sub", subject);
		}
		claims.addProperty("iat", issuedAt.getEpochSecond());
		claims.addProperty("exp", issuedAt.plus(lifetime).getEpochSecond());
		String unsigned = HEADER + "." + base64(claims.toString().getBytes(StandardCharsets.UTF_8));
		try {
			Signature signer = Signature.getInstance("SHA256withRSA");
			signer.initSign(key);
			signer.update(unsigned.getBytes(StandardCharsets.US_ASCII));
			return unsigned + "." + base64(signer.sign());
		} catch (GeneralSecurityException e) {
			throw new IllegalArgumentException("Cannot sign with this key: " + e.getMessage(), e);
		}
	}

	/**
	 * Why {@code token} is not accepted at {@code now} by a server holding {@code key}, in words for the
	 * device's owner; empty when it is.
	 */
	public static Optional<Refusal> check(String token, PublicKey key, Instant now) {
		String[] parts = token.trim().split("\\.", -1);
		if (parts.length != 3) {
			return refuse(false, "The token is not a JSON Web Token (three parts separated by dots)");
		}
		JsonObject header;
		JsonObject claims;
		byte[] signature;
		try {
			header = object(parts[0]);
			claims = object(parts[1]);
			signature = Base64.getUrlDecoder().decode(parts[2]);
		} catch (IllegalArgumentException | JsonParseException | IllegalStateException e) {
			return refuse(false, "The token cannot be read: its parts are not base64url-encoded JSON");
		}
		JsonElement algorithm = header.get("alg");
		if (algorithm == null || !algorithm.isJsonPrimitive() || !algorithm.getAsString().equals("RS256")) {
			return refuse(false, "The token is signed with " + (algorithm == null ? "no algorithm" : algorithm.toString())
					+ "; this server takes RS256 only");
		}
		try {
			Signature verifier = Signature.getInstance("SHA256withRSA");
			verifier.initVerify(key);
			verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
			if (!verifier.verify(signature)) {
				return refuse(false, "The token's signature does not match the client key uploaded to this server");
			}
		} catch (GeneralSecurityException e) {
			return refuse(false, "The token's signature does not match the client key uploaded to this server");
		}
		Optional<Long> issued = seconds(claims, "iat");
		Optional<Long> expires = seconds(claims, "exp");
		if (issued.isEmpty() || expires.isEmpty()) {
			return refuse(false, "The token needs the claims iat and exp, in seconds since 1970");
		}
		long lifetime = expires.get() - issued.get();
		if (lifetime <= 0 || lifetime > MAX_LIFETIME.toSeconds()) {
			return refuse(false, "The token is valid for " + lifetime + " s; exp must come after iat, by at most "
					+ MAX_LIFETIME.toSeconds() + " s");
		}
		if (issued.get() > now.plus(CLOCK_SKEW).getEpochSecond()) {
			return refuse(false, "The token is issued at " + Instant.ofEpochSecond(issued.get()) + ", later than the server's time "
					+ now + " allows; check the device's clock");
		}
		if (expires.get() < now.minus(CLOCK_SKEW).getEpochSecond()) {
			return refuse(true, "The token expired at " + Instant.ofEpochSecond(expires.get()) + "; sign a new one");
		}
		return Optional.empty();
	}

	/** Why a token is refused; {@code expired} for a good token that is too old. */
	public record Refusal(boolean expired, String message) {
	}

	private static Optional<Refusal> refuse(boolean expired, String message) {
		return Optional.of(new Refusal(expired, message));
	}

	private static Optional<Long> seconds(JsonObject claims, String name) {
		JsonElement value = claims.get(name);
		if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
			return Optional.empty();
		}
		String text = value.getAsString();
		return text.matches("\\d{1,12}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
	}

	private static JsonObject object(String part) {
		byte[] json = Base64.getUrlDecoder().decode(part);
		if (json.length > 8192) {
			throw new IllegalArgumentException("too long");
		}
		return JsonParser.parseString(new String(json, StandardCharsets.UTF_8)).getAsJsonObject();
	}

	/** The public key of a {@code rest_licensing_keys} upload: base64 of its DER (SubjectPublicKeyInfo). */
	public static PublicKey publicKey(String base64Der) {
		try {
			return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64Der)));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("The stored client key cannot be read: " + e.getMessage(), e);
		}
	}

	/**
	 * The private key in a PEM file as {@code openssl pkcs8 -topk8 -nocrypt} writes it
	 * ({@code BEGIN PRIVATE KEY}); a clear refusal for the other forms.
	 */
	public static PrivateKey privateKey(String pem) {
		if (pem.contains("BEGIN RSA PRIVATE KEY")) {
			throw new IllegalArgumentException("The key is in PKCS#1 form (BEGIN RSA PRIVATE KEY); convert it to PKCS#8 with"
					+ " 'openssl pkcs8 -topk8 -nocrypt -in key.pem -out private.pem'");
		}
		if (pem.contains("BEGIN ENCRYPTED PRIVATE KEY")) {
			throw new IllegalArgumentException("The key is encrypted; write it without a passphrase with"
					+ " 'openssl pkcs8 -topk8 -nocrypt -in key.pem -out private.pem'");
		}
		int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
		int end = pem.indexOf("-----END PRIVATE KEY-----");
		if (begin < 0 || end < begin) {
			throw new IllegalArgumentException("The file holds no PEM private key (-----BEGIN PRIVATE KEY-----)");
		}
		String base64 = pem.substring(begin + "-----BEGIN PRIVATE KEY-----".length(), end).replaceAll("\\s", "");
		try {
			return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
		} catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new IllegalArgumentException("The file holds no RSA private key in PKCS#8 form: " + e.getMessage(), e);
		}
	}

	private static String base64(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
