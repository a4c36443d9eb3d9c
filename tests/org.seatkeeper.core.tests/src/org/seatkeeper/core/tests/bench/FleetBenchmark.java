package org.seatkeeper.core.tests.bench;

import static org.seatkeeper.testing.BenchFigures.intArg;
import static org.seatkeeper.testing.BenchFigures.max;
import static org.seatkeeper.testing.BenchFigures.median;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.seatkeeper.core.client.ClientOptions;
import org.seatkeeper.core.client.Credentials;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.fleet.EachServer;
import org.seatkeeper.core.fleet.FleetSurvey.Row;
import org.seatkeeper.core.fleet.FleetSurvey.State;
import org.seatkeeper.core.fleet.FleetSurvey;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;
import org.seatkeeper.testing.server.SilentServer;

/**
 * The fleet survey's speed: {@code ./seatkeeper bench fleet [--servers 50] [--runs 5] [--limit 5]}. Starts
 * that many embedded servers with different data in this JVM (5 to 54 feature records each, some counts in
 * use), surveys them once (each client logs in), then times full refreshes of all of them with the same
 * clients, as a window that keeps its connections does, {@value EachServer#AT_ONCE} at a time: the wall time, the
 * CPU the survey's own threads used, and the whole JVM's CPU (the servers answering included). Then the same
 * with one more server that accepts connections and never answers: when each of the others arrived, and
 * when the silent one was given up. Goals (issue 25): a full refresh of 50 servers in at most 5 s; the
 * silent server delays none of the others.
 */
public final class FleetBenchmark {

	private static final String PASSWORD = "B3nch-Passw0rd!";

