package org.seatkeeper.testing;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import org.bouncycastle.asn1.DERNull;

/** Key files of every kind a client key upload must take or refuse, written for tests. */
public final class KeyFiles {

	private KeyFiles() {
	}

	public static KeyPair rsa(int bits) {
		return pair("RSA", bits);
	}

	public static KeyPair pair(String algorithm, int size) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
			if (size > 0) {
				generator.initialize(size);
			}
			return generator.generateKeyPair();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	public static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

	/** A self-signed X.509 certificate of {@code pair}'s RSA key, as DER. */
	public static byte[] certificate(KeyPair pair) {
		try {
			AlgorithmIdentifier sha256WithRsa = new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption, DERNull.INSTANCE);
			V3TBSCertificateGenerator tbs = new V3TBSCertificateGenerator();
			tbs.setSerialNumber(new org.bouncycastle.asn1.ASN1Integer(BigInteger.ONE));
			tbs.setIssuer(new X500Name("CN=Seatkeeper test"));
			tbs.setSubject(new X500Name("CN=Seatkeeper test"));
			tbs.setStartDate(new Time(new Date(0)));
			tbs.setEndDate(new Time(new Date(4_000_000_000_000L)));
			tbs.setSignature(sha256WithRsa);
			tbs.setSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded()));
			TBSCertificate certificate = tbs.generateTBSCertificate();
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initSign(pair.getPrivate());
			signature.update(certificate.getEncoded("DER"));
			ASN1EncodableVector parts = new ASN1EncodableVector();
			parts.add(certificate);
			parts.add(sha256WithRsa);
			parts.add(new DERBitString(signature.sign()));
			return new DERSequence(parts).getEncoded("DER");
		} catch (GeneralSecurityException | IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Writes into {@code dir} one file of each kind a client key upload refuses; answers each file with the
	 * words the refusal must hold.
	 */
	public static Map<Path, String> refused(Path dir) throws IOException {
		KeyPair rsa = rsa(2048);
		Map<String, Object[]> kinds = new LinkedHashMap<>();
		kinds.put("private.der", new Object[] { rsa.getPrivate().getEncoded(), "is a private key (PKCS#8)" });
		kinds.put("private.pem", new Object[] { pem("PRIVATE KEY", rsa.getPrivate().getEncoded()), "is a private key (PEM \"PRIVATE KEY\")" });
		kinds.put("certificate.der", new Object[] { certificate(rsa), "is an X.509 certificate, not a bare public key" });
		kinds.put("certificate.pem", new Object[] { pem("CERTIFICATE", certificate(rsa)), "is an X.509 certificate" });
		kinds.put("rsa1024.der", new Object[] { rsa(1024).getPublic().getEncoded(), "is an RSA key of 1024 bits; servers take RSA keys of 2048 bits only" });
		kinds.put("rsa4096.pem", new Object[] { pem("PUBLIC KEY", rsa(4096).getPublic().getEncoded()), "is an RSA key of 4096 bits" });
		kinds.put("ec.der", new Object[] { pair("EC", 256).getPublic().getEncoded(), "is an elliptic-curve (EC) key, not an RSA key" });
		kinds.put("ed25519.der", new Object[] { pair("Ed25519", 0).getPublic().getEncoded(), "is an Ed25519 key, not an RSA key" });
		kinds.put("notes.txt", new Object[] { "not a key at all\n", "is neither a DER-encoded key nor PEM text" });
		kinds.put("empty.der", new Object[] { new byte[0], "is empty" });
		Map<Path, String> files = new LinkedHashMap<>();
		for (Map.Entry<String, Object[]> kind : kinds.entrySet()) {
			Path file = dir.resolve(kind.getKey());
			Object content = kind.getValue()[0];
			if (content instanceof byte[] bytes) {
				Files.write(file, bytes);
			} else {
				Files.writeString(file, (String) content, StandardCharsets.US_ASCII);
			}
			files.put(file, (String) kind.getValue()[1]);
		}
		return files;
	}
}
