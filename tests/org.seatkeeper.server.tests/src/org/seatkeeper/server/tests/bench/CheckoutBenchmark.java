package org.seatkeeper.server.tests.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;

import com.sun.net.httpserver.HttpServer;

/**
 * Load benchmark of the embedded server's checkouts: {@code ./seatkeeper bench checkout [--devices 200]
 * [--seconds 30] [--pace 5]}. Devices (one virtual thread each) send capability requests, alternating
 * checkouts and returns, to Seatkeeper's server and then, as the yardstick, to a bare JDK HTTP server that
 * answers a fixed JSON on the same machine. Two phases for each:
 * <ul>
 * <li><b>saturation</b>: every device sends its next request as soon as the last is answered; gives the
 * highest rate (requests/s). Its latencies are mostly queueing: with D devices waiting on each other,
 * latency is about D / rate, whatever the server does.</li>
 * <li><b>paced</b>: every device sends {@code --pace} requests per second (200 devices x 5/s = 1,000
 * requests/s, hundreds of times what real devices send); gives the latency a device sees under a heavy
 * but sustainable load, measured from when each request was due (so a slow answer delays no
 * measurement).</li>
 * </ul>
 * The saturation runs alternate between the two servers for {@code --repeat} rounds (3 by default), and
 * the median round of each is compared, so that a spell of a busy machine does not decide the result.
 * Goal: a saturation rate of at least 50 % of the bare server's, and a paced p99 of at most 20 ms.
 */
public final class CheckoutBenchmark {

	private static final String FIXED = "{\"status\":\"OK\",\"features\":[{\"name\":\"f1\",\"version\":\"1.0\",\"count\":1}]}";

	/** What one run measured. */
	record Result(long requests, long errors, double seconds, long[] latenciesMicros) {
		double rate() {
			return requests / seconds;
		}

		double percentile(double p) {
			if (latenciesMicros.length == 0) {
				return 0;
			}
			return latenciesMicros[Math.min(latenciesMicros.length - 1, (int) (latenciesMicros.length * p))] / 1000.0;
		}
	}