	private FleetBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = intArg(args, "--servers", 50);
		int runs = intArg(args, "--runs", 5);
		Duration limit = Duration.ofSeconds(intArg(args, "--limit", 5));
		Path data = Files.createTempDirectory("seatkeeper-fleet-bench");
		List<LicenseServer> servers = new ArrayList<>();
		List<ServerEntry> entries = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < count; i++) {
			LicenseServer server = LicenseServer.start(ServerOptions.of(0, data.resolve("s" + i)).withBindAddress("127.0.0.1")
					.withAdminPassword(PASSWORD).withConsole(line -> {
					}));
			servers.add(server);
			List<FeatureRecord> records = new ArrayList<>();
			for (int f = 0; f < 5 + i; f++) {
				records.add(new FeatureRecord(0, "feature_" + f, "1." + (i % 3), 10 + f, LocalDate.now().plusDays(30 + (f * 7 + i) % 400), null,
						null, "bench", 0, false, "ACT-" + i + "-" + f, "", null, null, null));
			}
			server.licensing().addFeatures(records);
			entries.add(new ServerEntry("Server " + (i + 1), "http://127.0.0.1:" + server.port(), "Site " + (char) ('A' + i % 5), "", "", false));
		}
		System.out.printf("[bench] fleet: %d embedded servers started in %.1f s (5 to %d feature records each)%n", count,
				(System.nanoTime() - started) / 1e9, 4 + count);
		try {
			long first = System.nanoTime();
			FleetSurvey.survey(entries, FleetBenchmark::client, limit, LocalDate.now()); // the first: class loading, JIT, 50 logins
			System.out.printf("[bench] first survey (a login to each server, class loading): %.0f ms%n", (System.nanoTime() - first) / 1e6);
			long[] wall = new long[runs];
			long[] surveyCpu = new long[runs];
			long[] jvmCpu = new long[runs];
			for (int run = 0; run < runs; run++) {
				Measured measured = measure(entries, limit);
				wall[run] = measured.wallNanos;
				surveyCpu[run] = measured.surveyCpuNanos;
				jvmCpu[run] = measured.jvmCpuNanos;
				long up = measured.rows.stream().filter(r -> r.state() == State.UP).count();
				if (up != count) {
					System.out.printf("[bench] run %d: only %d of %d servers up: %s%n", run + 1, up, count, measured.rows.stream()
							.filter(r -> r.state() != State.UP).map(r -> r.server().name() + " " + r.detail()).toList());
				}
			}
			System.out.printf("[bench] full refresh of %d servers, %d at once (%d runs): median %.0f ms, max %.0f ms — goal ≤ 5,000 ms%n", count,
					EachServer.AT_ONCE, runs, median(wall) / 1e6, max(wall) / 1e6);
			System.out.printf("[bench] CPU per refresh: the survey's threads median %.0f ms; the whole JVM, the %d servers answering "
					+ "included, median %.0f ms%n", median(surveyCpu) / 1e6, count, median(jvmCpu) / 1e6);
			System.out.printf("[bench] every 60 s, the survey's threads would use %.2f %% of one core%n", median(surveyCpu) / 1e9 / 60 * 100);

			try (SilentServer silent = new SilentServer()) {
				List<ServerEntry> withSilent = new ArrayList<>(entries);
				withSilent.add(count / 2, ServerEntry.of("Silent", silent.url()));
				Measured measured = measure(withSilent, limit);
				long othersLast = 0;
				long silentAt = -1;
				for (Map.Entry<String, Long> arrival : measured.arrivals.entrySet()) {
					if (arrival.getKey().equals("Silent")) {
						silentAt = arrival.getValue();
					} else {
						othersLast = Math.max(othersLast, arrival.getValue());
					}
				}
				Row silentRow = measured.rows.stream().filter(r -> r.server().name().equals("Silent")).findFirst().orElseThrow();
				long othersUp = measured.rows.stream().filter(r -> !r.server().name().equals("Silent") && r.state() == State.UP).count();
				System.out.printf("[bench] with one server that never answers (in the middle of the list): the %d others (%d up) had all "
						+ "arrived after %.0f ms; the silent one was marked %s after %.0f ms (%s); the survey returned after %.0f ms%n", count,
						othersUp, othersLast / 1e6, silentRow.state(), silentAt / 1e6, silentRow.detail(), measured.wallNanos / 1e6);
			}
		} finally {
			CLIENTS.values().forEach(LicenseServerClient::close);
			for (LicenseServer server : servers) {
				server.close();
			}
		}
	}

	private record Measured(List<Row> rows, long wallNanos, long surveyCpuNanos, long jvmCpuNanos, Map<String, Long> arrivals) {
	}

	private static Measured measure(List<ServerEntry> entries, Duration limit) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		Map<Long, Long> cpuByThread = new ConcurrentHashMap<>();
		Map<String, Long> arrivals = new ConcurrentHashMap<>();
		long jvmBefore = os.getProcessCpuTime();
		long start = System.nanoTime();
		List<Row> rows = FleetSurvey.survey(entries, FleetBenchmark::client, limit, LocalDate.now(), row -> {
			arrivals.put(row.server().name(), System.nanoTime() - start);
			if (Thread.currentThread().getName().startsWith("Seatkeeper fleet survey")) {
				cpuByThread.put(Thread.currentThread().threadId(), threads.getCurrentThreadCpuTime()); // cumulative: the last one counts
			}
		});
		long wall = System.nanoTime() - start;
		long jvm = os.getProcessCpuTime() - jvmBefore;
		return new Measured(rows, wall, cpuByThread.values().stream().mapToLong(Long::longValue).sum(), jvm, arrivals);
	}

	/** One client per server, kept between surveys as a window keeps them: a refresh reuses its login. */
	private static final Map<String, LicenseServerClient> CLIENTS = new ConcurrentHashMap<>();

	private static LicenseServerClient client(ServerEntry entry) {
		return CLIENTS.computeIfAbsent(entry.name(), name -> newClient(entry));
	}

	private static LicenseServerClient newClient(ServerEntry entry) {
		return new LicenseServerClient(ClientOptions.of(entry.address())
				.withCredentials((where, problem) -> problem == null ? Optional.of(new Credentials("admin", PASSWORD.toCharArray())) : Optional.empty())
				.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5)));
	}
}
