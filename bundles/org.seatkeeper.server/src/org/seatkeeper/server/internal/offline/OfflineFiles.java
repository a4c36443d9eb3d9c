package org.seatkeeper.server.internal.offline;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Seatkeeper's offline exchange files. Real back offices use a proprietary binary format; Seatkeeper's
 * is its own and documented in API.md:
 *
 * <pre>
 * request:  "SKRQ" | version (1 byte) | payload length (4 bytes, big-endian) | payload (UTF-8 JSON)
 * response: "SKRS" | version (1 byte) | payload length (4 bytes) | payload (UTF-8 JSON)
 *                  | signature length (2 bytes) | Ed25519 signature of everything before it
 * </pre>
 *
 * The back office signs responses with its private key; the server verifies them with the producer's
 * public key before it applies anything. Keys are PEM files: PKCS#8 {@code PRIVATE KEY} and
 * SubjectPublicKeyInfo {@code PUBLIC KEY}, as {@code openssl genpkey -algorithm ed25519} writes them.
 */
public final class OfflineFiles {

	static final byte VERSION = 1;
	private static final byte[] REQUEST = "SKRQ".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] RESPONSE = "SKRS".getBytes(StandardCharsets.US_ASCII);

	/** A file that is not what it should be; the message says why. */
	public static final class FormatException extends Exception {
		private static final long serialVersionUID = 1L;

		public FormatException(String message) {
			super(message);
		}
	}

	private OfflineFiles() {
	}

	/** A request file holding {@code payload}. */
	public static byte[] request(JsonObject payload) {
		return frame(REQUEST, payload);
	}

	/** The payload of a request file. */
	public static JsonObject readRequest(byte[] file) throws FormatException {
		return payload(file, REQUEST, "a capability or activation request").json();
	}

	/** A response file holding {@code payload}, signed with {@code key}. */
	public static byte[] response(JsonObject payload, Ed25519PrivateKeyParameters key) {
		byte[] signed = frame(RESPONSE, payload);
		Ed25519Signer signer = new Ed25519Signer();
		signer.init(true, key);
		signer.update(signed, 0, signed.length);
		byte[] signature = signer.generateSignature();
		return ByteBuffer.allocate(signed.length + 2 + signature.length).put(signed).putShort((short) signature.length).put(signature)
				.array();
	}

	/**
	 * The payload of a response file, once its signature is verified with {@code producer}. Refuses a file
	 * that is damaged, was changed after signing, or was signed with another key.
	 */
	public static JsonObject readResponse(byte[] file, Ed25519PublicKeyParameters producer) throws FormatException {
		Payload payload = payload(file, RESPONSE, "a capability response");
		int signedLength = payload.end();
		if (file.length < signedLength + 2) {
			throw new FormatException("The capability response has no signature");
		}
		int signatureLength = ByteBuffer.wrap(file, signedLength, 2).getShort() & 0xffff;
		if (file.length != signedLength + 2 + signatureLength) {
			throw new FormatException("The capability response is damaged: its signature does not end where the file ends");
		}
		Ed25519Signer verifier = new Ed25519Signer();
		verifier.init(false, producer);
		verifier.update(file, 0, signedLength);
		if (!verifier.verifySignature(Arrays.copyOfRange(file, signedLength + 2, file.length))) {
			throw new FormatException("The capability response's signature is not valid for this server's producer key: it was "
					+ "changed after it was signed, or signed by another back office");
		}
		return payload.json();
	}

	private record Payload(JsonObject json, int end) {
	}

	private static byte[] frame(byte[] magic, JsonObject payload) {
		byte[] json = payload.toString().getBytes(StandardCharsets.UTF_8);
		return ByteBuffer.allocate(magic.length + 1 + 4 + json.length).put(magic).put(VERSION).putInt(json.length).put(json).array();
	}

	private static Payload payload(byte[] file, byte[] magic, String what) throws FormatException {
		if (file.length < magic.length + 5 || !Arrays.equals(Arrays.copyOf(file, magic.length), magic)) {
			String other = file.length >= 4 && Arrays.equals(Arrays.copyOf(file, 4), magic == REQUEST ? RESPONSE : REQUEST)
					? " (it is a " + (magic == REQUEST ? "response" : "request") + ")"
					: "";
			throw new FormatException("This file is not " + what + " made by Seatkeeper" + other);
		}
		if (file[magic.length] != VERSION) {
			throw new FormatException("This file has format version " + file[magic.length] + "; this server reads version " + VERSION);
		}
		int length = ByteBuffer.wrap(file, magic.length + 1, 4).getInt();
		int start = magic.length + 5;
		if (length < 0 || start + length > file.length) {
			throw new FormatException("The file is cut short: it announces " + length + " bytes of content but has "
					+ (file.length - start));
		}
		try {
			JsonObject json = JsonParser.parseString(new String(file, start, length, StandardCharsets.UTF_8)).getAsJsonObject();
			return new Payload(json, start + length);
		} catch (JsonParseException | IllegalStateException e) {
			throw new FormatException("The file's content is damaged: " + e.getMessage());
		}
	}

	// ---- keys

	/** A new back-office key pair. */
	public static AsymmetricCipherKeyPair generateKeys() {
		Ed25519KeyPairGenerator generator = new Ed25519KeyPairGenerator();
		generator.init(new Ed25519KeyGenerationParameters(new SecureRandom()));
		return generator.generateKeyPair();
	}

	public static String privateKeyPem(AsymmetricKeyParameter key) throws IOException {
		return pem("PRIVATE KEY", PrivateKeyInfoFactory.createPrivateKeyInfo(key).getEncoded());
	}

	public static String publicKeyPem(AsymmetricKeyParameter key) throws IOException {
		return pem("PUBLIC KEY", SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(key).getEncoded());
	}

	/** The Ed25519 private key in a PEM text. */
	public static Ed25519PrivateKeyParameters privateKey(String pem) throws FormatException {
		return key(pem, "PRIVATE KEY", Ed25519PrivateKeyParameters.class, PrivateKeyFactory::createKey);
	}

	/** The Ed25519 public key in a PEM text. */
	public static Ed25519PublicKeyParameters publicKey(String pem) throws FormatException {
		return key(pem, "PUBLIC KEY", Ed25519PublicKeyParameters.class, PublicKeyFactory::createKey);
	}

	/** Makes a key of its DER form. */
	@FunctionalInterface
	private interface KeyReader {
		AsymmetricKeyParameter read(byte[] der) throws IOException;
	}

	private static <K> K key(String pem, String type, Class<K> kind, KeyReader reader) throws FormatException {
		String what = type.toLowerCase(java.util.Locale.ROOT);
		try {
			AsymmetricKeyParameter key = reader.read(der(pem, type));
			if (kind.isInstance(key)) {
				return kind.cast(key);
			}
			throw new FormatException("The " + what + " is not an Ed25519 key");
		} catch (IOException | IllegalArgumentException e) {
			throw new FormatException("The " + what + " cannot be read: " + e.getMessage());
		}
	}

	/** The public key that belongs to a private key. */
	public static Ed25519PublicKeyParameters publicKeyOf(Ed25519PrivateKeyParameters key) {
		return key.generatePublicKey();
	}

	private static String pem(String type, byte[] der) throws IOException {
		StringWriter text = new StringWriter();
		try (PemWriter writer = new PemWriter(text)) {
			writer.writeObject(new PemObject(type, der));
		}
		return text.toString();
	}

	private static byte[] der(String pem, String type) throws FormatException, IOException {
		try (PemReader reader = new PemReader(new StringReader(pem))) {
			PemObject object = reader.readPemObject();
			if (object == null) {
				throw new FormatException("No PEM block found; expected -----BEGIN " + type + "-----");
			}
			if (!object.getType().equals(type)) {
				throw new FormatException("Expected a " + type + " but found a " + object.getType());
			}
			return object.getContent();
		}
	}
}
