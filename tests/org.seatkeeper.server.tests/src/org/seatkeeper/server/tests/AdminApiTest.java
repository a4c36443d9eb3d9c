package org.seatkeeper.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.server.tests.ServerFixture.Answer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class AdminApiTest {

	@TempDir
	java.nio.file.Path dir;

	ServerFixture server;

	@BeforeEach
	void start() throws Exception {
		server = new ServerFixture(dir);
	}

	@AfterEach
	void stop() {
		server.close();
	}

	private static JsonObject claims(String token) {
		String payload = token.split("\\.")[1];
		return JsonParser.parseString(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)).getAsJsonObject();
	}

	private String reader() {
		server.post("users", server.admin(), "{\"name\":\"reader\",\"password\":\"Read-0nly!\",\"roles\":[\"ROLE_READ\"]}");
		return server.login("reader", "Read-0nly!");
	}

	@Test
	void healthIsOpenAndHasTheDocumentedShape() {
		Answer answer = server.get("health", null);
		assertEquals(200, answer.status());
		JsonObject lls = answer.object().getAsJsonObject("LLS");
		assertEquals(server.server.instanceId(), lls.get("serverInstanceID").getAsString());
		assertEquals("success", lls.getAsJsonObject("database").get("connectionCheck").getAsString());
		assertEquals("enabled", lls.get("security").getAsString());
		assertTrue(lls.has("version"));
		assertEquals("application/json", answer.response().headers().firstValue("Content-Type").orElseThrow());
		Answer head = server.send("HEAD", "health", null, null, null);
		assertEquals(200, head.status());
		assertEquals("", head.body());
	}

	@Test
	void everyResourceAnswersUnderTheDocumentedAliases() {
		int port = server.server.port();
		for (String base : List.of("/api/1.0/", "/api/1.0/instances/~/", "/api/1.0/instances/" + server.server.instanceId() + "/")) {
			Answer answer = server.send("GET", URI.create("http://127.0.0.1:" + port + base + "health"), null, null, null);
			assertEquals(200, answer.status(), base);
		}
		Answer other = server.send("GET", URI.create("http://127.0.0.1:" + port + "/api/1.0/instances/XYZ10203040/health"), null,
				null, null);
		assertEquals(404, other.status());
		assertEquals("glsErr.unknownInstance", other.errorKey());
	}

	@Test
	void healthCarriesEveryKeyOfTheRealOne() {
		JsonObject lls = server.get("health", null).object().getAsJsonObject("LLS");
		for (String key : List.of("version", "buildDate", "buildVersion", "branch", "gitHash", "patch", "fneBuildVersion",
				"serverInstanceID", "database", "security", "httpAuth", "licensingSecurityJSON", "diskspace")) {
			assertTrue(lls.has(key), key);
		}
		for (String key : List.of("branch", "gitHash", "patch", "fneBuildVersion")) {
			assertTrue(lls.get(key).getAsJsonPrimitive().isString(), key + " is a string");
		}
		assertEquals(lls.get("version").getAsString().split("\\.")[2], lls.get("patch").getAsString(), "the micro version");
		String commit = org.osgi.framework.FrameworkUtil.getBundle(org.seatkeeper.server.LicenseServer.class).getHeaders()
				.get("Seatkeeper-Git-Commit");
		if (commit != null && !commit.startsWith("${")) { // a build from a Git checkout wrote it
			assertEquals(commit, lls.get("gitHash").getAsString(), "the commit the build was made from");
			assertFalse(lls.get("branch").getAsString().isEmpty());
		}
	}

	@Test
	void doubledSlashesAreCollapsedAsRealClientsWriteThem() {
		String base = "http://127.0.0.1:" + server.server.port() + "/api/1.0/instances/~/";
		Answer login = server.send("POST", URI.create(base + "/authorize"), null, "application/json",
				"{\"user\":\"admin\",\"password\":\"" + ServerFixture.ADMIN_PASSWORD + "\"}");
		assertEquals(200, login.status(), "…/instances/~//authorize, as a public Python client builds it: " + login.body());
		String token = login.object().get("token").getAsString();
		assertEquals(200, server.send("GET", URI.create(base + "/features"), token, null, null).status());
		assertEquals(200, server.send("GET", URI.create(base.replace("/api/", "//api/") + "health"), null, null, null).status());
	}

	@Test
	void theInstanceItselfAnswersWithItsIdHostidAndVersion() {
		String admin = server.admin();
		String base = "http://127.0.0.1:" + server.server.port() + "/api/1.0/instances/~";
		for (String uri : List.of(base + "/", base, base + "//")) {
			Answer answer = server.send("GET", URI.create(uri), admin, null, null);
			assertEquals(200, answer.status(), uri);
			JsonObject instance = answer.object();
			assertEquals(server.server.instanceId(), instance.get("id").getAsString());
			assertEquals(server.get("hostids/selected", admin).object().get("value").getAsString(),
					instance.getAsJsonObject("hostid").get("hostidValue").getAsString());
			assertEquals(server.get("health", null).object().getAsJsonObject("LLS").get("version").getAsString(),
					instance.get("version").getAsString());
		}
		assertEquals(401, server.send("GET", URI.create(base + "/"), null, null, null).status(), "it needs a login, as reads do");
	}

	@Test
	void unknownResourcesAndMethodsGetTheErrorBody() {
		Answer missing = server.get("nothing-here", server.admin());
		assertEquals(404, missing.status());
		assertEquals("glsErr.notFound", missing.errorKey());
		assertTrue(missing.object().get("arguments").isJsonArray());
		Answer wrongMethod = server.send("PUT", "health", null, "application/json", "{}");
		assertEquals(405, wrongMethod.status());
		assertEquals("glsErr.methodNotAllowed", wrongMethod.errorKey());
		assertTrue(wrongMethod.object().get("message").getAsString().contains("allowed: GET, HEAD"));
	}

	/**
	 * Only the headers are sent: the server answers from the announced length, so the answer cannot depend on
	 * reading the body (nor race a client still writing 2 MB against the connection the refusal closes).
	 */
	@Test
	void bodiesOverTwoMegabytesAreRefusedBeforeTheyAreRead() throws Exception {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.server.port())) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(("POST /api/1.0/instances/~/authorize HTTP/1.1\r\nHost: localhost\r\n"
					+ "Content-Type: application/json\r\nContent-Length: " + (2 * 1024 * 1024 + 1) + "\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
					StandardCharsets.UTF_8));
			String status = in.readLine();
			assertTrue(status != null && status.startsWith("HTTP/1.1 413"), "answered " + status);
			StringBuilder rest = new StringBuilder();
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				rest.append(line).append('\n');
			}
			assertTrue(rest.toString().contains("glsErr.requestTooLarge"), rest.toString());
		}
	}

	@Test
	void authorizeGivesAnHs512TokenWithTheDocumentedClaims() {
		Answer answer = server.post("authorize", null, "{\"user\":\"admin\",\"password\":\"" + ServerFixture.ADMIN_PASSWORD + "\"}");
		assertEquals(200, answer.status());
		String token = answer.object().get("token").getAsString();
		JsonObject header = JsonParser.parseString(new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]),
				StandardCharsets.UTF_8)).getAsJsonObject();
		assertEquals("HS512", header.get("alg").getAsString());
		JsonObject claims = claims(token);
		assertEquals("admin", claims.get("sub").getAsString());
		assertEquals(server.server.instanceId(), claims.get("iss").getAsString());
		assertEquals(86400, claims.get("exp").getAsLong() - claims.get("iat").getAsLong());
		assertEquals("ROLE_ADMIN,ROLE_DROPCLIENT,ROLE_OFFLINE,ROLE_READ,ROLE_RESERVATIONS", claims.get("roles").getAsString(),
				"sorted alphabetically, as real servers write them");
		assertTrue(claims.has("xsrfToken"));
		assertEquals("2026-11-24T10:00:00.000Z", answer.object().get("expires").getAsString(), "always three digits of milliseconds");
	}

	@Test
	void badLoginsAreRefusedPrecisely() {
		Answer wrong = server.post("authorize", null, "{\"user\":\"admin\",\"password\":\"nope\"}");
		assertEquals(401, wrong.status());
		assertEquals("glsErr.userAuthFailed", wrong.errorKey(), "the real refusal (the reference's §1.4.9)");
		assertEquals("Authorization attempt at uri=/api/1.0/instances/~/authorize failed for user admin "
				+ "(error BadCredentialsException(Bad credentials))", wrong.object().get("message").getAsString());
		assertEquals("[\"uri=/api/1.0/instances/~/authorize\",\"admin\",\"BadCredentialsException\",\"Bad credentials\"]",
				wrong.object().get("arguments").toString());
		Answer ghost = server.send("POST", URI.create("http://127.0.0.1:" + server.server.port() + "/api/1.0/authorize"), null,
				"application/json", "{\"user\":\"ghost\",\"password\":\"nope\"}");
		assertEquals(401, ghost.status());
		assertEquals("[\"uri=/api/1.0/authorize\",\"ghost\",\"BadCredentialsException\",\"Bad credentials\"]",
				ghost.object().get("arguments").toString(), "the path asked and the user named, known or not");
		Answer missing = server.post("authorize", null, "{\"user\":\"admin\"}");
		assertEquals(400, missing.status());
		assertEquals("glsErr.missingField", missing.errorKey());
		assertEquals("[\"password\"]", missing.object().get("arguments").toString());
		Answer notJson = server.post("authorize", null, "{\"user\":");
		assertEquals(400, notJson.status());
		assertEquals("glsErr.invalidJson", notJson.errorKey());
		Answer form = server.send("POST", "authorize", null, "application/x-www-form-urlencoded", "user=admin");
		assertEquals(415, form.status());
		assertEquals("glsErr.unsupportedMediaType", form.errorKey());
	}

	@Test
	void securedResourcesNeedAValidUnexpiredToken() {
		Answer none = server.get("configuration", null);
		assertEquals(401, none.status());
		assertEquals("glsErr.authenticationRequired", none.errorKey());
		assertEquals("Bearer", none.response().headers().firstValue("WWW-Authenticate").orElseThrow());
		assertEquals("glsErr.invalidToken", server.get("configuration", "not.a.token").errorKey());
		String token = server.admin();
		String[] parts = token.split("\\.");
		String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
				claims(token).toString().replace("\"sub\":\"admin\"", "\"sub\":\"root\"").getBytes(StandardCharsets.UTF_8)) + "."
				+ parts[2];
		assertEquals(401, server.get("configuration", forged).status());
		assertEquals(200, server.get("configuration", token).status());
		server.clock.advance(Duration.ofDays(1));
		Answer expired = server.get("configuration", token);
		assertEquals(401, expired.status());
		assertEquals("glsErr.invalidToken", expired.errorKey());
	}

	@Test
	void rolesAreEnforcedOnEveryRoute() throws Exception {
		String admin = server.admin();
		String reader = reader();
		record Route(String method, String path, String role) {
		}
		List<Route> routes = List.of(new Route("GET", "version", "ROLE_READ"), new Route("GET", "hostids", "ROLE_READ"),
				new Route("GET", "hostids/selected", "ROLE_READ"), new Route("POST", "hostids/selected", "ROLE_ADMIN"),
				new Route("GET", "configuration", "ROLE_READ"), new Route("POST", "configuration", "ROLE_ADMIN"),
				new Route("GET", "users", "ROLE_ADMIN"), new Route("POST", "users", "ROLE_ADMIN"),
				new Route("GET", "users/admin", "ROLE_ADMIN"), new Route("PUT", "users/admin", "ROLE_ADMIN"),
				new Route("DELETE", "users/admin", "ROLE_ADMIN"), new Route("GET", "rest_licensing_keys", "ROLE_READ"),
				new Route("POST", "rest_licensing_keys", "ROLE_ADMIN"), new Route("DELETE", "rest_licensing_keys", "ROLE_ADMIN"));
		for (Route route : routes) {
			Answer anonymous = server.send(route.method(), route.path(), null, "application/json", "{}");
			assertEquals(401, anonymous.status(), route.toString());
			if (route.role().equals("ROLE_ADMIN")) {
				Answer denied = server.send(route.method(), route.path(), reader, "application/json", "{}");
				assertEquals(403, denied.status(), route.toString());
				assertEquals("glsErr.accessDenied", denied.errorKey());
				assertEquals("[\"ROLE_ADMIN\"]", denied.object().get("arguments").toString());
			} else {
				assertNotEquals(403, server.send(route.method(), route.path(), reader, null, null).status(), route.toString());
			}
		}
		assertEquals(200, server.get("users", admin).status());
	}

	@Test
	void anonymousReadAccessWhenTheSettingAllowsIt() {
		String admin = server.admin();
		assertEquals(401, server.get("version", null).status());
		assertEquals(200, server.post("configuration", admin, "{\"security.anonymous\": true}").status());
		assertEquals(200, server.get("version", null).status());
		assertEquals(401, server.post("configuration", null, "{\"security.anonymous\": false}").status());
		assertEquals(401, server.get("users", null).status(), "anonymous access is read access only");
	}

	@Test
	void configurationListsAllSettingsOfTheEightGroups() {
		JsonArray settings = server.get("configuration", server.admin()).json().getAsJsonArray();
		Set<String> groups = new HashSet<>();
		for (JsonElement element : settings) {
			JsonObject setting = element.getAsJsonObject();
			groups.add(setting.get("groupLabel").getAsString());
			for (String field : List.of("name", "value", "defaultValue", "description", "group", "type", "editable")) {
				assertTrue(setting.has(field), field + " in " + setting);
			}
		}
		assertEquals(Set.of("General", "Secure REST API", "Server Sync", "License Generation", "Server-to-Server Sync",
				"Capability Polling", "Locally Deployed License Server", "Logging"), groups);
		JsonObject duration = setting(settings, "security.token.duration");
		assertEquals("1d", duration.get("value").getAsString());
		assertTrue(duration.get("editable").getAsBoolean());
		assertFalse(setting(settings, "licensing.responseLifetime").get("editable").getAsBoolean());
		assertEquals(server.server.instanceId(), setting(settings, "server.instanceId").get("value").getAsString());
	}

	private static JsonObject setting(JsonArray settings, String name) {
		for (JsonElement element : settings) {
			if (element.getAsJsonObject().get("name").getAsString().equals(name)) {
				return element.getAsJsonObject();
			}
		}
		throw new AssertionError("no setting " + name);
	}

	@Test
	void settingsChangeAllOrNothingAndTakeEffect() {
		String admin = server.admin();
		Answer bad = server.post("configuration", admin, "{\"security.token.duration\": \"1h\", \"licensing.renewInterval\": \"120\"}");
		assertEquals(400, bad.status());
		assertEquals("glsErr.invalidSetting", bad.errorKey());
		assertTrue(bad.object().get("message").getAsString().contains("percentage from 0 to 100"), bad.body());
		assertEquals("1d", setting(server.get("configuration", admin).json().getAsJsonArray(), "security.token.duration")
				.get("value").getAsString(), "nothing was changed");

		Answer producerOnly = server.post("configuration", admin, "{\"licensing.responseLifetime\": \"2d\"}");
		assertEquals(403, producerOnly.status());
		assertEquals("glsErr.settingNotEditable", producerOnly.errorKey());
		Answer unknown = server.post("configuration", admin, "{\"no.such.setting\": \"1\"}");
		assertEquals(400, unknown.status());
		assertEquals("glsErr.unknownSetting", unknown.errorKey());

		assertEquals(200, server.post("configuration", admin, "{\"security.token.duration\": \"1h\"}").status());
		JsonObject claims = claims(server.admin());
		assertEquals(3600, claims.get("exp").getAsLong() - claims.get("iat").getAsLong());
		assertEquals(200, server.post("configuration", admin, "{\"security.token.duration\": null}").status());
		assertEquals("1d", setting(server.get("configuration", admin).json().getAsJsonArray(), "security.token.duration")
				.get("value").getAsString());
	}

	@Test
	void usersAreCreatedEditedAndDeletedWithTheirRoles() {
		String admin = server.admin();
		Answer created = server.post("users", admin,
				"{\"name\":\"ops\",\"password\":\"0ps-Passw0rd\",\"roles\":\"ROLE_RESERVATIONS+ROLE_DROPCLIENT\"}");
		assertEquals(201, created.status(), created.body());
		assertEquals("[\"ROLE_DROPCLIENT\",\"ROLE_READ\",\"ROLE_RESERVATIONS\"]", created.object().get("roles").toString(),
				"in the alphabetical order of the token's claim");
		assertEquals(409, server.post("users", admin, "{\"name\":\"ops\",\"password\":\"0ps-Passw0rd\"}").status());
		Answer weak = server.post("users", admin, "{\"name\":\"weak\",\"password\":\"password\"}");
		assertEquals(400, weak.status());
		assertEquals("glsErr.weakPassword", weak.errorKey());
		assertEquals("glsErr.invalidRole",
				server.post("users", admin, "{\"name\":\"x\",\"password\":\"0ps-Passw0rd\",\"roles\":[\"ROLE_ROOT\"]}").errorKey());

		String ops = server.login("ops", "0ps-Passw0rd");
		assertEquals(403, server.get("users", ops).status());
		assertEquals(200, server.send("PUT", "users/ops", admin, "application/json", "{\"roles\":[\"ROLE_ADMIN\"]}").status());
		assertEquals(200, server.get("users", ops).status(), "the roles of a token follow the account");
		assertEquals(200, server.send("PUT", "users/ops", admin, "application/json", "{\"password\":\"N3w-Passw0rd\"}").status());
		server.login("ops", "N3w-Passw0rd");
		assertEquals(204, server.send("DELETE", "users/ops", admin, null, null).status());
		assertEquals(401, server.get("configuration", ops).status(), "a deleted user's token stops working");
		assertEquals(404, server.send("DELETE", "users/ops", admin, null, null).status());
	}

	@Test
	void theLastAdministratorStays() {
		String admin = server.admin();
		Answer delete = server.send("DELETE", "users/admin", admin, null, null);
		assertEquals(409, delete.status());
		assertEquals("glsErr.lastAdministrator", delete.errorKey());
		assertEquals(409, server.send("PUT", "users/admin", admin, "application/json", "{\"roles\":[\"ROLE_READ\"]}").status());
	}

	@Test
	void hostIdsInBothKeyStylesAndSelection() {
		String admin = server.admin();
		JsonObject hostIds = server.get("hostids", admin).object();
		JsonArray list = hostIds.getAsJsonArray("hostids");
		assertFalse(list.isEmpty());
		JsonObject last = list.get(list.size() - 1).getAsJsonObject();
		assertEquals(last.get("type").getAsString(), last.get("hostidType").getAsString());
		assertEquals(last.get("value").getAsString(), last.get("hostidValue").getAsString());
		Answer unknown = server.post("hostids/selected", admin, "{\"type\":\"ETHERNET\",\"value\":\"000000000000\"}");
		assertEquals(400, unknown.status());
		assertEquals("glsErr.invalidHostId", unknown.errorKey());
		Answer chosen = server.post("hostids/selected", admin,
				"{\"hostidType\":\"" + last.get("type").getAsString() + "\",\"hostidValue\":\"" + last.get("value").getAsString() + "\"}");
		assertEquals(200, chosen.status());
		assertEquals(last.get("value").getAsString(), server.get("hostids/selected", admin).object().get("value").getAsString());
	}

	@Test
	void clientKeysAreRsa2048DerOnly() throws NoSuchAlgorithmException {
		String admin = server.admin();
		assertEquals(404, server.get("rest_licensing_keys", admin).status());
		byte[] der = rsa(2048);
		Answer uploaded = server.send("POST", "rest_licensing_keys", admin, "application/octet-stream", der);
		assertEquals(200, uploaded.status(), uploaded.body());
		assertEquals(Base64.getEncoder().encodeToString(der), uploaded.object().get("publicKey").getAsString());
		assertTrue(uploaded.object().get("publicKey").getAsString().startsWith("MIIBIj"));
		assertEquals("enabled", server.get("health", null).object().getAsJsonObject("LLS").get("licensingSecurityJSON").getAsString(),
				"capability requests are checked against the key: the health says so");
		Answer small = server.send("POST", "rest_licensing_keys", admin, "application/octet-stream", rsa(1024));
		assertEquals(400, small.status());
		assertTrue(small.object().get("message").getAsString().contains("RSA-1024"));
		assertEquals(400, server.send("POST", "rest_licensing_keys", admin, "application/octet-stream", "garbage").status());
		assertEquals(415, server.send("POST", "rest_licensing_keys", admin, "application/json", "{}").status());
		assertEquals(Base64.getEncoder().encodeToString(der),
				server.get("rest_licensing_keys", admin).object().get("publicKey").getAsString(), "a refused key changes nothing");
		assertEquals(410, server.send("DELETE", "rest_licensing_keys", admin, null, null).status());
		assertEquals(404, server.get("rest_licensing_keys", admin).status());
		assertEquals("disabled", server.get("health", null).object().getAsJsonObject("LLS").get("licensingSecurityJSON").getAsString());
	}

	private static byte[] rsa(int bits) throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(bits);
		return generator.generateKeyPair().getPublic().getEncoded();
	}

	@Test
	void everythingSurvivesARestart() throws Exception {
		String admin = server.admin();
		String instance = server.server.instanceId();
		server.post("users", admin, "{\"name\":\"ops\",\"password\":\"0ps-Passw0rd\"}");
		server.post("configuration", admin, "{\"security.token.duration\": \"2h\"}");
		server.restart();
		assertEquals(instance, server.server.instanceId());
		assertEquals(200, server.get("users", admin).status(), "tokens stay valid: the signing key is kept");
		server.login("ops", "0ps-Passw0rd");
		assertEquals("2h", setting(server.get("configuration", admin).json().getAsJsonArray(), "security.token.duration")
				.get("value").getAsString());
	}

	@Test
	void theAdministratorPasswordIsGivenOrGeneratedAndShownOnce() throws Exception {
		assertEquals(List.of("Created the administrator 'admin' with the password you gave"), server.console);
		server.close();
		java.nio.file.Path other = dir.resolve("other");
		List<String> console = new java.util.ArrayList<>();
		try (org.seatkeeper.server.LicenseServer generated = org.seatkeeper.server.LicenseServer.start(
				org.seatkeeper.server.ServerOptions.of(0, other).withBindAddress("127.0.0.1").withConsole(console::add))) {
			assertEquals(1, console.size());
			String password = java.nio.file.Files.readString(other.resolve("admin-password.txt")).trim();
			assertEquals(20, password.length(), console.get(0));
			assertFalse(console.get(0).contains(password), "only the file's path is shown: " + console.get(0));
			server.server = generated;
			assertEquals(200, server.post("authorize", null, "{\"user\":\"admin\",\"password\":\"" + password + "\"}").status());
			String state = java.nio.file.Files.readString(other.resolve("journal.log"));
			assertFalse(state.contains(password), "the password is stored hashed only");
		}
		console.clear();
		try (org.seatkeeper.server.LicenseServer again = org.seatkeeper.server.LicenseServer.start(
				org.seatkeeper.server.ServerOptions.of(0, other).withBindAddress("127.0.0.1").withConsole(console::add))) {
			assertEquals(List.of(), console, "shown once: not at the next start");
		}
		server.start();
	}

	@Test
	void aWeakAdministratorPasswordIsRefusedAtStart() {
		IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> org.seatkeeper.server.LicenseServer.start(org.seatkeeper.server.ServerOptions.of(0, dir.resolve("weak"))
						.withBindAddress("127.0.0.1").withAdminPassword("admin")));
		assertTrue(e.getMessage().startsWith("The administrator password is too weak"), e.getMessage());
	}

	@Test
	void timesAreUtcInstants() {
		Instant.parse(server.post("authorize", null, "{\"user\":\"admin\",\"password\":\"" + ServerFixture.ADMIN_PASSWORD + "\"}")
				.object().get("expires").getAsString());
	}
}
