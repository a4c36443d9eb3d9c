package org.seatkeeper.history.tests.bench;

import static org.seatkeeper.testing.BenchFigures.intArg;
import static org.seatkeeper.testing.BenchFigures.max;
import static org.seatkeeper.testing.BenchFigures.median;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.google.gson.JsonParser;
import org.seatkeeper.core.client.ClientOptions;
import org.seatkeeper.core.client.Credentials;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.history.FeatureSample;
import org.seatkeeper.history.HistoryDatabase;
import org.seatkeeper.history.Point;
import org.seatkeeper.history.Sample;
import org.seatkeeper.history.collector.Collector.Round;
import org.seatkeeper.history.collector.Collector;
import org.seatkeeper.history.collector.HistoryWriter;
import org.seatkeeper.history.tests.PostgresServer;
import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;
import org.seatkeeper.testing.MovableClock;

/**
 * The history's speed: {@code ./seatkeeper bench history}. Ingest into H2 and into a real PostgreSQL (the
 * build's binaries), a year of monthly peaks for 200 features, 30 days of 1-minute samples read back, and the
 * collector's CPU for 50 embedded servers. Goals (issue 26): ingest ≥ 100,000 samples/s into H2; the peaks in
 * ≤ 200 ms; the collector's cost at 60 s as a share of one core.
 */
public final class HistoryBenchmark {

	private static final String PASSWORD = "B3nch-Passw0rd!";
	private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
	private static final int FEATURES = 200;

