package org.seatkeeper.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.seatkeeper.server.internal.cli.DeviceCommand;

/** {@code seatkeeper device}: a device's side of a license server, signed when a key is given. */
class DeviceCommandTest extends EmbeddedServerTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int device(String... args) {
		out.reset();
		err.reset();
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(1, List.of("--server", "http://127.0.0.1:" + server.server.port()));
		return DeviceCommand.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private Path privateKeyFile(KeyPair pair) throws Exception {
		String pem = "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
		Path file = dir.resolve("private.pem");
		Files.writeString(file, pem);
		return file;
	}

	@Test
	void aDeviceRequestsPreviewsAndReturnsSigningWithItsKey() throws Exception {
		server.server.licensing().addFeatures(List.of(LicensingApiTest.feature("cad", "1.0", 5, null)));
		// the command signs with the time of this machine, as a device does
		server.clock.advance(java.time.Duration.between(server.clock.instant(), java.time.Instant.now()));
		admin = server.admin();
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		assertEquals(200, server.send("POST", "rest_licensing_keys", admin, "application/octet-stream", pair.getPublic().getEncoded())
				.status());
		Path key = privateKeyFile(pair);

		assertEquals(1, device("request", "--host", "d1", "--feature", "cad:1.0:2"));
		assertTrue(err.toString().contains("glsErr.licensingTokenRequired"), err.toString());

		assertEquals(0, device("preview", "--host", "d1", "--feature", "cad:1.0:2", "--key", key.toString()), err.toString());
		assertTrue(out.toString().startsWith("Would get (OK)"), out.toString());
		assertEquals(0, server.get("clients", admin).json().getAsJsonArray().size(), "a preview changes nothing");

		assertEquals(0, device("request", "--host", "d1", "--feature", "cad:1.0:2", "--key", key.toString()), err.toString());
		assertTrue(out.toString().matches("(?s)Holds \\(OK\\), until .*cad\\s+1\\.0\\s+2\\s+expires permanent.*"), out.toString());

		assertEquals(1, device("request", "--host", "d2", "--feature", "cad:1.0:9", "--key", key.toString()));
		assertTrue(err.toString().contains("409 glsErr.insufficientCounts"), err.toString());

		assertEquals(0, device("return", "--host", "d1", "--feature", "cad:1.0:1", "--key", key.toString()), err.toString());
		assertTrue(out.toString().matches("(?s).*cad\\s+1\\.0\\s+1\\s+expires.*"), out.toString());
		assertEquals(0, device("return", "--host", "d1", "--feature", "cad:1.0", "--key", key.toString(), "--json"), err.toString());
		assertTrue(out.toString().contains("\"features\":[]"), out.toString());
	}

	@Test
	void mistakesAreNamed() throws Exception {
		assertEquals(2, device("request", "--feature", "cad:1.0:2"));
		assertTrue(err.toString().contains("missing required option: '--host=VALUE'"), err.toString());
		assertEquals(2, device("request", "--host", "d1", "--feature", "cad"));
		assertTrue(err.toString().contains("NAME:VERSION:COUNT"), err.toString());
		assertEquals(2, device("return", "--host", "d1"));
		assertTrue(err.toString().contains("return needs --feature"), err.toString());
		Path pkcs1 = dir.resolve("rsa.pem");
		Files.writeString(pkcs1, "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n");
		assertEquals(2, device("request", "--host", "d1", "--key", pkcs1.toString()));
		assertTrue(err.toString().contains("openssl pkcs8 -topk8 -nocrypt"), err.toString());
		assertEquals(2, device("request", "--host", "d1", "--key", dir.resolve("missing.pem").toString()));
		assertTrue(err.toString().contains("there is no key file"), err.toString());
	}
}
