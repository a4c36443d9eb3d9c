package org.seatkeeper.core.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.client.ClientOptions;
import org.seatkeeper.core.client.ConnectionException;
import org.seatkeeper.core.client.CredentialsProvider;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.ServerAddress;
import org.seatkeeper.core.client.TrustedCertificates;
import org.seatkeeper.core.client.UntrustedCertificateException;
import org.seatkeeper.server.ServerOptions;

/**
 * HTTPS: certificates are verified by default, a self-signed one is refused with its fingerprint,
 * and trusting that exact fingerprint (and no other) lets the client in.
 */
class HttpsTrustTest {

	private static final NullProgressMonitor MONITOR = new NullProgressMonitor();
	private static final char[] STORE_PASSWORD = "Store-Passw0rd".toCharArray();

	@TempDir
	Path dir;

	EmbeddedServer server;
	String fingerprint;

	@BeforeEach
	void start() throws Exception {
		Path keystore = dir.resolve("server.p12");
		String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
		Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
				"-dname", "CN=seatkeeper-test", "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
				"-storepass", new String(STORE_PASSWORD)).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertEquals(0, process.waitFor(), output);
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keystore)) {
			store.load(in, STORE_PASSWORD);
		}
		Certificate certificate = store.getCertificate("server");
		fingerprint = HexFormat.ofDelimiter(":").withUpperCase()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
		server = new EmbeddedServer(dir.resolve("data"), ServerOptions.of(0, dir.resolve("data")).withHttps(keystore, STORE_PASSWORD));
	}

	@AfterEach
	void stop() {
		server.close();
	}

	private LicenseServerClient client(TrustedCertificates trusted) {
		return new LicenseServerClient(ClientOptions.of(server.address()).withTrusted(trusted)
				.withCredentials(CredentialsProvider.of("admin", EmbeddedServer.ADMIN_PASSWORD.toCharArray())));
	}

	@Test
	void aSelfSignedCertificateIsRefusedWithItsFingerprint() {
		assertTrue(server.address().isHttps());
		try (LicenseServerClient client = client(new TrustedCertificates())) {
			UntrustedCertificateException error = assertThrows(UntrustedCertificateException.class, () -> client.health(MONITOR));
			assertEquals(fingerprint, error.fingerprint());
			assertEquals("CN=seatkeeper-test", error.subject());
			assertTrue(error.getMessage().contains("no trusted authority signed it"), error.getMessage());
			assertTrue(error.getMessage().contains(fingerprint), error.getMessage());
		}
	}

	@Test
	void trustingThatFingerprintLetsTheClientIn() throws Exception {
		TrustedCertificates trusted = new TrustedCertificates(List.of(fingerprint.replace(":", "").toLowerCase(java.util.Locale.ROOT)));
		try (LicenseServerClient client = client(trusted)) {
			assertEquals(server.server.instanceId(), client.health(MONITOR).instanceId());
			assertTrue(client.features(MONITOR).isEmpty(), "logged in over HTTPS");
		}
	}

	@Test
	void anotherFingerprintDoesNotHelp() {
		TrustedCertificates trusted = new TrustedCertificates(List.of("00".repeat(32)));
		try (LicenseServerClient client = client(trusted)) {
			assertThrows(UntrustedCertificateException.class, () -> client.health(MONITOR));
		}
	}

	@Test
	void plainHttpToAnHttpsPortIsAClearError() {
		ServerAddress plain = ServerAddress.parse("http://127.0.0.1:" + server.server.port());
		try (LicenseServerClient client = new LicenseServerClient(ClientOptions.of(plain)
				.withTimeouts(java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(2)))) {
			ConnectionException error = assertThrows(ConnectionException.class, () -> client.health(MONITOR));
			assertTrue(error.getMessage().contains("127.0.0.1:" + server.server.port()), error.getMessage());
		}
	}

	@Test
	void trustedFingerprintsAreStoredAndRead() throws Exception {
		Path file = dir.resolve("conf/trusted");
		TrustedCertificates trusted = TrustedCertificates.load(file);
		assertTrue(trusted.fingerprints().isEmpty(), "a missing file is empty");
		trusted.trust("SHA-256: " + fingerprint);
		trusted.store(file);
		assertEquals(List.of(fingerprint), TrustedCertificates.load(file).fingerprints());
		assertTrue(TrustedCertificates.load(file).isTrusted(fingerprint.toLowerCase(java.util.Locale.ROOT)));
		assertThrows(IllegalArgumentException.class, () -> trusted.trust("AB:CD"));
		Files.writeString(file, "# comment\nnot-a-fingerprint\n");
		java.io.IOException bad = assertThrows(java.io.IOException.class, () -> TrustedCertificates.load(file));
		assertTrue(bad.getMessage().contains("line 2"), bad.getMessage());
	}

	@Test
	void theAdminCommandShowsTheFingerprintAndTrustsIt() throws Exception {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
		java.io.PrintStream o = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
		java.io.PrintStream e = new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8);
		Path trustFile = dir.resolve("home/trusted-certificates");
		java.util.Map<String, String> env = java.util.Map.of("SEATKEEPER_SERVER", server.address().toString(), "SEATKEEPER_PASSWORD",
				EmbeddedServer.ADMIN_PASSWORD);
		org.seatkeeper.core.internal.cli.AdminCommand refuse = new org.seatkeeper.core.internal.cli.AdminCommand(o, e, env,
				text -> "no".toCharArray(), trustFile);
		assertEquals(1, refuse.run(List.of("features")));
		assertTrue(err.toString().contains(fingerprint), err.toString());
		assertEquals(1, refuse.run(List.of("trust")), "answered no");
		assertTrue(out.toString().contains("SHA-256:     " + fingerprint), out.toString());
		org.seatkeeper.core.internal.cli.AdminCommand accept = new org.seatkeeper.core.internal.cli.AdminCommand(o, e, env,
				text -> "yes".toCharArray(), trustFile);
		assertEquals(0, accept.run(List.of("trust")));
		assertEquals(List.of(fingerprint), TrustedCertificates.load(trustFile).fingerprints());
		assertEquals(0, accept.run(List.of("features")), err.toString());
		assertEquals(0, accept.run(List.of("trust")));
		assertTrue(out.toString().endsWith("is already trusted.\n"), out.toString());
	}
}
