package org.seatkeeper.core.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.core.fleet.ServerList;
import org.seatkeeper.core.fleet.ServerListFile;
import org.seatkeeper.core.internal.cli.AdminCommand;
import org.seatkeeper.core.internal.cli.ServersCommand;
import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;
import org.seatkeeper.testing.server.SilentServer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code ./seatkeeper servers} on a list file, and {@code admin --server NAME} and {@code admin fleet} on a
 * list of real embedded servers, one of them dead and one that never answers.
 */
class FleetCommandsTest {

	static final String PASSWORD = "Adm1n-Passw0rd!";

	@TempDir
	Path dir;
	private final List<LicenseServer> servers = new ArrayList<>();
	private final List<AutoCloseable> others = new ArrayList<>();
	private final Map<String, String> env = new HashMap<>();
	private String out;
	private String err;

	@AfterEach
	void stop() throws Exception {
		for (LicenseServer server : servers) {
			server.close();
		}
		for (AutoCloseable other : others) {
			other.close();
		}
	}

	private Path listFile() {
		return dir.resolve("servers.json");
	}

	private int servers(String... args) {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		int status = new ServersCommand(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
				new ServerListFile(listFile())).run(List.of(args));
		out = o.toString(StandardCharsets.UTF_8);
		err = e.toString(StandardCharsets.UTF_8);
		return status;
	}

