package org.seatkeeper.core.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.internal.cli.AdminCommand;
import org.seatkeeper.testing.shapes.StandInServer;
import org.seatkeeper.testing.shapes.StandInServer.Part;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code seatkeeper admin} against a stand-in that answers with real servers' shapes, some parts missing. */
class AdminCommandRealServerTest {

	@TempDir
	Path dir;
	StandInServer server;
	final Map<String, String> env = new HashMap<>();
	String out;
	String err;

	@AfterEach
	void stop() {
		server.close();
	}

	private void serve(StandInServer standIn) {
		server = standIn;
		env.put("SEATKEEPER_SERVER", standIn.url());
		env.put("SEATKEEPER_PASSWORD", StandInServer.PASSWORD);
	}

	int admin(String... args) {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		int status = new AdminCommand(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
				env, null, dir.resolve("trusted")).run(List.of(args));
		out = o.toString(StandardCharsets.UTF_8);
		err = e.toString(StandardCharsets.UTF_8);
		return status;
	}

	private boolean hasLine(String regex) {
		return out.lines().anyMatch(line -> line.matches(regex));
	}

	@Test
	void featuresShowListsTheDevicesARealServerNestsInItsUsageRecords() throws Exception {
		serve(StandInServer.offeringAll());
		assertEquals(0, admin("features", "show", "41"), err);
		// the device under a usage record has no host name (§1.4.8): its alias is not made up
		assertTrue(hasLine("\\s*5C60BA1F4E27A0D31C88\\s+STRING\\s+PHYSICAL\\s+-\\s+2\\s+0\\s+CONCURRENT\\s+2026-12-07T08:12:44.518Z\\s*"), out);
		assertTrue(hasLine("\\s*9E2D77C0B4A1\\s+ETHERNET\\s+VIRTUAL\\s+-\\s+1\\s+1\\s+CONCURRENT\\s+.*"), out);
		assertTrue(out.contains("Devices served: 2"), out);
		assertTrue(server.seen.contains("/api/1.0/instances/~/features/41/clients"), server.seen.toString());

		assertEquals(0, admin("--json", "features", "show", "41"), err);
		JsonObject json = JsonParser.parseString(out).getAsJsonObject();
		assertEquals(2, json.getAsJsonArray("devices").size());
		assertEquals(2, json.getAsJsonArray("devices").get(0).getAsJsonObject().get("useCount").getAsInt());
		assertEquals(0, json.getAsJsonArray("missing").size());
	}

	@Test
	void statusAgainstAServerWithOnlyHealthFeaturesAndClientsNamesEachMissingPart() throws Exception {
		serve(StandInServer.offering(Part.HEALTH, Part.FEATURES, Part.CLIENTS));
		assertEquals(0, admin("status"), err);
		assertTrue(hasLine("Version\\s+2021\\.05\\.0"), out);
		assertTrue(hasLine("Build\\s+build 2021\\.05\\.0\\.241, built 2021-05-20T14:12:09Z, branch release/2021\\.05, commit 5f3c2a9e81d4, "
				+ "patch 1, FlexNet Embedded 2021\\.05\\.0\\.117"), out);
		assertTrue(hasLine("REST security\\s+enabled"), out);
		assertTrue(hasLine("HTTP auth\\s+disabled"), out);
		assertTrue(hasLine("Licensing security\\s+enabled"), out);
		assertTrue(hasLine("Features\\s+3 records of 2 features"), out);
		assertTrue(hasLine("Devices\\s+3 \\(2 being served\\)"), out);
		assertTrue(out.endsWith("This server has no version report.\nThis server has no reservation groups.\n"
				+ "This server has no model definition.\n"), "a line for each missing part, after what the server gave: " + out);
		assertFalse(hasLine("Reservations\\s+.*") || hasLine("Model\\s+.*"), "nothing is made up for what is missing: " + out);
		assertEquals("", err);

		assertEquals(0, admin("--json", "status"), err);
		JsonObject json = JsonParser.parseString(out).getAsJsonObject();
		assertEquals(List.of("version", "reservationgroups", "model"), json.getAsJsonArray("missing").asList().stream()
				.map(m -> m.getAsJsonObject().get("part").getAsString()).toList());
		assertEquals("enabled", json.getAsJsonObject("health").get("licensingSecurity").getAsString());
	}

	@Test
	void summariesPoolsAndDevicesAreDerivedAndSaySo() throws Exception {
		serve(StandInServer.offering(Part.HEALTH, Part.FEATURES, Part.CLIENTS));
		assertEquals(0, admin("features", "--summary"), err);
		assertTrue(hasLine("\\s*cad_base\\s+2\\.0\\s+25\\s+4\\s+21\\s+.*"), out);
		assertTrue(out.contains("This server has no feature summaries; these totals are added up from the feature records."), out);

		assertEquals(0, admin("pools"), err);
		assertTrue(hasLine("default \\(default\\)\\s+cad_base\\s+2\\.0\\s+permanent\\s+20\\s+3\\s+20\\s+NORMAL"), out);
		assertTrue(out.contains("This server has no license pools; the default pool is made from the feature records."), out);

		assertEquals(0, admin("devices"), err);
		assertTrue(hasLine("\\s*3107\\s+5C60BA1F4E27A0D31C88\\s+STRING\\s+PHYSICAL\\s+ws-design-07\\s+NORMAL\\s+-\\s+.*"),
				"what a device holds is not made up as 0: " + out);
		assertTrue(out.contains("do not list what each device holds"), out);

		assertEquals(0, admin("devices", "show", "3107"), err);
		assertTrue(hasLine("Server hostid\\s+0050568A3C1D \\(ETHERNET\\)"), out);
		assertTrue(hasLine("Trusted\\s+no"), out);
		assertTrue(hasLine("Last operation\\s+REQUEST"), out);
		assertTrue(out.contains("This server has no list of the devices a feature serves; what the device holds cannot be listed."), out);
	}

	@Test
	void devicesShowLooksUpWhatADeviceHoldsInTheUsageRecords() throws Exception {
		serve(StandInServer.offeringAll());
		assertEquals(0, admin("devices", "show", "3112"), err);
		assertTrue(hasLine("Hostid on record\\s+VM-4C1F-88A2 \\(VM_UUID\\)"), out);
		assertTrue(hasLine("Trusted\\s+yes"), out);
		assertTrue(hasLine("\\s*cad_base\\s+2\\.0\\s+1\\s+1\\s+-\\s+permanent\\s+.*"), "found in feature 41's usage records: " + out);
	}

	@Test
	void aRefusedLoginNamesTheUserWithoutJavaExceptionNames() throws Exception {
		serve(StandInServer.offeringAll());
		env.put("SEATKEEPER_PASSWORD", "Wr0ng-Passw0rd!");
		assertEquals(1, admin("features"));
		assertEquals("seatkeeper admin: The server refused the user name or password (user admin)\n", err);
	}
}
