package org.seatkeeper.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.testing.MovableClock;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

class DemoTest {

	@TempDir
	Path dir;

	private static LicenseServer start(Path data) throws Exception {
		return LicenseServer.start(ServerOptions.of(0, data).withBindAddress("127.0.0.1").withAdminPassword(ServerFixture.ADMIN_PASSWORD)
				.withConsole(s -> {
				}).withDemo(true));
	}

	private static int used(ServerFixture client, String admin) {
		int used = 0;
		for (JsonElement feature : client.get("features", admin).json().getAsJsonArray()) {
			used += feature.getAsJsonObject().get("used").getAsInt();
		}
		return used;
	}

	@Test
	void theDemoSeedsAnEmptyServerOnceAndItsDevicesUseLicenses() throws Exception {
		try (LicenseServer server = start(dir)) {
			ServerFixture client = new ServerFixture(server, dir, new MovableClock());
			String admin = client.admin();
			JsonArray features = client.get("features", admin).json().getAsJsonArray();
			assertEquals(10, features.size());
			assertEquals(2, client.get("reservationgroups", admin).json().getAsJsonArray().size());
			ServerFixture.waitUntil(() -> used(client, admin) > 0, System.nanoTime() + 20_000_000_000L);
			int used = used(client, admin);
			assertTrue(used > 0, "the simulated devices check licenses out");
			assertTrue(client.get("clients", admin).json().getAsJsonArray().size() > 0);
			assertEquals(List.of(), server.licensing().audit());
		}
		try (LicenseServer again = start(dir)) {
			assertEquals(10, again.licensing().featureCount(), "an existing server is not seeded again");
		}
	}
}
