package org.seatkeeper.core.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.core.fleet.ServerList;
import org.seatkeeper.core.fleet.ServerListException;
import org.seatkeeper.core.fleet.ServerListFile;

/** The list of servers: unique names, checked entries, its JSON, import, and the file two writers share. */
class ServerListTest {

	@TempDir
	Path dir;

	private static final ServerEntry PROD = new ServerEntry("Production", "https://licenses.example.com:7070", "Site A", "ops", "the big one",
			false);

	@Test
	void namesAreUniqueWhateverTheirLetterCase() {
		ServerList list = ServerList.withDemo().add(PROD);
		assertEquals(List.of(ServerEntry.DEMO_NAME, "Production"), list.entries().stream().map(ServerEntry::name).toList());
		IllegalArgumentException taken = assertThrows(IllegalArgumentException.class, () -> list.add(ServerEntry.of("production", "h:1")));
		assertEquals("There is already a server named 'Production'", taken.getMessage());
		assertEquals(PROD, list.find("PRODUCTION").orElseThrow());
		assertThrows(IllegalArgumentException.class, () -> list.replace(ServerEntry.DEMO_NAME, PROD.withName("demo server (EMBEDDED)")));
		assertEquals("There is no server named 'Test'", assertThrows(IllegalArgumentException.class, () -> list.remove("Test")).getMessage());
		assertEquals("The list holds the embedded demo server once",
				assertThrows(IllegalArgumentException.class, () -> list.add(ServerEntry.demo().withName("Another demo"))).getMessage());
	}

	@Test
	void anEntrySaysWhichFieldIsWrong() {
		assertEquals("A server needs a name", assertThrows(IllegalArgumentException.class, () -> ServerEntry.of("  ", "h")).getMessage());
		assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerEntry.of("Lab", "ftp://lab")).getMessage()
				.startsWith("The address of 'Lab': 'ftp://lab' is not an http or https address"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerEntry.of("x".repeat(81), "h")).getMessage().contains("at most 80"));
		assertEquals("'Demo' is the embedded server: it has no address to give",
				assertThrows(IllegalArgumentException.class, () -> new ServerEntry("Demo", "h:1", "", "", "", true)).getMessage());
	}

	@Test
	void renamingAndRegroupingKeepTheServersPlace() {
		ServerList list = ServerList.of(List.of(ServerEntry.of("A", "a:1"), PROD, ServerEntry.of("C", "c:1")));
		ServerList changed = list.replace("production", PROD.withName("Prod (A)").withGroup("Vendor X"));
		assertEquals(List.of("A", "Prod (A)", "C"), changed.entries().stream().map(ServerEntry::name).toList());
		assertEquals("Vendor X", changed.find("prod (a)").orElseThrow().group());
		assertEquals(List.of("Vendor X"), List.copyOf(changed.groups()));
	}

	@Test
	void theJsonHoldsEveryFieldAndReadsBackTheSame() throws Exception {
		ServerList list = ServerList.withDemo().add(PROD).add(ServerEntry.of("Lab", "lab-1"));
		String json = list.toJson();
		assertTrue(json.contains("\"url\": \"https://licenses.example.com:7070\""), json);
		assertTrue(json.contains("\"embedded\": true"), json);
		assertFalse(json.contains("\"group\": \"\""), "empty fields are left out: " + json);
		assertEquals(list, ServerList.parse(json, "servers.json"));
	}

	@Test
	void aBadListSaysWhereAndWhat() {
		assertTrue(message("{\"servers\":[", "f.json").startsWith("f.json is not JSON: "));
		assertEquals("f.json is not a server list: it holds no JSON object", message("[1]", "f.json"));
		assertEquals("f.json was written by a newer Seatkeeper (list version 7; this one reads 1)", message("{\"version\":7,\"servers\":[]}", "f.json"));
		assertEquals("f.json has no \"servers\" array", message("{}", "f.json"));
		assertEquals("f.json: server 2: A server needs a name", message("{\"servers\":[{\"name\":\"a\",\"url\":\"h\"},{\"url\":\"h\"}]}", "f.json"));
		assertEquals("f.json: server 2: the name 'A' is given twice", message("{\"servers\":[{\"name\":\"a\",\"url\":\"h\"},{\"name\":\"A\",\"url\":\"g\"}]}",
				"f.json"));
	}

	private static String message(String json, String where) {
		return assertThrows(ServerListException.class, () -> ServerList.parse(json, where)).getMessage();
	}

	@Test
	void importingAddsNewServersAndKeepsOrReplacesTheOthers() {
		ServerList mine = ServerList.withDemo().add(PROD);
		ServerList theirs = ServerList.withDemo().add(PROD.withGroup("Site B")).add(ServerEntry.of("Lab", "lab:7070"));
		ServerList.Import kept = mine.importing(theirs, false);
		assertEquals(List.of("Lab"), kept.added());
		assertEquals(List.of(ServerEntry.DEMO_NAME, "Production"), kept.kept());
		assertEquals("Site A", kept.list().find("Production").orElseThrow().group());
		ServerList.Import replaced = mine.importing(theirs, true);
		assertEquals(List.of(ServerEntry.DEMO_NAME, "Production"), replaced.replaced());
		assertEquals("Site B", replaced.list().find("Production").orElseThrow().group());
		assertEquals(3, replaced.list().entries().size());
	}

	@Test
	void aFileThatDoesNotExistYetIsTheFirstStartsList() throws Exception {
		ServerListFile file = new ServerListFile(dir.resolve("servers.json"));
		assertFalse(file.exists());
		assertEquals(ServerList.withDemo(), file.read());
		file.update(list -> list.add(PROD));
		assertEquals(ServerList.withDemo().add(PROD), new ServerListFile(dir.resolve("servers.json")).read());
		assertEquals(List.of("servers.json", "servers.json.lock"), Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList(),
				"no temporary file is left");
	}

	@Test
	void aRefusedChangeLeavesTheFileAsItWas() throws Exception {
		ServerListFile file = new ServerListFile(dir.resolve("servers.json"));
		file.update(list -> list.add(PROD));
		String before = Files.readString(file.path());
		assertThrows(IllegalArgumentException.class, () -> file.update(list -> list.add(PROD)));
		assertEquals(before, Files.readString(file.path()));
	}

	@Test
	void writersAtTheSameTimeLoseNoneOfTheirChanges() throws Exception {
		Path path = dir.resolve("servers.json");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int writer = 0; writer < 4; writer++) {
				int w = writer;
				done.add(pool.submit(() -> {
					for (int i = 0; i < 25; i++) {
						String name = "w" + w + "-" + i;
						int port = 7000 + i;
						new ServerListFile(path).update(list -> list.add(ServerEntry.of(name, "host-" + w + ":" + port)));
					}
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		} finally {
			pool.shutdownNow();
		}
		assertEquals(101, new ServerListFile(path).read().entries().size(), "the demo server and 4 × 25 added");
	}
}
