package org.seatkeeper.server.tests.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The abuse benchmark's attacker: 32 senders spread over a few addresses (127.0.1.1–), each sending
 * anonymous capability requests with a fresh hostid and an 8 KB vendor dictionary as fast as it is
 * answered. It runs in a process of its own, as an attacker runs on a machine of its own: its client's
 * threads are not the server's. On a machine of a few cores it also runs at a lower scheduling priority
 * ({@code nice}), standing for the attacker's own CPU: it still sends as fast as the server answers, but
 * the benchmark then measures the server rather than the CPU the attacker's HTTP client takes from it.
 */
final class AbuseFlood {

	private static final int SENDERS = 32;

	private AbuseFlood() {
	}

	/** {@code AbuseFlood URI REQUESTS ADDRESSES HOST-PREFIX}: floods, then prints one line of answers. */
	public static void main(String[] args) throws Exception {
		Map<Integer, Integer> answers = flood(URI.create(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), args[3]);
		System.out.println("answers " + answers);
	}

	/**
	 * Runs the flood in a child JVM with this one's class path, at the scheduling priority {@code nice}
	 * (0: the same as the server's), and returns its answers by status.
	 */
	static String inChildProcess(URI access, int requests, int addresses, String hostPrefix, int nice)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		if (nice != 0) {
			command.addAll(List.of("nice", "-n", Integer.toString(nice)));
		}
		command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), AbuseFlood.class.getName(), access.toString(), Integer.toString(requests),
				Integer.toString(addresses), hostPrefix));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		String output;
		try (InputStream in = process.getInputStream()) {
			output = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
		int status = process.waitFor();
		if (status != 0 || !output.startsWith("answers ")) {
			throw new IOException("The flood process ended with status " + status + ": " + output);
		}
		return output.substring("answers ".length());
	}

	private static Map<Integer, Integer> flood(URI access, int requests, int addresses, String hostPrefix) throws Exception {
		String dictionary = "\"vendorDictionary\":{\"pad\":\"" + "x".repeat(8 * 1024) + "\"}";
		Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
		AtomicInteger sent = new AtomicInteger();
		List<HttpClient> machines = new ArrayList<>();
		for (int a = 0; a < addresses; a++) {
			machines.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).localAddress(InetAddress.getByName("127.0.1." + (1 + a)))
					.build());
		}
		try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<?>> done = new ArrayList<>();
			for (int s = 0; s < SENDERS; s++) {
				HttpClient client = machines.get(s % addresses);
				done.add(senders.submit(() -> {
					int n;
					while ((n = sent.getAndIncrement()) < requests) {
						// half ask for a feature the server does not have, half for more counts than there are
						String feature = n % 2 == 0 ? "{\"name\":\"nothing-" + n + "\",\"version\":\"1.0\",\"count\":1}"
								: "{\"name\":\"app\",\"version\":\"1.0\",\"count\":1000}";
						String body = "{\"hostId\":{\"type\":\"STRING\",\"value\":\"" + hostPrefix + n + "\"},\"partial\":" + (n % 2 == 0)
								+ ",\"borrow-interval\":\"1\",\"features\":[" + feature + "]," + dictionary + "}";
						int status;
						try {
							status = client.send(HttpRequest.newBuilder(access).header("Content-Type", "application/json")
									.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
						} catch (IOException e) {
							status = -1;
						}
						answers.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
					}
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		machines.forEach(HttpClient::close);
		Map<Integer, Integer> counts = new TreeMap<>();
		answers.forEach((status, count) -> counts.put(status, count.get()));
		return counts;
	}
}
