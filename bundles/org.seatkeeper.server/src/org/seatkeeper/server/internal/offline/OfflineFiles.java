package org.seatkeeper.server.internal.offline;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.security.SecureRandom;

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

import org.seatkeeper.server.offline.ExchangeFiles.Kind;
import org.seatkeeper.server.offline.ExchangeFiles;
import org.seatkeeper.server.offline.OfflineFileException;

import com.google.gson.JsonObject;

/**
 * Signing and checking Seatkeeper's offline exchange files ({@link ExchangeFiles} frames them). The back
 * office signs responses with its private key; the server verifies them with the producer's public key
 * before it applies anything. Keys are PEM files: PKCS#8 {@code PRIVATE KEY} and SubjectPublicKeyInfo
 * {@code PUBLIC KEY}, as {@code openssl genpkey -algorithm ed25519} writes them.
 */
public final class OfflineFiles {



	private OfflineFiles() {
	}

	/** A request file holding {@code payload}. */
	public static byte[] request(JsonObject payload) {
		return ExchangeFiles.frame(Kind.REQUEST, payload);
	}

	/** The payload of a request file. */
	public static JsonObject readRequest(byte[] file) throws OfflineFileException {
		return ExchangeFiles.decode(file, Kind.REQUEST).payload();
	}

	/** A response file holding {@code payload}, signed with {@code key}. */
	public static byte[] response(JsonObject payload, Ed25519PrivateKeyParameters key) {
		byte[] signed = ExchangeFiles.frame(Kind.RESPONSE, payload);
		Ed25519Signer signer = new Ed25519Signer();
		signer.init(true, key);
		signer.update(signed, 0, signed.length);
		return ExchangeFiles.appendSignature(signed, signer.generateSignature());
	}

	/**
	 * The payload of a response file, once its signature is verified with {@code producer}. Refuses a file
	 * that is damaged, was changed after signing, or was signed with another key.
	 */
	public static JsonObject readResponse(byte[] file, Ed25519PublicKeyParameters producer) throws OfflineFileException {
		ExchangeFiles.Decoded decoded = ExchangeFiles.decode(file, Kind.RESPONSE);
		Ed25519Signer verifier = new Ed25519Signer();
		verifier.init(false, producer);
		verifier.update(file, 0, decoded.signedEnd());
		if (!verifier.verifySignature(decoded.signature())) {
			throw new OfflineFileException("The capability response's signature is not valid for this server's producer key: it was "
					+ "changed after it was signed, or signed by another back office");
		}
		return decoded.payload();
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
	public static Ed25519PrivateKeyParameters privateKey(String pem) throws OfflineFileException {
		return key(pem, "PRIVATE KEY", Ed25519PrivateKeyParameters.class, PrivateKeyFactory::createKey);
	}

	/** The Ed25519 public key in a PEM text. */
	public static Ed25519PublicKeyParameters publicKey(String pem) throws OfflineFileException {
		return key(pem, "PUBLIC KEY", Ed25519PublicKeyParameters.class, PublicKeyFactory::createKey);
	}

	/** Makes a key of its DER form. */
	@FunctionalInterface
	private interface KeyReader {
		AsymmetricKeyParameter read(byte[] der) throws IOException;
	}

	private static <K> K key(String pem, String type, Class<K> kind, KeyReader reader) throws OfflineFileException {
		String what = type.toLowerCase(java.util.Locale.ROOT);
		try {
			AsymmetricKeyParameter key = reader.read(der(pem, type));
			if (kind.isInstance(key)) {
				return kind.cast(key);
			}
			throw new OfflineFileException("The " + what + " is not an Ed25519 key");
		} catch (IOException | IllegalArgumentException e) {
			throw new OfflineFileException("The " + what + " cannot be read: " + e.getMessage());
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

	private static byte[] der(String pem, String type) throws OfflineFileException, IOException {
		try (PemReader reader = new PemReader(new StringReader(pem))) {
			PemObject object = reader.readPemObject();
			if (object == null) {
				throw new OfflineFileException("No PEM block found; expected -----BEGIN " + type + "-----");
			}
			if (!object.getType().equals(type)) {
				throw new OfflineFileException("Expected a " + type + " but found a " + object.getType());
			}
			return object.getContent();
		}
	}
}
