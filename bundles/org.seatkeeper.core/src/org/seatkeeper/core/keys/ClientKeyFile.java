package org.seatkeeper.core.keys;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.seatkeeper.core.domain.ClientKey;

/**
 * Checks a file meant as a server's client public key before anything is sent: servers take an RSA
 * public key of {@value #BITS} bits in DER SubjectPublicKeyInfo form. A PEM public key (SubjectPublicKeyInfo
 * or PKCS#1) is accepted for conversion; everything else is refused with the reason: a private key, a
 * certificate, another key size, a key of another algorithm, or what is no key at all.
 */
public final class ClientKeyFile {

	/** The only RSA modulus size servers take. */
	public static final int BITS = 2048;

	private static final Map<String, String> ALGORITHMS = Map.of( //
			"1.2.840.10045.2.1", "an elliptic-curve (EC) key", //
			"1.2.840.10040.4.1", "a DSA key", //
			"1.3.101.112", "an Ed25519 key", //
			"1.3.101.113", "an Ed448 key", //
			"1.3.101.110", "an X25519 key", //
			"1.3.101.111", "an X448 key", //
			"1.2.840.113549.1.1.10", "an RSASSA-PSS key (servers take plain rsaEncryption keys)", //
			"1.2.840.113549.1.3.1", "a Diffie-Hellman key");

	/** What the check found. */
	public sealed interface Check permits Accepted, Refused {
	}

	/**
	 * A key the server can take.
	 *
	 * @param der     the key as DER SubjectPublicKeyInfo (converted when the file was PEM)
	 * @param bits    the modulus size
	 * @param fromPem the form the file had when it was PEM text ({@code "PUBLIC KEY"} or
	 *                {@code "RSA PUBLIC KEY"}), or null when it was DER already; such a file needs the user's
	 *                consent to be converted
	 */
	public record Accepted(byte[] der, int bits, String fromPem) implements Check {
		public Accepted {
			der = der.clone();
		}

		@Override
		public byte[] der() {
			return der.clone();
		}

		/** The SHA-256 fingerprint of the DER the server receives. */
		public String fingerprint() {
			return ClientKey.fingerprint(der);
		}
	}

	/** A file refused, and why (a sentence that names the file). */
	public record Refused(String reason) implements Check {
	}

	private ClientKeyFile() {
	}

	/** Checks the content of the file named {@code name}. */
	public static Check check(String name, byte[] content) {
		if (content.length == 0) {
			return new Refused(name + " is empty.");
		}
		String head = new String(content, 0, Math.min(content.length, 200), StandardCharsets.US_ASCII).stripLeading();
		if (head.startsWith("\ufeff")) {
			head = head.substring(1);
		}
		if (head.startsWith("-----BEGIN ")) {
			return pem(name, new String(content, StandardCharsets.US_ASCII));
		}
		if (head.startsWith("ssh-rsa ") || head.startsWith("ssh-ed25519 ") || head.startsWith("ecdsa-sha2-")) {
			return new Refused(name + " is an OpenSSH public key. Servers take DER: convert an RSA one with "
					+ "'ssh-keygen -e -m PKCS8 -f " + name + " | openssl pkey -pubin -outform DER -out key.der'.");
		}
		return der(name, content, null);
	}

