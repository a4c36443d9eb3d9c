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
		TrustedCertificates trusted = new TrustedCertificates();
		trusted.trust(server.address().hostAndPort(), fingerprint.replace(":", "").toLowerCase(java.util.Locale.ROOT));
		try (LicenseServerClient client = client(trusted)) {
			assertEquals(server.server.instanceId(), client.health(MONITOR).instanceId());
			assertTrue(client.features(MONITOR).isEmpty(), "logged in over HTTPS");
		}
	}

	@Test
	void anotherFingerprintDoesNotHelp() {
		TrustedCertificates trusted = new TrustedCertificates();
		trusted.trust(server.address().hostAndPort(), "00".repeat(32));
		try (LicenseServerClient client = client(trusted)) {
			assertThrows(UntrustedCertificateException.class, () -> client.health(MONITOR));
		}
	}

	@Test
	void aPinForAnotherServerNeverHelps() {
		TrustedCertificates trusted = new TrustedCertificates();
		trusted.trust("other-host:" + server.server.port(), fingerprint);
		trusted.trust("127.0.0.1:" + (server.server.port() == 65535 ? 1 : server.server.port() + 1), fingerprint);
		try (LicenseServerClient client = client(trusted)) {
			assertThrows(UntrustedCertificateException.class, () -> client.health(MONITOR));
		}
	}

	@Test
	void aPinnedCertificatePastItsEndIsRefusedWithAClearMessage() throws Exception {
		Path keystore = dir.resolve("expired.p12");
		String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
		Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
				"-dname", "CN=seatkeeper-expired", "-startdate", "-3d", "-validity", "1", "-storetype", "PKCS12", "-keystore",
				keystore.toString(), "-storepass", new String(STORE_PASSWORD)).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertEquals(0, process.waitFor(), output);
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keystore)) {
			store.load(in, STORE_PASSWORD);
		}
		String expired = HexFormat.ofDelimiter(":").withUpperCase()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(store.getCertificate("server").getEncoded()));
		try (EmbeddedServer old = new EmbeddedServer(dir.resolve("old"), ServerOptions.of(0, dir.resolve("old")).withHttps(keystore,
				STORE_PASSWORD))) {
			TrustedCertificates trusted = new TrustedCertificates();
			trusted.trust(old.address().hostAndPort(), expired);
			try (LicenseServerClient client = new LicenseServerClient(ClientOptions.of(old.address()).withTrusted(trusted))) {
				ConnectionException error = assertThrows(ConnectionException.class, () -> client.health(MONITOR));
				assertTrue(error.getMessage().contains("The certificate you trusted for " + old.address().hostAndPort()), error.getMessage());
				assertTrue(error.getMessage().contains("which is not now"), error.getMessage());
			}
		}
	}

	@Test
	void answersLargerThanTheLimitAreAClearError() {
		TrustedCertificates trusted = new TrustedCertificates();
		trusted.trust(server.address().hostAndPort(), fingerprint);
		try (LicenseServerClient client = new LicenseServerClient(ClientOptions.of(server.address()).withTrusted(trusted)
				.withMaxResponseBytes(100))) {
			ConnectionException error = assertThrows(ConnectionException.class, () -> client.health(MONITOR));
			assertTrue(error.getMessage().contains("is larger than 100 bytes, the most this client reads"), error.getMessage());
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
		assertTrue(trusted.pins().isEmpty(), "a missing file is empty");
		trusted.trust("Server.Example:8443", "SHA-256: " + fingerprint);
		trusted.store(file);
		assertEquals(List.of("server.example:8443 " + fingerprint), TrustedCertificates.load(file).pins());
		assertTrue(TrustedCertificates.load(file).isTrusted("server.example:8443", fingerprint.toLowerCase(java.util.Locale.ROOT)));
		assertTrue(!TrustedCertificates.load(file).isTrusted("server.example:443", fingerprint), "another port is another server");
		assertThrows(IllegalArgumentException.class, () -> trusted.trust("server.example:8443", "AB:CD"));
		assertThrows(IllegalArgumentException.class, () -> trusted.trust("no-port", fingerprint));
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
		// no console (a pipe): it says how to trust without one
		err.reset();
		org.seatkeeper.core.internal.cli.AdminCommand piped = new org.seatkeeper.core.internal.cli.AdminCommand(o, e, env, null, trustFile);
		assertEquals(1, piped.run(List.of("trust")));
		assertEquals("seatkeeper admin: there is no console to ask on (the input is not a terminal): check the SHA-256 above, then run "
				+ "'seatkeeper admin --server " + server.address() + " trust --yes' to keep it, or give it to any command as --trust "
				+ fingerprint + "\n", err.toString());
		assertEquals(List.of(), TrustedCertificates.load(trustFile).pins(), "nothing trusted");
		org.seatkeeper.core.internal.cli.AdminCommand accept = new org.seatkeeper.core.internal.cli.AdminCommand(o, e, env,
				text -> "yes".toCharArray(), trustFile);
		assertEquals(0, accept.run(List.of("trust")));
		assertEquals(List.of(server.address().hostAndPort() + " " + fingerprint), TrustedCertificates.load(trustFile).pins());
		assertEquals(0, accept.run(List.of("features")), err.toString());
		assertEquals(0, accept.run(List.of("trust")));
		assertTrue(out.toString().endsWith("is already trusted.\n"), out.toString());
	}

	@Test
	void aFileOfAnEarlierVersionIsMigratedItsPinsBoundToTheFirstServerThatPresentsThem() throws Exception {
		Path trustFile = dir.resolve("home/trusted-certificates");
		Files.createDirectories(trustFile.getParent());
		Files.writeString(trustFile, "# SHA-256 fingerprints of server certificates trusted explicitly\n" + fingerprint + "\n");
		java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
		java.io.PrintStream e = new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8);
		java.util.Map<String, String> env = java.util.Map.of("SEATKEEPER_SERVER", server.address().toString(), "SEATKEEPER_PASSWORD",
				EmbeddedServer.ADMIN_PASSWORD);
		org.seatkeeper.core.internal.cli.AdminCommand admin = new org.seatkeeper.core.internal.cli.AdminCommand(
				new java.io.PrintStream(new java.io.ByteArrayOutputStream()), e, env, text -> "no".toCharArray(), trustFile);
		assertEquals(0, admin.run(List.of("features")), err.toString());
		assertEquals(List.of(server.address().hostAndPort() + " " + fingerprint), TrustedCertificates.load(trustFile).pins(),
				"the pin is bound to the server that presented it");
		TrustedCertificates migrated = TrustedCertificates.load(trustFile);
		assertTrue(!migrated.isTrusted("elsewhere:7070", fingerprint), "and to no other");
	}
}
