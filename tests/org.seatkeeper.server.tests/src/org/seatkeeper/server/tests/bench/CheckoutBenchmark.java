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
 * [--seconds 30]}. Devices (one virtual thread each) send capability requests back to back, alternating
 * checkouts and returns; then the same clients load a bare JDK HTTP server that answers a fixed JSON, on
 * the same machine, as the yardstick. Prints requests per second and p50/p99 latency of both. Goal: at
 * least 50 % of the bare server's rate with p99 at most 20 ms.
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
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--devices" -> devices = Integer.parseInt(args[++i]);
			case "--seconds" -> seconds = Integer.parseInt(args[++i]);
			default -> {
				System.err.println("usage: CheckoutBenchmark [--devices N] [--seconds S]");
				System.exit(2);
			}
			}
		}
		System.out.printf("Checkout benchmark: %d devices, %d s per run, Java %s, %d processors%n", devices, seconds,
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
		Path data = Files.createTempDirectory("seatkeeper-bench");
		Result seatkeeper;
		try (LicenseServer server = LicenseServer.start(ServerOptions.of(0, data).withBindAddress("127.0.0.1")
				.withAdminPassword("Bench-Passw0rd!").withConsole(s -> {
				}))) {
			List<FeatureRecord> features = new ArrayList<>();
			for (int f = 1; f <= 10; f++) {
				features.add(new FeatureRecord(0, "f" + f, "1.0", devices * 2, f % 2 == 0 ? LocalDate.of(2030, 1, 1) : null, null, null,
						"bench", 0, false, null, null, null, null, null));
			}
			server.licensing().addFeatures(features);
			URI uri = server.baseUri().resolve("access_request");
			run(uri, devices, Math.min(5, seconds));
			seatkeeper = run(uri, devices, seconds);
			if (!server.licensing().audit().isEmpty()) {
				throw new IllegalStateException("oversubscribed: " + server.licensing().audit());
			}
		}
		Result bare;
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
		http.start();
		try {
			URI uri = URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/access_request");
			run(uri, devices, Math.min(5, seconds));
			bare = run(uri, devices, seconds);
		} finally {
			http.stop(0);
			executor.shutdown();
		}
		System.out.printf("%-34s %12s %9s %9s %9s%n", "", "requests/s", "p50 ms", "p99 ms", "errors");
		print("Seatkeeper checkouts and returns", seatkeeper);
		print("bare JDK HttpServer, fixed JSON", bare);
		double ratio = seatkeeper.rate() / bare.rate();
		System.out.printf("Seatkeeper reaches %.0f %% of the bare server's rate (goal >= 50 %%), p99 %.1f ms (goal <= 20 ms): %s%n",
				ratio * 100, seatkeeper.percentile(0.99), ratio >= 0.5 && seatkeeper.percentile(0.99) <= 20 ? "goal met" : "goal NOT met");
	}

	private static void print(String what, Result result) {
		System.out.printf("%-34s %12.0f %9.2f %9.2f %9d%n", what, result.rate(), result.percentile(0.50), result.percentile(0.99),
				result.errors());
	}

	/** Loads {@code uri} with {@code devices} clients for {@code seconds}. */
	private static Result run(URI uri, int devices, int seconds) throws Exception {
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
				while (System.nanoTime() < end) {
					String features = i++ % 2 == 0
							? "{\"name\":\"f" + (1 + device % 10) + "\",\"version\":\"1.0\",\"count\":1},{\"name\":\"f" + (1 + (device + 3) % 10)
									+ "\",\"version\":\"1.0\",\"count\":1}"
							: "";
					String body = "{\"hostId\":{\"type\":\"STRING\",\"value\":\"bench-" + device + "\"},\"partial\":true,\"features\":["
							+ features + "]}";
					long t0 = System.nanoTime();
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
