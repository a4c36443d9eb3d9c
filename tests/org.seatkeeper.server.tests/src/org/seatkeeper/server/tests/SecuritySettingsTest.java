package org.seatkeeper.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.server.tests.ServerFixture.Answer;

/** The Secure REST API settings and HTTPS, and the role every licensing route needs. */
class SecuritySettingsTest {

	@TempDir
	Path dir;

	@Test
	void everyLicensingAndOfflineRouteNeedsItsRole() throws Exception {
		try (ServerFixture server = new ServerFixture(dir)) {
			String admin = server.admin();
			server.post("users", admin, "{\"name\":\"reader\",\"password\":\"Read-0nly!\"}");
			String reader = server.login("reader", "Read-0nly!");
			record Route(String method, String path, String role) {
			}
			List<Route> routes = List.of(new Route("GET", "features", "ROLE_READ"), new Route("GET", "features/summaries", "ROLE_READ"),
					new Route("GET", "features/1", "ROLE_READ"), new Route("GET", "features/1/clients", "ROLE_READ"),
					new Route("GET", "clients", "ROLE_READ"), new Route("GET", "clients/1", "ROLE_READ"),
					new Route("DELETE", "clients/1", "ROLE_DROPCLIENT"), new Route("GET", "overages", "ROLE_READ"),
					new Route("GET", "reservationgroups", "ROLE_READ"), new Route("POST", "reservationgroups", "ROLE_RESERVATIONS"),
					new Route("GET", "reservationgroups/1", "ROLE_READ"), new Route("DELETE", "reservationgroups/1", "ROLE_RESERVATIONS"),
					new Route("GET", "reservationgroups/1/reservations", "ROLE_READ"),
					new Route("DELETE", "reservationgroups/1/reservations/1", "ROLE_RESERVATIONS"), new Route("GET", "model", "ROLE_READ"),
					new Route("POST", "model", "ROLE_ADMIN"), new Route("DELETE", "model", "ROLE_ADMIN"),
					new Route("GET", "partitions", "ROLE_READ"), new Route("POST", "activation_request", "ROLE_OFFLINE"),
					new Route("GET", "capability_request", "ROLE_OFFLINE"), new Route("POST", "capability_response", "ROLE_OFFLINE"),
					new Route("GET", "offline_requests", "ROLE_OFFLINE"));
			for (Route route : routes) {
				assertEquals(401, server.send(route.method(), route.path(), null, "application/json", "{}").status(), route.toString());
				Answer asReader = server.send(route.method(), route.path(), reader, "application/json", "{}");
				if (route.role().equals("ROLE_READ")) {
					assertNotEquals(403, asReader.status(), route.toString());
				} else {
					assertEquals(403, asReader.status(), route.toString());
					assertEquals("[\"" + route.role() + "\"]", asReader.object().get("arguments").toString(), route.toString());
				}
				assertNotEquals(403, server.send(route.method(), route.path(), admin, "application/json", "{}").status(), route.toString());
			}
		}
	}

	@Test
	void whitelistedAddressesNeedNoTokenButGetTheAdminRoleOnlyWhenASettingSaysSo() throws Exception {
		try (ServerFixture server = new ServerFixture(dir)) {
			assertEquals(401, server.get("features", null).status());
			String admin = server.admin();
			assertEquals(200, server.post("configuration", admin, "{\"security.ip.whitelist\": \"[127.0.0.1]\"}").status());
			assertEquals(200, server.get("features", null).status());
			assertEquals(200, server.get("reservationgroups", null).status());
			Answer adminOnly = server.get("users", null);
			assertEquals(401, adminOnly.status(), "the whitelist gives every role but ADMIN: " + adminOnly.body());
			assertEquals(200, server.get("users", admin).status(), "with a token, an administrator is one");
			assertEquals(200, server.post("configuration", admin, "{\"security.ip.whitelist.admin\": true}").status());
			assertEquals(200, server.get("users", null).status());
		}
	}