	private int admin(String... args) {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		int status = new AdminCommand(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8), env,
				null, dir.resolve("trusted-certificates")).run(List.of(args));
		out = o.toString(StandardCharsets.UTF_8);
		err = e.toString(StandardCharsets.UTF_8);
		return status;
	}

	/** An embedded server with {@code features} records of 10 counts each, {@code used} of the first in use. */
	private LicenseServer server(String name, int features, LocalDate expiry) throws IOException {
		LicenseServer server = LicenseServer.start(ServerOptions.of(0, dir.resolve(name)).withBindAddress("127.0.0.1").withAdminPassword(PASSWORD)
				.withConsole(s -> {
				}));
		servers.add(server);
		List<FeatureRecord> records = new ArrayList<>();
		for (int i = 0; i < features; i++) {
			records.add(new FeatureRecord(0, "f" + i, "1.0", 10, i == 0 ? expiry : null, null, null, "demo", 0, false, "ACT-" + i, "", null, null,
					null));
		}
		server.licensing().addFeatures(records);
		return server;
	}

	@Test
	void serversListAddRemoveExportAndImport() throws Exception {
		assertEquals(0, servers("list"));
		assertTrue(out.contains(ServerEntry.DEMO_NAME) && out.contains("does not exist yet"), out);
		assertTrue(out.contains("(embedded, in the window)  -     The demo server"), "a column of '-' alone is text, left-aligned: " + out);

		assertEquals(0, servers("add", "Production", "https://licenses.example.com:7070", "--group", "Site A", "--user", "ops"));
		assertEquals(0, servers("add", "Lab", "lab-1"));
		assertEquals(2, servers("add", "lab", "lab-2"));
		assertTrue(err.startsWith("seatkeeper servers: There is already a server named 'Lab'"), err);
		assertEquals(2, servers("add", "Broken", "ftp://x"));
		assertTrue(err.contains("The address of 'Broken': 'ftp://x' is not an http or https address"), err);
		assertEquals(0, servers("list"));
		assertTrue(out.matches("(?s).*Production\\s+Site A\\s+https://licenses.example.com:7070\\s+ops.*"), out);

		Path exported = dir.resolve("exported.json");
		assertEquals(0, servers("export", exported.toString()));
		assertEquals(Files.readString(listFile()), Files.readString(exported));
		assertEquals(0, servers("remove", "lab", "production"));
		assertEquals(List.of(ServerEntry.DEMO_NAME), new ServerListFile(listFile()).read().entries().stream().map(ServerEntry::name).toList());
		assertEquals(2, servers("remove", "Nowhere"));
		assertTrue(err.contains("There is no server named 'Nowhere'"), err);

		assertEquals(0, servers("import", exported.toString()));
		assertTrue(out.contains("2 added, 0 replaced, 1 kept as they were (" + ServerEntry.DEMO_NAME), out);
		assertEquals(3, new ServerListFile(listFile()).read().entries().size());

		Files.writeString(dir.resolve("bad.json"), "{\"servers\":[{\"name\":\"x\"}]}");
		assertEquals(2, servers("import", dir.resolve("bad.json").toString()));
		assertTrue(err.contains("bad.json: server 1: The address of 'x': The server address is empty"), err);
		assertEquals(3, new ServerListFile(listFile()).read().entries().size(), "a bad import changes nothing");

		assertEquals(0, servers("export", "-"));
		assertEquals(new ServerListFile(listFile()).read(), ServerList.parse(out, "stdout"));
	}

	@Test
	void adminTakesAServersNameFromTheListWithItsUser() throws Exception {
		LicenseServer one = server("one", 2, null);
		new ServerListFile(listFile()).update(list -> list.add(new ServerEntry("Site A license server", "http://127.0.0.1:" + one.port(), "",
				"admin", "", false)));
		env.put("SEATKEEPER_PASSWORD", PASSWORD);
		env.put("SEATKEEPER_USER", "nobody");
		assertEquals(0, admin("--server", "site a license server", "features"), err);
		assertTrue(out.contains("f0") && out.contains("f1"), out);
		assertEquals(2, admin("--server", ServerEntry.DEMO_NAME, "features"));
		assertTrue(err.contains("is the embedded demo server, which only Seatkeeper's window runs"), err);
	}

	@Test
	void fleetAsksEveryServerAtOnceAndADeadOrSilentOneDelaysNoneOfTheOthers() throws Exception {
		LocalDate soon = LocalDate.now().plusDays(12);
		LicenseServer one = server("one", 3, soon);
		LicenseServer two = server("two", 1, null);
		LicenseServer locked = server("locked", 1, null);
		int dead;
		try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			dead = closed.getLocalPort();
		}
		SilentServer silent = new SilentServer();
		others.add(silent);
		new ServerListFile(listFile()).update(list -> list.add(new ServerEntry("One", "http://127.0.0.1:" + one.port(), "Site A", "", "", false))
				.add(new ServerEntry("Two", "http://127.0.0.1:" + two.port(), "Site B", "", "", false))
				.add(ServerEntry.of("Dead", "http://127.0.0.1:" + dead))
				.add(ServerEntry.of("Silent", silent.url()))
				.add(new ServerEntry("Locked", "http://127.0.0.1:" + locked.port(), "", "someone", "", false)));
		env.put("SEATKEEPER_PASSWORD", PASSWORD);

		assertEquals(1, admin("fleet", "--json", "--timeout", "3"), "a server is down: " + err);
		Map<String, JsonObject> rows = new HashMap<>();
		for (JsonElement row : JsonParser.parseString(out).getAsJsonArray()) {
			rows.put(row.getAsJsonObject().get("name").getAsString(), row.getAsJsonObject());
		}
		assertEquals(List.of("One", "Two", "Dead", "Silent", "Locked"), jsonNames(JsonParser.parseString(out).getAsJsonArray()),
				"list order; the embedded demo server is left out");
		JsonObject up = rows.get("One");
		assertEquals("UP", up.get("state").getAsString());
		assertEquals(3, up.get("features").getAsInt());
		assertEquals(30, up.get("count").getAsInt());
		assertEquals(soon.toString(), up.get("nearestExpiry").getAsString());
		assertEquals(0, up.get("devices").getAsInt());
		assertEquals("UP", rows.get("Two").get("state").getAsString());
		assertEquals("DOWN", rows.get("Dead").get("state").getAsString());
		assertEquals("DOWN", rows.get("Silent").get("state").getAsString());
		assertTrue(rows.get("Silent").get("detail").getAsString().matches("(?i).*(no answer within 3 s|timed out|time).*"),
				rows.get("Silent").get("detail").getAsString());
		assertEquals("LOGIN_NEEDED", rows.get("Locked").get("state").getAsString(), rows.get("Locked").toString());
		for (String name : List.of("One", "Two")) {
			assertTrue(rows.get(name).get("millis").getAsLong() < 3000, name + " was not held up by the silent server: " + rows.get(name));
		}

		assertEquals(1, admin("fleet", "--timeout", "3"));
		assertTrue(out.contains("NAME") && out.contains("One") && out.contains("up") && out.contains("DOWN") && out.contains("login needed"), out);
		assertTrue(out.contains("the embedded demo server is left out"), out);

		new ServerListFile(listFile()).update(list -> list.remove("Dead").remove("Silent"));
		assertEquals(0, admin("fleet", "--timeout", "3"), "none is down (a login needed is not down): " + out + err);
	}

	private static List<String> jsonNames(JsonArray rows) {
		List<String> names = new ArrayList<>();
		rows.forEach(row -> names.add(row.getAsJsonObject().get("name").getAsString()));
		return names;
	}
}