	private HistoryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Files.createTempDirectory("seatkeeper-history-bench");
		int servers = intArg(args, "--servers", 50);
		System.out.printf("[bench] history: %d features per server; H2 %s%n", FEATURES, dir);
		benchStore("H2", "jdbc:h2:file:" + dir.resolve("h2").resolve("history").toAbsolutePath());
		if (PostgresServer.runsHere()) {
			try (PostgresServer postgres = PostgresServer.start(Optional.empty(), 0)) {
				benchStore("PostgreSQL 14", postgres.newDatabase());
			}
		} else {
			System.out.println("[bench] PostgreSQL: the build's binaries do not run on this machine; not measured");
		}
		benchCollector(dir, servers);
	}

	/** A minute of {@code FEATURES} features of one server. */
	private static Sample minute(String server, int minute) {
		List<FeatureSample> features = new ArrayList<>(FEATURES);
		for (int f = 0; f < FEATURES; f++) {
			int total = 10 + f % 40;
			int used = (int) (total * (0.5 + 0.5 * Math.sin((minute + f * 7) / 90.0)));
			features.add(new FeatureSample("feature_" + f, "1.0", used, total, 0, 0, used));
		}
		return new Sample.Up(server, START.plus(Duration.ofMinutes(minute)), features);
	}

	private static void benchStore(String kind, String url) throws Exception {
		try (HistoryDatabase db = HistoryDatabase.open(url)) {
			int minutes = 1500; // 300,000 samples
			long cold = System.nanoTime();
			ingest(db, "Warm-up", 0, minutes, 10); // the same amount on a cold JVM: class loading, JIT
			double coldSeconds = (System.nanoTime() - cold) / 1e9;
			System.out.printf("[bench] %s ingest, the first %,d feature samples (a cold JVM): %,.0f samples/s%n", kind, minutes * FEATURES,
					minutes * FEATURES / coldSeconds);
			for (int perTransaction : new int[] { 10, 60 }) {
				String server = "Berlin " + perTransaction;
				long start = System.nanoTime();
				ingest(db, server, 0, minutes, perTransaction);
				double seconds = (System.nanoTime() - start) / 1e9;
				System.out.printf("[bench] %s ingest, then %,d feature samples (%d minutes of %d features, %d minutes a transaction, rollups kept) "
						+ "in %.2f s = %,.0f samples/s — goal (H2) ≥ 100,000/s%n", kind, minutes * FEATURES, minutes, FEATURES, perTransaction, seconds,
						minutes * FEATURES / seconds);
			}
			long again = System.nanoTime();
			ingest(db, "Berlin 10", 0, 100, 10);
			System.out.printf("[bench] %s re-ingest of %,d samples already there (kept once, rollups unchanged): %,.0f samples/s%n", kind,
					100 * FEATURES, 100 * FEATURES / ((System.nanoTime() - again) / 1e9));

			// a year of days for 200 features: one sample a day each gives the daily rollups a year of use has
			List<Sample> days = new ArrayList<>();
			for (int day = 0; day < 365; day++) {
				days.add(minute("Paris", day * 1440 + 600 + day % 300));
			}
			for (int i = 0; i < days.size(); i += 20) {
				db.record(days.subList(i, Math.min(days.size(), i + 20)));
			}
			db.analyze(); // as the collector does daily (and PostgreSQL's autovacuum within a minute of such a load)
			long[] peaks = new long[10];
			int rows = 0;
			for (int run = 0; run < peaks.length; run++) {
				long t = System.nanoTime();
				rows = db.peaks("Paris", YearMonth.of(2026, 1), YearMonth.of(2026, 12)).size();
				peaks[run] = System.nanoTime() - t;
			}
			System.out.printf("[bench] %s a year of monthly peaks for %d features (%d feature-months from %,d daily rollups), 10 runs: "
					+ "median %.1f ms, max %.1f ms — goal ≤ 200 ms%n", kind, FEATURES, rows, 365 * FEATURES, median(peaks) / 1e6, max(peaks) / 1e6);

			// 30 days of 1-minute samples of one feature: 43,200 points
			List<Sample> month = new ArrayList<>();
			for (int m = 0; m < 43_200; m++) {
				month.add(new Sample.Up("Tokyo", START.plus(Duration.ofMinutes(m)), List.of(new FeatureSample("CAD", "1.0", m % 17, 20, 0, 0,
						m % 17))));
			}
			for (int i = 0; i < month.size(); i += 2_000) {
				db.record(month.subList(i, Math.min(month.size(), i + 2_000)));
			}
			db.analyze();
			long[] series = new long[5];
			int points = 0;
			for (int run = 0; run < series.length; run++) {
				long t = System.nanoTime();
				List<Point> read = db.series("Tokyo", "CAD", "1.0", START, START.plus(Duration.ofDays(30)));
				series[run] = System.nanoTime() - t;
				points = read.size();
			}
			System.out.printf("[bench] %s 30 days of 1-minute samples read back: %,d points, 5 runs: median %.0f ms, max %.0f ms "
					+ "(the query's part of the ≤ 300 ms from query to chart; the chart's part: bench history's window half)%n", kind, points,
					median(series) / 1e6, max(series) / 1e6);
		}
	}

	private static void ingest(HistoryDatabase db, String server, int from, int to, int perTransaction) throws Exception {
		List<Sample> batch = new ArrayList<>();
		for (int m = from; m < to; m++) {
			batch.add(minute(server, m));
			if (batch.size() == perTransaction) {
				db.record(batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			db.record(batch);
		}
	}

	private static void benchCollector(Path dir, int count) throws Exception {
		List<LicenseServer> servers = new ArrayList<>();
		List<ServerEntry> entries = new ArrayList<>();
		Map<ServerEntry, LicenseServerClient> clients = new ConcurrentHashMap<>();
		try {
			for (int i = 0; i < count; i++) {
				LicenseServer server = LicenseServer.start(ServerOptions.of(0, dir.resolve("s" + i)).withBindAddress("127.0.0.1")
						.withAdminPassword(PASSWORD).withConsole(line -> {
						}));
				servers.add(server);
				List<FeatureRecord> records = new ArrayList<>();
				for (int f = 0; f < 5 + i % 20; f++) {
					records.add(new FeatureRecord(0, "feature_" + f, "1.0", 10 + f, LocalDate.now().plusDays(30 + f), null, null, "bench", 0, false,
							"ACT-" + i + "-" + f, "", null, null, null));
				}
				server.licensing().addFeatures(records);
				for (int d = 0; d < 3; d++) { // three devices hold counts of two features: the devices are asked too
					server.licensing().capability(JsonParser.parseString("{\"hostId\":{\"type\":\"STRING\",\"value\":\"host-" + d + "\"},"
							+ "\"features\":[{\"name\":\"feature_0\",\"version\":\"1.0\",\"count\":2},{\"name\":\"feature_1\",\"version\":\"1.0\","
							+ "\"count\":1}]}").getAsJsonObject(), true);
				}
				ServerEntry entry = new ServerEntry("Server " + (i + 1), "http://127.0.0.1:" + server.port(), "", "admin", "", false);
				entries.add(entry);
				clients.put(entry, new LicenseServerClient(ClientOptions.of(entry.address()).withCredentials((where, problem) -> problem == null
						? Optional.of(new Credentials("admin", PASSWORD.toCharArray())) : Optional.empty())));
			}
			String url = "jdbc:h2:file:" + dir.resolve("collector").resolve("history").toAbsolutePath();
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			MovableClock clock = new MovableClock(Instant.now());
			try (Collector collector = new Collector(new HistoryWriter(() -> HistoryDatabase.open(url)), Collector.BUFFERED, clock)) {
				collector.collect(entries, e -> Optional.ofNullable(clients.get(e)), Duration.ofSeconds(60), Duration.ofSeconds(10)); // logins
				int runs = 5;
				long[] cpu = new long[runs];
				long[] wall = new long[runs];
				for (int run = 0; run < runs; run++) {
					clock.advance(Duration.ofSeconds(60));
					Map<Long, Long> byThread = new ConcurrentHashMap<>();
					long own = threads.getCurrentThreadCpuTime();
					long start = System.nanoTime();
					Round round = collector.collect(entries, e -> Optional.ofNullable(clients.get(e)), Duration.ofSeconds(60),
							Duration.ofSeconds(10), reading -> byThread.put(Thread.currentThread().threadId(), threads.getCurrentThreadCpuTime()));
					wall[run] = System.nanoTime() - start;
					cpu[run] = threads.getCurrentThreadCpuTime() - own + byThread.values().stream().mapToLong(Long::longValue).sum();
					if (round.up() != count || round.problem().isPresent()) {
						System.out.printf("[bench] round %d: %d of %d up, %s%n", run + 1, round.up(), count, round.problem().orElse("written"));
					}
				}
				System.out.printf("[bench] collector, %d servers (5 to 24 feature records, 3 devices each; features, devices of the records in use, "
						+ "overages and pools asked), %d rounds: wall median %.0f ms; CPU of the collector's threads and the write median %.0f ms "
						+ "→ %.2f %% of one core at one round every 60 s%n", count, runs, median(wall) / 1e6, median(cpu) / 1e6,
						median(cpu) / 1e9 / 60 * 100);
			}
		} finally {
			clients.values().forEach(LicenseServerClient::close);
			for (LicenseServer server : servers) {
				server.close();
			}
		}
	}
}
