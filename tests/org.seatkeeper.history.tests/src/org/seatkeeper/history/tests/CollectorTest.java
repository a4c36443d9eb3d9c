package org.seatkeeper.history.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.client.ClientOptions;
import org.seatkeeper.core.client.Credentials;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.core.fleet.ServerListFile;
import org.seatkeeper.history.DeviceSession;
import org.seatkeeper.history.HistoryDatabase;
import org.seatkeeper.history.Point;
import org.seatkeeper.history.collector.Collector;
import org.seatkeeper.history.collector.Collector.Round;
import org.seatkeeper.history.collector.HistoryWriter;
import org.seatkeeper.history.internal.cli.WatchCommand;
import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;
import org.seatkeeper.testing.MovableClock;

import com.google.gson.JsonParser;

/**
 * The collector on real embedded license servers: {@code ./seatkeeper watch} records every server of the list
 * (a dead one as down), a database that goes down and comes back loses nothing below the buffer's limit, and two
 * watchers on one shared PostgreSQL write each sample once.
 */
class CollectorTest {

	static final String PASSWORD = "Adm1n-Passw0rd!";
	private static final Instant NOW = Instant.parse("2026-12-04T10:00:30Z");

	@TempDir
	Path dir;
	private LicenseServer berlin;
	private final MovableClock clock = new MovableClock(NOW);
	private final List<AutoCloseable> closing = new ArrayList<>();
	private String out;
	private String err;

	@BeforeEach
	void startServer() throws Exception {
		berlin = LicenseServer.start(ServerOptions.of(0, dir.resolve("berlin")).withBindAddress("127.0.0.1").withAdminPassword(PASSWORD)
				.withConsole(s -> {
				}));
		closing.add(berlin);
		berlin.licensing().addFeatures(List.of(feature("CAD", 10), feature("CAM", 5)));
		checkout("host-a", "CAD", 3);
		checkout("host-b", "CAD", 2);
	}

	@AfterEach
	void stop() throws Exception {
		for (AutoCloseable resource : closing.reversed()) {
			resource.close();
		}
	}

	private static FeatureRecord feature(String name, int count) {
		return new FeatureRecord(0, name, "1.0", count, LocalDate.of(2027, 6, 30), null, null, "demo", 0, false, "ACT-" + name, "", null, null,
				null);
	}

	private void checkout(String host, String feature, int count) throws Exception {
		berlin.licensing().capability(JsonParser.parseString("{\"hostId\":{\"type\":\"STRING\",\"value\":\"" + host + "\"},\"features\":[{\"name\":\""
				+ feature + "\",\"version\":\"1.0\",\"count\":" + count + "}]}").getAsJsonObject(), true);
	}

