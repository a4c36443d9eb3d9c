package org.seatkeeper.core.keys.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.domain.ClientKey;
import org.seatkeeper.core.keys.ClientKeyFile;
import org.seatkeeper.core.keys.ClientKeyFile.Accepted;
import org.seatkeeper.core.keys.ClientKeyFile.Refused;
import org.seatkeeper.testing.KeyFiles;

class ClientKeyFileTest {

	@TempDir
	Path dir;

	@Test
	void anRsa2048DerKeyIsTakenAsItIs() {
		byte[] der = KeyFiles.rsa(2048).getPublic().getEncoded();
		Accepted accepted = assertInstanceOf(Accepted.class, ClientKeyFile.check("key.der", der));
		assertArrayEquals(der, accepted.der());
		assertEquals(2048, accepted.bits());
		assertNull(accepted.fromPem(), "no conversion");
		assertEquals(ClientKey.fingerprint(der), accepted.fingerprint());
		assertEquals(32 * 3 - 1, accepted.fingerprint().length(), "SHA-256 as colon-separated hex pairs");
	}

	@Test
	void pemPublicKeysAreConvertedToDer() throws Exception {
		KeyPair pair = KeyFiles.rsa(2048);
		byte[] der = pair.getPublic().getEncoded();
		Accepted spki = assertInstanceOf(Accepted.class,
				ClientKeyFile.check("key.pem", ("\n" + KeyFiles.pem("PUBLIC KEY", der)).getBytes(StandardCharsets.US_ASCII)));
		assertEquals("PUBLIC KEY", spki.fromPem());
		assertArrayEquals(der, spki.der());
		byte[] pkcs1 = SubjectPublicKeyInfo.getInstance(ASN1Primitive.fromByteArray(der)).getPublicKeyData().getBytes();
		Accepted rsa = assertInstanceOf(Accepted.class,
				ClientKeyFile.check("rsa.pem", KeyFiles.pem("RSA PUBLIC KEY", pkcs1).getBytes(StandardCharsets.US_ASCII)));
		assertEquals("RSA PUBLIC KEY", rsa.fromPem());
		assertArrayEquals(der, rsa.der(), "PKCS#1 wrapped into the same SubjectPublicKeyInfo Java writes");
	}

	@Test
	void everyOtherKindIsRefusedWithItsReason() throws Exception {
		Map<Path, String> files = KeyFiles.refused(dir);
		for (Map.Entry<Path, String> file : files.entrySet()) {
			String name = file.getKey().getFileName().toString();
			Refused refused = assertInstanceOf(Refused.class, ClientKeyFile.check(name, Files.readAllBytes(file.getKey())), name);
			assertTrue(refused.reason().startsWith(name + " ") && refused.reason().contains(file.getValue()), refused.reason());
		}
		byte[] pkcs1 = SubjectPublicKeyInfo.getInstance(ASN1Primitive.fromByteArray(KeyFiles.rsa(2048).getPublic().getEncoded()))
				.getPublicKeyData().getBytes();
		assertTrue(((Refused) ClientKeyFile.check("k.der", pkcs1)).reason().contains("PKCS#1 form; servers take SubjectPublicKeyInfo"));
		byte[] der = KeyFiles.rsa(2048).getPublic().getEncoded();
		byte[] longer = java.util.Arrays.copyOf(der, der.length + 3);
		assertTrue(((Refused) ClientKeyFile.check("k.der", longer)).reason().contains("has 3 bytes after the DER-encoded data"));
		assertTrue(((Refused) ClientKeyFile.check("id_rsa.pub", "ssh-rsa AAAAB3Nza me@host\n".getBytes(StandardCharsets.US_ASCII)))
				.reason().contains("is an OpenSSH public key"));
		assertTrue(((Refused) ClientKeyFile.check("k.pem", "-----BEGIN PUBLIC KEY-----\n@@@\n".getBytes(StandardCharsets.US_ASCII)))
				.reason().startsWith("k.pem looks like PEM text"));
	}
}