	@Test
	void inCookieModeAChangeNeedsTheXsrfHeaderOfItsToken() throws Exception {
		try (ServerFixture server = new ServerFixture(dir)) {
			String admin = server.admin();
			server.post("configuration", admin, "{\"security.jwt.cookies\": true}");
			String claims = new String(java.util.Base64.getUrlDecoder().decode(admin.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
			String xsrf = com.google.gson.JsonParser.parseString(claims).getAsJsonObject().get("xsrfToken").getAsString();
			String body = "{\"name\":\"ops\",\"password\":\"0ps-Passw0rd\"}";
			HttpRequest.Builder change = HttpRequest.newBuilder(server.uri("users")).header("Cookie", "token=" + admin)
					.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
			HttpResponse<String> refused = server.client.send(change.build(), HttpResponse.BodyHandlers.ofString());
			assertEquals(403, refused.statusCode(), refused.body());
			assertTrue(refused.body().contains("glsErr.xsrfTokenMismatch"), refused.body());
			HttpResponse<String> wrong = server.client.send(change.copy().header("X-XSRF-TOKEN", "not-it").build(),
					HttpResponse.BodyHandlers.ofString());
			assertEquals(403, wrong.statusCode(), wrong.body());
			HttpResponse<String> accepted = server.client.send(change.copy().header("X-XSRF-TOKEN", xsrf).build(),
					HttpResponse.BodyHandlers.ofString());
			assertEquals(201, accepted.statusCode(), accepted.body());
			HttpRequest read = HttpRequest.newBuilder(server.uri("users")).header("Cookie", "token=" + admin).build();
			assertEquals(200, server.client.send(read, HttpResponse.BodyHandlers.ofString()).statusCode(), "reads need no header");
			assertEquals(201, server.post("users", admin, "{\"name\":\"ops2\",\"password\":\"0ps-Passw0rd\"}").status(),
					"a Bearer token needs no header");
		}
	}

	@Test
	void tokensCanComeFromACookieWhenAllowed() throws Exception {
		try (ServerFixture server = new ServerFixture(dir)) {
			String admin = server.admin();
			HttpRequest withCookie = HttpRequest.newBuilder(server.uri("users")).header("Cookie", "theme=dark; token=" + admin).build();
			assertEquals(401, server.client.send(withCookie, HttpResponse.BodyHandlers.ofString()).statusCode());
			server.post("configuration", admin, "{\"security.jwt.cookies\": true}");
			assertEquals(200, server.client.send(withCookie, HttpResponse.BodyHandlers.ofString()).statusCode());
		}
	}

	@Test
	void plainHttpCanBeRefusedForSecuredRequests() throws Exception {
		try (ServerFixture server = new ServerFixture(dir)) {
			String admin = server.admin();
			server.post("configuration", admin, "{\"security.http.auth.enabled\": false}");
			Answer refused = server.get("users", admin);
			assertEquals(403, refused.status());
			assertEquals("glsErr.httpsRequired", refused.errorKey());
			assertEquals(200, server.get("health", null).status(), "open routes stay open");
		}
	}

	@Test
	void httpsWithTheKeystoresCertificateAndCertificatesAreVerified() throws Exception {
		Path keystore = dir.resolve("server.p12");
		String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
		Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
				"-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
				"-keystore", keystore.toString(), "-storepass", "Store-Passw0rd").redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertEquals(0, process.waitFor(), output);
		try (LicenseServer server = LicenseServer.start(ServerOptions.of(0, dir.resolve("data")).withBindAddress("127.0.0.1")
				.withAdminPassword(ServerFixture.ADMIN_PASSWORD).withConsole(s -> {
				}).withHttps(keystore, "Store-Passw0rd".toCharArray()))) {
			assertEquals("https", server.baseUri().getScheme());
			URI health = server.baseUri().resolve("health");
			HttpClient defaults = HttpClient.newHttpClient();
			assertThrows(SSLHandshakeException.class,
					() -> defaults.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()),
					"a self-signed certificate is not trusted by default");
			KeyStore trusted = KeyStore.getInstance("PKCS12");
			try (InputStream in = Files.newInputStream(keystore)) {
				trusted.load(in, "Store-Passw0rd".toCharArray());
			}
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(trusted);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trust.getTrustManagers(), null);
			HttpResponse<String> answer = HttpClient.newBuilder().sslContext(context).build()
					.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
			assertEquals(200, answer.statusCode());
			assertTrue(answer.body().contains("\"https\":\"enabled\""), answer.body());
		}
	}
}