	private static int deadPort() throws IOException {
		try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return closed.getLocalPort();
		}
	}

	private Path list(ServerEntry... entries) throws Exception {
		Path file = dir.resolve("servers.json");
		new ServerListFile(file).update(list -> {
			for (ServerEntry entry : entries) {
				list = list.add(entry);
			}
			return list;
		});
		return file;
	}

	private ServerEntry berlinEntry() {
		return new ServerEntry("Berlin", "http://127.0.0.1:" + berlin.port(), "", "admin", "", false);
	}

	private int watch(String... args) {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		Map<String, String> env = new HashMap<>(Map.of("SEATKEEPER_PASSWORD", PASSWORD));
		int status = new WatchCommand(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8), env,
				dir.resolve("home"), clock).run(List.of(args));
		out = o.toString(StandardCharsets.UTF_8);
		err = e.toString(StandardCharsets.UTF_8);
		return status;
	}

	@Test
	void watchRecordsEveryServerOfTheListAndADeadOneAsDown() throws Exception {
		Path servers = list(berlinEntry(), ServerEntry.of("Dead", "http://127.0.0.1:" + deadPort()));
		String url = "jdbc:h2:file:" + dir.resolve("history").toAbsolutePath();
		assertEquals(0, watch("--servers", servers.toString(), "--db", url, "--rounds", "1", "--timeout", "5s"), err);
		assertTrue(out.contains("2026-12-04T10:00:00Z  2 servers: 1 up, 1 down (Dead: "), "aligned to the minute; the demo server left out: " + out);
		assertTrue(out.contains("; written") && out.contains("stopped"), out);
		try (HistoryDatabase db = HistoryDatabase.open(url)) {
			Instant at = Instant.parse("2026-12-04T10:00:00Z");
			List<Point> cad = db.series("Berlin", "CAD", "1.0", at, at.plusSeconds(60));
			assertEquals(List.of(new Point(at, true, OptionalInt.of(5), OptionalInt.of(10))), cad);
			List<Point> dead = db.series("Dead", "CAD", "1.0", at, at.plusSeconds(60));
			assertEquals(1, dead.size());
			assertFalse(dead.get(0).up(), "down, a gap");
			assertEquals(List.of(new DeviceSession("host-a", "CAD", "1.0", at, Optional.empty()), new DeviceSession("host-b", "CAD", "1.0", at,
					Optional.empty())), db.sessions("Berlin", at, at.plusSeconds(60)));
			assertEquals(5, db.hours("Berlin", "CAD", "1.0", at, at.plusSeconds(3600)).get(0).usedMax(), "the hour's rollup");
		}
		assertEquals(2, watch("--servers", servers.toString(), "--interval", "0s"));
		assertTrue(err.contains("'0s' is not between 1 s and 24 h"), err);
	}

	@Test
	void aDatabaseThatIsDownKeepsTheSamplesWaitingUpToItsLimitAndTheRestIsWrittenWhenItIsBack() throws Exception {
		Assumptions.assumeTrue(PostgresServer.runsHere(), "the PostgreSQL binaries of the build run on Linux x86-64");
		Path data = dir.resolve("pgdata");
		PostgresServer postgres = PostgresServer.start(Optional.of(data), 0);
		int port = postgres.port();
		String url = postgres.url("postgres");
		List<ServerEntry> servers = List.of(berlinEntry());
		LicenseServerClient client = new LicenseServerClient(ClientOptions.of(berlinEntry().address())
				.withCredentials((where, problem) -> problem == null ? Optional.of(new Credentials("admin", PASSWORD.toCharArray())) : Optional.empty()));
		closing.add(client::close);
		Duration minute = Duration.ofSeconds(60);
		try (Collector collector = new Collector(new HistoryWriter(() -> HistoryDatabase.open(url)), 2, clock)) {
			Round first = collector.collect(servers, entry -> Optional.of(client), minute, Duration.ofSeconds(5));
			assertEquals(Optional.empty(), first.problem());
			postgres.close(); // the database server stops
			List<Round> down = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				clock.advance(minute);
				down.add(collector.collect(servers, entry -> Optional.of(client), minute, Duration.ofSeconds(5)));
			}
			assertTrue(down.get(0).problem().isPresent(), "the problem is said");
			assertEquals(List.of(1, 2, 2), down.stream().map(Round::waiting).toList());
			assertEquals(1, down.get(2).dropped(), "the oldest dropped and counted");
			assertTrue(WatchCommand.summary(down.get(2)).contains("2 samples waiting for the database, 1 dropped"), WatchCommand.summary(down.get(2)));
			postgres = PostgresServer.start(Optional.of(data), port); // back, on the same data
			clock.advance(minute);
			Round back = collector.collect(servers, entry -> Optional.of(client), minute, Duration.ofSeconds(5));
			assertEquals(Optional.empty(), back.problem(), "opened again");
			assertEquals(0, back.waiting());
			assertEquals(2, back.dropped(), "the round that found it back added one more to a full buffer");
			try (HistoryDatabase db = HistoryDatabase.open(url)) {
				Instant start = Instant.parse("2026-12-04T10:00:00Z");
				List<Instant> times = db.series("Berlin", "CAD", "1.0", start, start.plus(Duration.ofMinutes(10))).stream().map(Point::at).toList();
				assertEquals(List.of(start, start.plus(minute.multipliedBy(3)), start.plus(minute.multipliedBy(4))), times,
						"the first, then the newest two the buffer of two kept: the rest dropped, never a zero in their place");
			}
		} finally {
			postgres.close();
		}
	}

	@Test
	void twoWatchersOnOneSharedPostgreSqlWriteEachSampleOnce() throws Exception {
		Assumptions.assumeTrue(PostgresServer.runsHere(), "the PostgreSQL binaries of the build run on Linux x86-64");
		try (PostgresServer postgres = PostgresServer.start(Optional.empty(), 0)) {
			String url = postgres.newDatabase();
			Path servers = list(berlinEntry());
			assertEquals(0, watch("--servers", servers.toString(), "--db", url, "--rounds", "1"), err);
			clock.advance(Duration.ofSeconds(10)); // a second watcher, on another machine, in the same minute
			assertEquals(0, watch("--servers", servers.toString(), "--db", url, "--rounds", "1"), err);
			try (HistoryDatabase db = HistoryDatabase.open(url)) {
				assertTrue(db.shared());
				Instant hour = Instant.parse("2026-12-04T10:00:00Z");
				assertEquals(1, db.hours("Berlin", "CAD", "1.0", hour, hour.plusSeconds(3600)).get(0).samples(), "written once");
			}
		}
	}
}