	private CheckoutBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int devices = 200;
		int seconds = 30;
		double pace = 5;
		boolean profile = false;
		int repeat = 3;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--devices" -> devices = Integer.parseInt(args[++i]);
			case "--seconds" -> seconds = Integer.parseInt(args[++i]);
			case "--pace" -> pace = Double.parseDouble(args[++i]);
			case "--profile" -> profile = true;
			case "--repeat" -> repeat = Integer.parseInt(args[++i]);
			default -> {
				System.err.println("usage: CheckoutBenchmark [--devices N] [--seconds S] [--repeat ROUNDS] [--pace REQUESTS_PER_DEVICE_PER_SECOND]");
				System.exit(2);
			}
			}
		}
		System.out.printf("Checkout benchmark: %d devices, %d s per run, %d rounds, Java %s, %d processors%n", devices, seconds,
				repeat, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
		Path data = Files.createTempDirectory("seatkeeper-bench");
		// as LicenseServer does, before the JDK's server reads it: both servers keep the devices' connections open
		System.setProperty("sun.net.httpserver.maxIdleConnections", "4096");
		HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
		ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
		http.setExecutor(executor);
		http.createContext("/", exchange -> {
			try (exchange; InputStream in = exchange.getRequestBody()) {
				in.readAllBytes();
				byte[] body = FIXED.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
		});
		List<Result> seatkeeper = new ArrayList<>();
		List<Result> bare = new ArrayList<>();
		Result seatkeeperPaced;
		Result barePaced;
		try (LicenseServer server = LicenseServer.start(ServerOptions.of(0, data).withBindAddress("127.0.0.1")
				.withAdminPassword("Bench-Passw0rd!").withConsole(s -> {
				}))) {
			http.start();
			List<FeatureRecord> features = new ArrayList<>();
			for (int f = 1; f <= 10; f++) {
				features.add(new FeatureRecord(0, "f" + f, "1.0", devices * 2, f % 2 == 0 ? LocalDate.of(2030, 1, 1) : null, null, null,
						"bench", 0, false, null, null, null, null, null));
			}
			server.licensing().addFeatures(features);
			// every device of this benchmark has the address 127.0.0.1, where real ones each have their own
			BenchSettings.change(server, "Bench-Passw0rd!", "{\"security.licensing.requestsPerSecond\":\"0\"}");
			URI seatkeeperUri = server.baseUri().resolve("access_request");
			URI bareUri = URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/access_request");
			// warm both up (the JIT keeps improving the client and the servers for a while)
			for (int i = 0; i < 2; i++) {
				run(seatkeeperUri, devices, Math.min(5, seconds), 0);
				run(bareUri, devices, Math.min(5, seconds), 0);
			}
			if (profile) {
				System.out.printf("saturation only, for a profiler: %.0f requests/s%n", run(seatkeeperUri, devices, seconds, 0).rate());
				return;
			}
			// the two servers take turns, so that a slower or faster spell of the machine touches both
			for (int round = 0; round < repeat; round++) {
				seatkeeper.add(run(seatkeeperUri, devices, seconds, 0));
				bare.add(run(bareUri, devices, seconds, 0));
				System.out.printf("  round %d: Seatkeeper %.0f requests/s, bare %.0f requests/s: %.0f %%%n", round + 1,
						seatkeeper.get(round).rate(), bare.get(round).rate(), 100 * seatkeeper.get(round).rate() / bare.get(round).rate());
			}
			seatkeeperPaced = run(seatkeeperUri, devices, seconds, pace);
			barePaced = run(bareUri, devices, seconds, pace);
			if (!server.licensing().audit().isEmpty()) {
				throw new IllegalStateException("oversubscribed: " + server.licensing().audit());
			}
		} finally {
			http.stop(0);
			executor.shutdown();
		}
		Result seatkeeperMedian = median(seatkeeper);
		Result bareMedian = median(bare);
		System.out.printf("%-44s %12s %9s %9s %9s%n", "", "requests/s", "p50 ms", "p99 ms", "errors");
		print("saturation (median round): Seatkeeper", seatkeeperMedian);
		print("saturation (median round): bare server", bareMedian);
		print(String.format("paced %.0f/s: Seatkeeper", devices * pace), seatkeeperPaced);
		print(String.format("paced %.0f/s: bare JDK HttpServer", devices * pace), barePaced);
		List<Double> ratios = new ArrayList<>();
		for (int round = 0; round < seatkeeper.size(); round++) {
			ratios.add(seatkeeper.get(round).rate() / bare.get(round).rate());
		}
		ratios.sort(null);
		double ratio = ratios.get(ratios.size() / 2);
		boolean met = ratio >= 0.5 && seatkeeperPaced.percentile(0.99) <= 20 && seatkeeperMedian.errors() == 0
				&& seatkeeperPaced.errors() == 0;
		System.out.printf("Seatkeeper's saturation rate is %.0f %% of the bare server's in the median round (goal >= 50 %%); its paced p99 is %.1f ms "
				+ "(goal <= 20 ms): %s%n", ratio * 100, seatkeeperPaced.percentile(0.99), met ? "goal met" : "goal NOT met");
	}

	/** The round with the median rate. */
	private static Result median(List<Result> results) {
		List<Result> sorted = new ArrayList<>(results);
		sorted.sort(java.util.Comparator.comparingDouble(Result::rate));
		return sorted.get(sorted.size() / 2);
	}

	private static void print(String what, Result result) {
		System.out.printf("%-44s %12.0f %9.2f %9.2f %9d%n", what, result.rate(), result.percentile(0.50), result.percentile(0.99),
				result.errors());
	}

	/**
	 * Loads {@code uri} with {@code devices} clients for {@code seconds}; each sends {@code pace} requests
	 * per second, or as fast as it is answered when {@code pace} is 0.
	 */
	private static Result run(URI uri, int devices, int seconds, double pace) throws Exception {
		long interval = pace <= 0 ? 0 : (long) (1e9 / pace);
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
				.executor(Executors.newVirtualThreadPerTaskExecutor()).build();
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		AtomicLong requests = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		List<long[]> perDevice = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		long start = System.nanoTime();
		for (int d = 0; d < devices; d++) {
			int device = d;
			long[][] holder = new long[1][];
			threads.add(Thread.ofVirtual().start(() -> {
				long[] latencies = new long[1024];
				int n = 0;
				int i = 0;
				long due = System.nanoTime() + (interval == 0 ? 0 : (long) (Math.random() * interval));
				while (System.nanoTime() < end) {
					if (interval > 0) {
						long wait = due - System.nanoTime();
						if (wait > 0) {
							java.util.concurrent.locks.LockSupport.parkNanos(wait);
						}
					}
					String features = i++ % 2 == 0
							? "{\"name\":\"f" + (1 + device % 10) + "\",\"version\":\"1.0\",\"count\":1},{\"name\":\"f" + (1 + (device + 3) % 10)
									+ "\",\"version\":\"1.0\",\"count\":1}"
							: "";
					String body = "{\"hostId\":{\"type\":\"STRING\",\"value\":\"bench-" + device + "\"},\"partial\":true,\"features\":["
							+ features + "]}";
					long t0 = interval > 0 ? due : System.nanoTime();
					due += interval;
					try {
						HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
								.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
						}
					} catch (IOException | InterruptedException e) {
						errors.incrementAndGet();
						continue;
					}
					if (n == latencies.length) {
						latencies = Arrays.copyOf(latencies, n * 2);
					}
					latencies[n++] = (System.nanoTime() - t0) / 1000;
					requests.incrementAndGet();
				}
				holder[0] = Arrays.copyOf(latencies, n);
				synchronized (perDevice) {
					perDevice.add(holder[0]);
				}
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		long[] all = perDevice.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		return new Result(requests.get(), errors.get(), elapsed, all);
	}
}
