package org.seatkeeper.core.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.internal.cli.AdminCommand;
import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.server.internal.cli.BackOfficeCommand;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/** {@code seatkeeper admin} against the embedded server: every verb, exit statuses, JSON, roles. */
class AdminCommandTest {

	static final String PASSWORD = "Adm1n-Passw0rd!";

	@TempDir
	Path dir;

	LicenseServer server;
	final Map<String, String> env = new HashMap<>();
	final List<String> prompts = new ArrayList<>();
	final List<String> answers = new ArrayList<>();
	String out;
	String err;

	@BeforeEach
	void start() throws Exception {
		Path key = dir.resolve("k.pem");
		Path pub = dir.resolve("pub.pem");
		PrintStream sink = new PrintStream(java.io.OutputStream.nullOutputStream());
		assertEquals(0, BackOfficeCommand.run(List.of("keygen", "--key", key.toString(), "--public", pub.toString()), sink, sink));
		server = LicenseServer.start(ServerOptions.of(0, dir.resolve("data")).withBindAddress("127.0.0.1").withAdminPassword(PASSWORD)
				.withProducerKey(pub).withConsole(s -> {
				}));
		server.licensing().addFeatures(List.of(
				new FeatureRecord(0, "f1", "1.0", 10, null, LocalDate.of(2026, 1, 1), "gold", "demo", 0, false, "ACT-1", "", null, null, null),
				new FeatureRecord(0, "f2", "2.0", 4, LocalDate.of(2030, 6, 30), null, null, "demo", 0, false, "ACT-2", "", null, null, null)));
		HttpResponse<String> checkout = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.baseUri().resolve("access_request"))
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
						"{\"hostId\":{\"type\":\"STRING\",\"value\":\"dev-1\"},\"features\":[{\"name\":\"f1\",\"version\":\"1.0\",\"count\":2}]}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(200, checkout.statusCode(), checkout.body());
		env.put("SEATKEEPER_SERVER", "http://127.0.0.1:" + server.port());
		env.put("SEATKEEPER_PASSWORD", PASSWORD);
	}

	@AfterEach
	void stop() {
		server.close();
	}

	int admin(String... args) {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		AdminCommand.PasswordPrompt prompt = text -> {
			prompts.add(text);
			return answers.isEmpty() ? null : answers.remove(0).toCharArray();
		};
		int status = new AdminCommand(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
				env, prompt, dir.resolve("trusted")).run(List.of(args));
		out = o.toString(StandardCharsets.UTF_8);
		err = e.toString(StandardCharsets.UTF_8);
		return status;
	}

	JsonElement json() {
		return JsonParser.parseString(out);
	}

	void assertOneLineError() {
		assertEquals(1, err.lines().count(), err);
		assertTrue(err.startsWith("seatkeeper admin: "), err);
	}

	@Test
	void featuresAsATableAndAsJson() {
		assertEquals(0, admin("features"), err);
		assertTrue(out.lines().anyMatch(l -> l.matches("\\s*\\d+\\s+f1\\s+1\\.0\\s+10\\s+2\\s+8\\s+CONCURRENT\\s+permanent\\s+2026-01-01\\s+gold")), out);
		assertTrue(out.contains("Total number of features : 2"), out);
		assertEquals(0, admin("--json", "features", "--search", "f2"));
		JsonArray features = json().getAsJsonArray();
		assertEquals(1, features.size());
		assertEquals("2030-06-30", features.get(0).getAsJsonObject().get("expiry").getAsString());
		assertEquals(0, admin("features", "--summary"));
		assertTrue(out.contains("First Expiration") && out.contains("Total number of features : 2"), out);
		long id = JsonParser.parseString(runJson("features")).getAsJsonArray().get(0).getAsJsonObject().get("id").getAsLong();
		assertEquals(0, admin("features", "show", Long.toString(id)));
		assertTrue(out.contains("dev-1") && out.contains("Devices served: 1"), out);
	}

	private String runJson(String... args) {
		List<String> all = new ArrayList<>(List.of("--json"));
		all.addAll(List.of(args));
		assertEquals(0, admin(all.toArray(String[]::new)), err);
		return out;
	}

	@Test
	void statusHostIdsPoolsAndConfig() {
		assertEquals(0, admin("status"), err);
		assertTrue(out.contains(server.instanceId()) && out.contains("2 records of 2 features") && out.contains("1 (1 being served)"), out);
		assertEquals(0, admin("hostids"));
		assertTrue(out.contains("yes"), out);
		String type = json(runJson("hostids")).getAsJsonObject().getAsJsonArray("all").get(0).getAsJsonObject().get("type").getAsString();
		String value = json(out).getAsJsonObject().getAsJsonArray("all").get(0).getAsJsonObject().get("value").getAsString();
		assertEquals(0, admin("hostids", "select", type, value), err);
		assertEquals(0, admin("pools"));
		assertTrue(out.contains("default (default)") && out.contains("Total number of pools : 1"), out);
		assertEquals(0, admin("config", "--filter", "license-generation"));
		assertTrue(out.contains("licensing.borrowIntervalMax") && !out.contains("security.anonymous"), out);
		assertEquals(0, admin("config", "set", "licensing.borrowIntervalMax=3d"), err);
		assertTrue(out.contains("3d"), out);
		assertEquals(1, admin("config", "set", "nonsense.setting=1"));
		assertOneLineError();
		assertTrue(err.contains("nonsense.setting"), err);
	}

	private static JsonElement json(String text) {
		return JsonParser.parseString(text);
	}

	@Test
	void devicesShowAndDrop() {
		assertEquals(0, admin("devices"));
		assertTrue(out.contains("dev-1") && out.contains("Total number of devices : 1"), out);
		String id = json(runJson("devices")).getAsJsonArray().get(0).getAsJsonObject().get("id").getAsString();
		assertEquals(0, admin("devices", "show", id));
		assertTrue(out.contains("f1") && out.contains("NORMAL"), out);
		assertEquals(0, admin("devices", "drop", id), err);
		assertEquals("Dropped device " + id + " dev-1 (STRING), freeing 2 counts\n", out);
		assertEquals(1, admin("devices", "drop", "999"));
		assertOneLineError();
	}

	@Test
	void devicesDropAll() {
		assertEquals(2, admin("devices", "drop", "--all", "1"), "a usage error");
		assertTrue(err.contains("--all alone"), err);
		assertEquals(0, admin("devices", "drop", "--all"), err);
		assertEquals("Dropped all devices: 1 device held counts, freeing 2 counts\n", out);
		assertEquals(0, admin("devices"));
		assertTrue(out.contains("DROPPED"), out);
		assertEquals(0, admin("features"));
		assertEquals(0, json(runJson("features")).getAsJsonArray().get(0).getAsJsonObject().get("used").getAsInt());
	}

	@Test
	void reservationsLoadListExportDelete() throws Exception {
		Path file = dir.resolve("r.json");
		Files.writeString(file, """
				{"name":"Lab","reservations":[{"hostId":{"value":"h1","type":"STRING"},
				 "reservationEntries":[{"featureName":"f1","featureVersion":"1.0","featureCount":2}]}]}""");
		assertEquals(0, admin("reservations", "load", file.toString()), err);
		assertTrue(out.startsWith("Added reservation group ") && out.contains("'Lab' with 1 reservations and 1 entries"), out);
		assertEquals(0, admin("reservations"));
		assertTrue(out.lines().anyMatch(l -> l.startsWith("ok") && l.contains("Lab") && l.contains("h1")), out);
		Path exported = dir.resolve("out/export.json");
		assertEquals(0, admin("reservations", "export", exported.toString()));
		assertEquals(JsonParser.parseString(Files.readString(file)), JsonParser.parseString(Files.readString(exported)));
		assertEquals(1, admin("reservations", "load", file.toString()), "the name is taken");
		assertOneLineError();
		Files.writeString(file, "{\"name\":\"Bad\",\"reservations\":[{\"hostId\":{\"value\":\"h2\",\"type\":\"STRING\"},"
				+ "\"reservationEntries\":[{\"featureName\":\"f1\",\"featureVersion\":\"1.0\",\"featureCount\":-1}]}]}");
		assertEquals(2, admin("reservations", "load", file.toString()));
		assertOneLineError();
		assertTrue(err.contains("Group 1 ('Bad'), reservation 1, entry 1, \"featureCount\": the count must be above 0, not -1"), err);
		String gid = json(runJson("reservations")).getAsJsonArray().get(0).getAsJsonObject().get("id").getAsString();
		assertEquals(0, admin("reservations", "delete", gid));
		assertEquals(0, admin("--json", "reservations"));
		assertEquals(0, json().getAsJsonArray().size());
	}

	@Test
	void modelShowLoadRefuseDelete() throws Exception {
		assertEquals(0, admin("model"));
		assertTrue(out.startsWith("No model definition"), out);
		Path model = dir.resolve("m.model");
		Files.writeString(model, "model \"m1\" {\n  partitions {\n    partition \"p\" { \"f1\" 1.0 4 }\n  }\n  on any() { use \"p\" accept }\n}\n");
		assertEquals(0, admin("model", "load", model.toString()), err);
		assertEquals("Applied the model 'm1'\n", out);
		assertEquals(0, admin("model", "show"));
		assertEquals(Files.readString(model), out);
		Files.writeString(model, "model \"m2\" { partitions { partition \"p\" { \"f1\" 1.0 } } }");
		assertEquals(1, admin("model", "load", model.toString()));
		assertOneLineError();
		assertTrue(err.startsWith("seatkeeper admin: Invalid model posted, "), err);
		assertEquals(0, admin("model", "delete"));
		assertEquals(0, admin("model"));
		assertTrue(out.startsWith("No model definition"), out);
	}

	@Test
	void usersAndARefusedReadOnlyUser() {
		env.put("SEATKEEPER_NEW_PASSWORD", "Read3r-Passw0rd!");
		assertEquals(0, admin("users", "create", "reader", "READ"), err);
		assertEquals("Created the user reader with roles ROLE_READ\n", out);
		assertEquals(2, admin("users", "create", "x", "READ+SUPERUSER"));
		assertTrue(err.contains("'SUPERUSER' is not a role"), err);
		env.put("SEATKEEPER_USER", "reader");
		env.put("SEATKEEPER_PASSWORD", "Read3r-Passw0rd!");
		assertEquals(0, admin("features"));
		assertEquals(1, admin("model", "delete"));
		assertOneLineError();
		assertTrue(err.contains("ROLE_ADMIN"), err);
		assertEquals(1, admin("devices", "drop", "1"));
		assertOneLineError();
		env.put("SEATKEEPER_USER", "admin");
		env.put("SEATKEEPER_PASSWORD", PASSWORD);
		assertEquals(0, admin("users", "edit", "reader", "--roles", "READ+RESERVATIONS"));
		assertTrue(out.contains("ROLE_RESERVATIONS"), out);
		assertEquals(0, admin("users"));
		assertTrue(out.contains("reader"), out);
		assertEquals(0, admin("users", "delete", "reader"));
	}

	@Test
	void offlineActivationAndClientKey() throws Exception {
		Path request = dir.resolve("req.bin");
		assertEquals(0, admin("activate", "-id", "ACT-7", "-count", "3", "-o", request.toString()), err);
		assertTrue(out.startsWith("Wrote an activation request to " + request) && out.contains("SHA-256"), out);
		Path entitlements = dir.resolve("e.json");
		Files.writeString(entitlements, "{\"entitlements\":[{\"activationId\":\"ACT-7\",\"name\":\"f7\",\"version\":\"1.0\",\"count\":5,\"expiry\":\"permanent\"}]}");
		Path response = dir.resolve("resp.bin");
		PrintStream sink = new PrintStream(java.io.OutputStream.nullOutputStream());
		assertEquals(0, BackOfficeCommand.run(List.of("respond", "--request", request.toString(), "--entitlements", entitlements.toString(),
				"--key", dir.resolve("k.pem").toString(), "--out", response.toString()), sink, sink));
		assertEquals(0, admin("activate", "-load", response.toString()), err);
		assertTrue(out.contains("f7") && out.contains("No confirmation request is needed."), out);
		assertEquals(1, admin("activate", "-load", response.toString()), "a replayed response");
		assertOneLineError();
		assertEquals(0, admin("activate", "-o", dir.resolve("cap.bin").toString()));
		assertTrue(out.startsWith("Wrote a capability request"), out);
		assertEquals(2, admin("activate", "-count", "3", "-o", "x.bin"));

		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		byte[] der = generator.generateKeyPair().getPublic().getEncoded();
		Path key = dir.resolve("key.der");
		Files.write(key, der);
		assertEquals(0, admin("upload-key", key.toString()), err);
		assertTrue(out.startsWith("Uploaded the client key"), out);
		Path pem = dir.resolve("key.pem");
		Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END PUBLIC KEY-----\n");
		assertEquals(0, admin("upload-key", pem.toString()), err);
		assertTrue(out.startsWith("Converted " + pem + " from PEM (PUBLIC KEY) to DER"), out);
		Path small = dir.resolve("small.der");
		generator.initialize(1024);
		Files.write(small, generator.generateKeyPair().getPublic().getEncoded());
		assertEquals(2, admin("upload-key", small.toString()));
		assertTrue(err.contains("is an RSA key of 1024 bits; servers take RSA keys of 2048 bits only"), err);
	}

	@Test
	void fewerCountsThanInUseShowAsAnOverageAndADeletedPoolAsSuch() throws Exception {
		Path request = dir.resolve("req.bin");
		assertEquals(0, admin("activate", "-id", "ACT-1", "-count", "1", "-o", request.toString()), err);
		Path entitlements = Files.writeString(dir.resolve("e.json"), "{\"entitlements\":[{\"activationId\":\"ACT-1\",\"name\":\"f1\","
				+ "\"version\":\"1.0\",\"count\":10,\"expiry\":\"permanent\"}]}");
		Path response = dir.resolve("resp.bin");
		PrintStream sink = new PrintStream(java.io.OutputStream.nullOutputStream());
		assertEquals(0, BackOfficeCommand.run(List.of("respond", "--request", request.toString(), "--entitlements", entitlements.toString(),
				"--key", dir.resolve("k.pem").toString(), "--out", response.toString()), sink, sink));
		assertEquals(0, admin("activate", "-load", response.toString()), err);
		assertEquals(0, admin("features"));
		assertTrue(out.contains("Overage: f1 1.0 (id 1) has 1 count in use beyond its count, until devices return or renew"), out);

		Path two = Files.writeString(dir.resolve("two.model"), "model \"two\" { partitions { partition \"eng\" { \"f2\" 2.0 1 } "
				+ "partition \"sales\" { \"f2\" 2.0 2 } } on hostname(\"~/s.*/\") { use \"sales\" accept } }");
		assertEquals(0, admin("model", "load", two.toString()), err);
		HttpResponse<String> checkout = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.baseUri().resolve("access_request"))
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"hostId\":{\"value\":\"s-1\"},"
						+ "\"hostName\":\"s-1\",\"features\":[{\"name\":\"f2\",\"version\":\"2.0\",\"count\":2}]}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(200, checkout.statusCode(), checkout.body());
		Path one = Files.writeString(dir.resolve("one.model"), "model \"one\" { partitions { partition \"eng\" { \"f2\" 2.0 4 } } }");
		assertEquals(0, admin("model", "load", one.toString()), err);
		assertEquals(0, admin("pools"));
		assertTrue(out.lines().anyMatch(l -> l.startsWith("sales (deleted, in use)") && l.contains("NORMAL")), out);
		assertTrue(out.lines().anyMatch(l -> l.startsWith("eng ") && l.contains("DEFICIT")), out);
	}

	@Test
	void usageErrorsAndPasswords() {
		assertEquals(2, admin());
		assertTrue(err.startsWith("Usage: seatkeeper admin [-h] [--server=NAME|URL] [--user=NAME] [--json]"), err);
		assertEquals(0, admin("help"));
		assertTrue(out.lines().anyMatch(l -> l.matches("  reservations +Reservation groups and their entries, with status\\.")), out);
		assertTrue(out.contains("Exit status:"), out);
		assertEquals(0, admin("reservations", "--help"));
		assertTrue(out.startsWith("Usage: seatkeeper admin reservations [-h]"), out);
		assertTrue(out.lines().anyMatch(l -> l.matches("  export +Writes the reservation groups to a file that load takes back\\.")), out);
		assertEquals(0, admin("help", "activate"));
		assertTrue(out.replaceAll("\\s+", " ").contains("[-id=ID [-count=N]]..."), out);
		assertEquals(2, admin("frobnicate"));
		assertOneLineError();
		assertEquals("seatkeeper admin: unknown command 'frobnicate' (see 'seatkeeper admin --help')\n", err);
		assertEquals(2, admin("devices", "show", "1", "2"));
		assertEquals("seatkeeper admin: unexpected '2' (see 'seatkeeper admin devices show --help')\n", err);
		assertEquals(2, admin("--timeout=0", "status"));
		assertOneLineError();
		assertTrue(err.contains("--timeout must be above 0"), err);
		assertEquals(2, admin("--password", "secret", "features"));
		assertTrue(err.contains("passwords are never taken as arguments"), err);
		assertEquals(2, admin("--server", "ftp://x", "features"));
		assertEquals(2, admin("devices", "show", "abc"));
		assertEquals("seatkeeper admin: invalid value for ID: 'abc' is not a whole number (see 'seatkeeper admin devices show --help')\n",
				err);
		assertEquals(2, admin("model", "load", dir.resolve("missing.model").toString()));
		assertTrue(err.contains("there is no file"), err);

		env.remove("SEATKEEPER_PASSWORD");
		answers.add(PASSWORD);
		assertEquals(0, admin("features"), err);
		assertEquals(List.of("Password of admin at 127.0.0.1:" + server.port() + ": "), prompts);
		assertFalse(out.isEmpty());
	}

	/** The options of one run do not leak into the next run of the same command (picocli sets them on the instance). */
	@Test
	void aSecondRunOfTheSameCommandStartsFromTheDefaults() {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		AdminCommand command = new AdminCommand(new PrintStream(o, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), env, null, dir.resolve("trusted"));
		assertEquals(0, command.run(List.of("--json", "--timeout=5", "features")));
		assertTrue(o.toString(StandardCharsets.UTF_8).startsWith("["), o.toString(StandardCharsets.UTF_8));
		o.reset();
		assertEquals(1, command.run(List.of("--server", "127.0.0.1:1", "status")), "a server given once is not kept");
		assertEquals(0, command.run(List.of("features")));
		assertTrue(o.toString(StandardCharsets.UTF_8).contains("Total number of features : 2"), o.toString(StandardCharsets.UTF_8));
	}

	@Test
	void noServerIsANetworkError() throws Exception {
		int port;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		assertEquals(1, admin("status", "--server=127.0.0.1:" + port));
		assertOneLineError();
		assertTrue(err.contains("connection refused"), err);
		assertEquals(URI.create("http://127.0.0.1:" + port).getPort(), port);
	}
}
