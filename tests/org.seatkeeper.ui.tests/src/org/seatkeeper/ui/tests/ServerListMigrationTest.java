package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.client.ServerAddress;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.core.fleet.ServerList;
import org.seatkeeper.core.fleet.ServerListFile;
import org.seatkeeper.ui.internal.connection.LegacyServerSetting;
import org.seatkeeper.ui.internal.connection.ServerConnections;

/** The single server of earlier versions' Settings, moved into the server list at the first start with the list. */
class ServerListMigrationTest {

	@TempDir
	Path dir;
	private IEclipsePreferences preferences;
	private ServerListFile file;

	@BeforeEach
	void preferences() {
		preferences = InstanceScope.INSTANCE.getNode("org.seatkeeper.ui.tests.migration." + System.nanoTime());
		file = new ServerListFile(dir.resolve("servers.json"));
	}

	@AfterEach
	void remove() throws Exception {
		preferences.removeNode();
	}

	/** Starts the window's connections on the preferences and the file, as at a start; answers the list and the current server. */
	private List<String> start() throws Exception {
		ServerConnections connections = new ServerConnections(preferences, file, dir.resolve("demo"), null);
		try {
			ServerList list = connections.awaitList(null);
			return List.of(list.entries().stream().map(e -> e.name() + "=" + (e.embedded() ? "embedded" : e.address().toString()))
					.reduce((a, b) -> a + ", " + b).orElse(""), connections.currentName());
		} finally {
			connections.dispose();
		}
	}

	@Test
	void theServerOnTheNetworkBecomesAnEntryAndTheCurrentServerOnce() throws Exception {
		preferences.putBoolean(LegacyServerSetting.EMBEDDED, false);
		preferences.put(LegacyServerSetting.HOST, "lls.example.com");
		preferences.putInt(LegacyServerSetting.PORT, 7443);
		preferences.putBoolean(LegacyServerSetting.HTTPS, true);

		String https = ServerAddress.of("lls.example.com", 7443, true).toString();
		assertEquals(List.of(ServerEntry.DEMO_NAME + "=embedded, lls.example.com:7443=" + https, "lls.example.com:7443"), start());
		assertTrue(file.exists(), "the list is written");
		assertNull(preferences.get(LegacyServerSetting.HOST, null), "the old setting is gone");
		assertNull(preferences.get(LegacyServerSetting.EMBEDDED, null));
		assertEquals("lls.example.com:7443", preferences.get(ServerConnections.CURRENT, null));

		assertEquals(List.of(ServerEntry.DEMO_NAME + "=embedded, lls.example.com:7443=" + https, "lls.example.com:7443"), start(),
				"the next start moves nothing more");
	}

	@Test
	void aServerTheListHasAlreadyIsNotAddedTwiceAndTheEmbeddedOneChoosesTheDemoEntry() throws Exception {
		file.update(list -> list.add(ServerEntry.of("Lab", "lab.example.com:7070")));
		preferences.putBoolean(LegacyServerSetting.EMBEDDED, false);
		preferences.put(LegacyServerSetting.HOST, "LAB.example.com");
		preferences.putInt(LegacyServerSetting.PORT, 7070);
		String lab = ServerAddress.parse("lab.example.com:7070").toString();
		assertEquals(List.of(ServerEntry.DEMO_NAME + "=embedded, Lab=" + lab, "Lab"), start());

		preferences.putBoolean(LegacyServerSetting.EMBEDDED, true);
		assertEquals(List.of(ServerEntry.DEMO_NAME + "=embedded, Lab=" + lab, ServerEntry.DEMO_NAME), start());
	}
}