	private static Check pem(String name, String text) {
		PemObject pem;
		try (PemReader reader = new PemReader(new StringReader(text))) {
			pem = reader.readPemObject();
		} catch (IOException | RuntimeException e) {
			return new Refused(name + " looks like PEM text, but its Base64 content cannot be read: " + e.getMessage());
		}
		if (pem == null) {
			return new Refused(name + " looks like PEM text, but has no complete -----BEGIN/-----END block.");
		}
		String type = pem.getType();
		if (type.contains("PRIVATE KEY")) {
			return privateKey(name, "a private key (PEM \"" + type + "\")");
		}
		switch (type) {
			case "PUBLIC KEY":
				return der(name, pem.getContent(), type);
			case "RSA PUBLIC KEY":
				try {
					RSAPublicKey rsa = RSAPublicKey.getInstance(ASN1Primitive.fromByteArray(pem.getContent()));
					byte[] spki = new SubjectPublicKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE), rsa)
							.getEncoded("DER");
					return der(name, spki, type);
				} catch (IOException | RuntimeException e) {
					return new Refused(name + " is PEM \"RSA PUBLIC KEY\" text, but its content is no PKCS#1 RSA public key.");
				}
			case "CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE":
				return certificate(name);
			case "CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST":
				return new Refused(name + " is a certificate signing request, not a public key.");
			default:
				return new Refused(name + " is PEM text of type \"" + type + "\", not a public key.");
		}
	}

	/** Classifies DER {@code content} by its structure; {@code pemType} names the PEM form it came in, if any. */
	private static Check der(String name, byte[] content, String pemType) {
		ASN1Primitive object;
		try (ASN1InputStream in = new ASN1InputStream(content)) {
			object = in.readObject();
			if (object == null) {
				return new Refused(name + " holds no DER-encoded data.");
			}
			if (in.available() > 0) {
				return new Refused(name + " has " + in.available() + " bytes after the DER-encoded data; it is not a single key.");
			}
		} catch (IOException | RuntimeException e) {
			return new Refused(name + " is neither a DER-encoded key nor PEM text (it cannot be read as DER: " + e.getMessage() + ").");
		}
		if (!(object instanceof ASN1Sequence sequence)) {
			return new Refused(name + " is DER-encoded, but not a key: a key is an ASN.1 SEQUENCE.");
		}
		ASN1Encodable[] parts = sequence.toArray();
		if (parts.length == 2 && isAlgorithm(parts[0]) && parts[1] instanceof ASN1BitString) {
			return publicKey(name, SubjectPublicKeyInfo.getInstance(sequence), content, pemType);
		}
		if (parts.length == 3 && parts[0] instanceof ASN1Sequence && isAlgorithm(parts[1]) && parts[2] instanceof ASN1BitString) {
			return certificate(name);
		}
		if (parts.length >= 3 && parts[0] instanceof ASN1Integer && isAlgorithm(parts[1]) && parts[2] instanceof ASN1OctetString) {
			return privateKey(name, "a private key (PKCS#8)");
		}
		if (parts.length == 2 && isAlgorithm(parts[0]) && parts[1] instanceof ASN1OctetString) {
			return privateKey(name, "an encrypted private key (PKCS#8)");
		}
		if (parts.length >= 9 && allIntegers(parts)) {
			return privateKey(name, "an RSA private key (PKCS#1)");
		}
		if (parts.length == 2 && allIntegers(parts)) {
			return new Refused(name + " is an RSA public key in PKCS#1 form; servers take SubjectPublicKeyInfo: convert it with "
					+ "'openssl rsa -RSAPublicKey_in -in " + name + " -inform DER -pubout -outform DER -out key.der'.");
		}
		return new Refused(name + " is DER-encoded, but not a public key, a private key or a certificate.");
	}

	private static Check publicKey(String name, SubjectPublicKeyInfo info, byte[] content, String pemType) {
		ASN1ObjectIdentifier algorithm = info.getAlgorithm().getAlgorithm();
		if (!PKCSObjectIdentifiers.rsaEncryption.equals(algorithm)) {
			String kind = ALGORITHMS.getOrDefault(algorithm.getId(), "a key of algorithm " + algorithm.getId());
			return new Refused(name + " is " + kind + ", not an RSA key; servers take RSA keys of " + BITS + " bits only.");
		}
		BigInteger modulus;
		try {
			modulus = RSAPublicKey.getInstance(info.parsePublicKey()).getModulus();
		} catch (IOException | RuntimeException e) {
			return new Refused(name + " names the RSA algorithm, but its key cannot be read: " + e.getMessage());
		}
		if (modulus.bitLength() != BITS) {
			return new Refused(name + " is an RSA key of " + modulus.bitLength() + " bits; servers take RSA keys of " + BITS
					+ " bits only.");
		}
		return new Accepted(content, modulus.bitLength(), pemType);
	}

	private static Check privateKey(String name, String kind) {
		return new Refused(name + " is " + kind + ". Never send a private key: upload its public key, for example made with "
				+ "'openssl pkey -in " + name + " -pubout -outform DER -out public.der'.");
	}

	private static Check certificate(String name) {
		return new Refused(name + " is an X.509 certificate, not a bare public key: take its key out with "
				+ "'openssl x509 -in " + name + " -pubkey -noout | openssl pkey -pubin -outform DER -out key.der'.");
	}

	private static boolean isAlgorithm(ASN1Encodable part) {
		return part instanceof ASN1Sequence algorithm && algorithm.size() >= 1 && algorithm.getObjectAt(0) instanceof ASN1ObjectIdentifier;
	}

	private static boolean allIntegers(ASN1Encodable[] parts) {
		for (ASN1Encodable part : parts) {
			if (!(part instanceof ASN1Integer)) {
				return false;
			}
		}
		return true;
	}
}
