package org.seatkeeper.server.tests.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;

/**
 * {@code ./seatkeeper bench abuse [--requests 20000] [--devices 50] [--addresses 4] [--attacker-nice 19]}:
 * a flood of anonymous capability requests, each with a fresh hostid and an 8 KB vendor dictionary, sent
 * by 32 senders from a few addresses (127.0.1.1–) in a process of their own ({@link AbuseFlood}, at
 * {@code nice 19} unless told otherwise), while 50 legitimate devices (ten sites of five, each site with
 * its own address, 127.0.0.2–) check a license out and in ten times a second. Half the flood asks for a
 * feature the server does not have (and gets nothing, but is recorded), half for more counts than there
 * are (and is refused). Prints the answers the flood got, the legitimate devices' latencies, and the heap
 * and data folder before, after the flood and after the purge of records that hold nothing. The devices
 * and a flood of 2,000 warm the server up first, unmeasured. Goals: legitimate p99 at most 50 ms, and a
 * folder less than 5 MB larger than before once the purge has run.
 */
public final class AbuseBenchmark {

	private static final String PASSWORD = "Bench-Passw0rd!";

	private AbuseBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int requests = 20_000;
		int devices = 50;
		int addresses = 4;
		int nice = 19;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--requests" -> requests = Integer.parseInt(args[++i]);
			case "--devices" -> devices = Integer.parseInt(args[++i]);
			case "--addresses" -> addresses = Integer.parseInt(args[++i]);
			case "--attacker-nice" -> nice = Integer.parseInt(args[++i]);
			default -> {
				System.err.println("usage: AbuseBenchmark [--requests N] [--devices N] [--addresses N] [--attacker-nice N]");
				System.exit(2);
			}
			}
		}
		System.out.printf("Abuse benchmark: %,d flood requests from %d addresses (a process of their own at nice %d), %d devices,"
				+ " Java %s, %d processors%n", requests, addresses, nice, devices, System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors());
		Path data = Files.createTempDirectory("seatkeeper-abuse");
		try (LicenseServer server = LicenseServer.start(ServerOptions.of(0, data).withBindAddress("0.0.0.0").withAdminPassword(PASSWORD)
				.withConsole(s -> {
				}))) {
			server.licensing().addFeatures(List.of(new FeatureRecord(0, "app", "1.0", devices * 2, null, null, null, "bench", 0, false,
					null, null, null, null, null)));
			// the flood's records hold nothing and may be forgotten 5 s after their last request
			BenchSettings.change(server, PASSWORD, "{\"licensing.clientRetention\":\"5\"}");
			URI access = URI.create("http://127.0.0.1:" + server.port() + "/api/1.0/instances/~/access_request");
			long heapBefore = heap();
			long folderBefore = size(data);

			AtomicLong stop = new AtomicLong();
			AtomicBoolean measuring = new AtomicBoolean();
			List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
			AtomicInteger legitimateErrors = new AtomicInteger();
			// platform threads: the server's virtual threads must not delay the devices' own
			ExecutorService legitimate = Executors.newFixedThreadPool(devices);
			// ten sites of five devices, each site behind an address of its own
			for (int d = 0; d < devices; d++) {
				int device = d;
				InetAddress site = InetAddress.getByName("127.0.0." + (2 + d % 10));
				legitimate.submit(() -> device(site, access, device, stop, measuring, latencies, legitimateErrors));
			}
			// warm-up, not measured: the devices connect and the JIT compiles both the devices' and the flood's paths
			AbuseFlood.inChildProcess(access, 2_000, addresses, "warm-up-", nice);
			LockSupport.parkNanos(2_000_000_000L);
			legitimateErrors.set(0);
			measuring.set(true);
			long start = System.nanoTime();
			String answers = AbuseFlood.inChildProcess(access, requests, addresses, "flood-", nice);
			double floodSeconds = (System.nanoTime() - start) / 1e9;
			stop.set(1);
			legitimate.shutdown();
			legitimate.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
			long heapFlooded = heap();
			long folderFlooded = size(data);

			// the sweep runs until the flood's records have reached the retention (5 s) and are forgotten
			long purgeStart = System.nanoTime();
			long deadline = purgeStart + 60_000_000_000L;
			// and compacts the folder at the first sweep that finds nothing more to purge
			int left = Integer.MAX_VALUE;
			int before;
			do {
				LockSupport.parkNanos(500_000_000L);
				server.licensing().sweep();
				before = left;
				left = BenchSettings.clients(server, PASSWORD);
			} while ((left > devices || left != before) && System.nanoTime() < deadline);
			double purgeMillis = (System.nanoTime() - purgeStart) / 1e6;
			long heapPurged = heap();
			long folderPurged = size(data);

			long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
			System.out.printf("flood: %,d requests in %.1f s (%,.0f/s); answers: %s%n", requests, floodSeconds, requests / floodSeconds,
					answers);
			System.out.printf("legitimate devices: %,d requests, %d failed, latency p50 %.1f ms, p99 %.1f ms, max %.1f ms (goal: p99 <= 50 ms)%n",
					sorted.length, legitimateErrors.get(), percentile(sorted, 0.50), percentile(sorted, 0.99),
					sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
			System.out.printf("heap in use: before %s, after the flood %s, after the purge %s%n", mb(heapBefore), mb(heapFlooded),
					mb(heapPurged));
			System.out.printf("data folder: before %s, after the flood %s, after the purge %s (%d device records left, %.1f s after the"
					+ " flood): %s grown (goal: < 5 MB)%n", mb(folderBefore), mb(folderFlooded), mb(folderPurged), left, purgeMillis / 1000,
					mb(folderPurged - folderBefore));
		}
	}

	/** One legitimate device: checks one count out and gives it back, ten times a second, from its site's address. */
	private static void device(InetAddress site, URI access, int device, AtomicLong stop, AtomicBoolean measuring, List<Long> latencies,
			AtomicInteger errors) {
		try (PlainHttpDevice http = new PlainHttpDevice(access, site)) {
			long next = System.nanoTime();
			boolean holding = false;
			while (stop.get() == 0) {
				String body = "{\"hostId\":{\"type\":\"STRING\",\"value\":\"device-" + device + "\"},\"features\":[{\"name\":\"app\","
						+ "\"version\":\"1.0\",\"count\":" + (holding ? 0 : 1) + "}]}";
				long sent = System.nanoTime();
				try {
					if (http.post(body) != 200) {
						errors.incrementAndGet();
					}
				} catch (IOException e) {
					errors.incrementAndGet();
				}
				// measured from when the request was due, so that a slow answer is not hidden by a late start
				if (measuring.get()) {
					latencies.add((System.nanoTime() - Math.min(sent, next)) / 1000);
				}
				holding = !holding;
				next += 100_000_000L;
				LockSupport.parkNanos(Math.max(0, next - System.nanoTime()));
			}
		}
	}

	private static double percentile(long[] sorted, double p) {
		return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1000.0;
	}

	private static long heap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long size(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
		}
	}

	private static String mb(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
	}
}
