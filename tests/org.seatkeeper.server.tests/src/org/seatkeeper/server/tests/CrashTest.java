package org.seatkeeper.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Kills a server process with SIGKILL while devices check licenses out and in, three times over, and
 * checks after each kill that the state it left is consistent and holds every answer the devices got.
 */
class CrashTest {

	@TempDir
	Path dir;

	/** What one device was last told, and what it was asking when the server died. */
	static final class Device {
		final String name;
		volatile int acknowledged;
		volatile int inFlight = -1;

		Device(String name) {
			this.name = name;
		}
	}

	@Test
	void killNineDuringHeavyWritesLeavesAConsistentDurableState() throws Exception {
		Path data = dir.resolve("data");
		try (LicenseServer seed = LicenseServer.start(ServerOptions.of(0, data).withBindAddress("127.0.0.1")
				.withAdminPassword(ServerFixture.ADMIN_PASSWORD).withConsole(s -> {
				}))) {
			seed.licensing().addFeatures(List.of(LicensingApiTest.feature("f1", "1.0", 40, null),
					LicensingApiTest.feature("f2", "1.0", 25, null)));
		}
		List<Device> devices = new ArrayList<>();
		for (int i = 0; i < 48; i++) {
			devices.add(new Device("device-" + i));
		}
		Random random = new Random(9);
		int totalAcknowledged = 0;
		for (int round = 1; round <= 3; round++) {
			Process process = startChild(data);
			int port = port(process);
			AtomicBoolean running = new AtomicBoolean(true);
			AtomicInteger acknowledged = new AtomicInteger();
			List<Thread> threads = new ArrayList<>();
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			for (int t = 0; t < 16; t++) {
				List<Device> mine = devices.subList(t * 3, t * 3 + 3);
				long seed = random.nextLong();
				Thread thread = new Thread(() -> drive(client, port, mine, new Random(seed), running, acknowledged));
				threads.add(thread);
				thread.start();
			}
			// kill once the devices have been answered a random number of times: in the middle of heavy writes
			int threshold = acknowledged.get() + 150 + random.nextInt(250);
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			ServerFixture.waitUntil(() -> acknowledged.get() >= threshold, deadline);
			assertTrue(acknowledged.get() >= threshold, "the devices were answered " + acknowledged.get() + " times in 60 s");
			process.destroyForcibly();
			assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the server process died");
			assertEquals(137, process.exitValue(), "killed by SIGKILL");
			running.set(false);
			for (Thread thread : threads) {
				thread.join();
			}
			totalAcknowledged += acknowledged.get();
			verify(data, devices, round);
		}
		System.out.println("Crash: 3 kills during writes; " + totalAcknowledged + " acknowledged requests, all found after restart");
		assertTrue(totalAcknowledged > 100, "the kills came during heavy writes: " + totalAcknowledged);
	}

	private static void drive(HttpClient client, int port, List<Device> devices, Random random, AtomicBoolean running,
			AtomicInteger acknowledged) {
		while (running.get()) {
			Device device = devices.get(random.nextInt(devices.size()));
			int count = random.nextInt(4);
			String features = count == 0 ? "" : "{\"name\":\"f" + (1 + random.nextInt(2)) + "\",\"version\":\"1.0\",\"count\":" + count + "}";
			String body = "{\"hostId\":{\"value\":\"" + device.name + "\"},\"features\":[" + features + "]}";
			device.inFlight = count;
			try {
				HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
						+ "/api/1.0/instances/~/access_request")).header("Content-Type", "application/json")
						.timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					device.acknowledged = count;
				}
				device.inFlight = -1;
				acknowledged.incrementAndGet();
			} catch (Exception e) {
				// the server died during this request: it may or may not have been recorded
				return;
			}
		}
	}

	/** Restarts the server in-process on what the killed one left and checks it. */
	private static void verify(Path data, List<Device> devices, int round) throws Exception {
		try (LicenseServer server = LicenseServer.start(ServerOptions.of(0, data).withBindAddress("127.0.0.1")
				.withConsole(s -> {
				}))) {
			assertEquals(List.of(), server.licensing().audit(), "round " + round);
			HttpClient http = HttpClient.newHttpClient();
			String token = JsonParser.parseString(http.send(HttpRequest.newBuilder(server.baseUri().resolve("authorize"))
					.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
							"{\"user\":\"admin\",\"password\":\"" + ServerFixture.ADMIN_PASSWORD + "\"}"))
					.build(), HttpResponse.BodyHandlers.ofString()).body()).getAsJsonObject().get("token").getAsString();
			String body = http.send(HttpRequest.newBuilder(server.baseUri().resolve("clients")).header("Authorization", "Bearer " + token)
					.build(), HttpResponse.BodyHandlers.ofString()).body();
			Map<String, Integer> held = new HashMap<>();
			for (JsonElement element : JsonParser.parseString(body).getAsJsonArray()) {
				JsonObject record = element.getAsJsonObject();
				int total = 0;
				if (record.get("servedStatus").getAsString().equals("NORMAL")) {
					for (JsonElement grant : record.getAsJsonArray("features")) {
						total += grant.getAsJsonObject().get("count").getAsInt();
					}
				}
				held.put(record.getAsJsonObject("requestHostid").get("hostidValue").getAsString(), total);
			}
			for (Device device : devices) {
				int total = held.getOrDefault(device.name, 0);
				boolean matches = total == device.acknowledged || device.inFlight >= 0 && total == device.inFlight;
				assertTrue(matches, "round " + round + ": " + device.name + " holds " + total + " but was told " + device.acknowledged
						+ (device.inFlight >= 0 ? " (and was asking for " + device.inFlight + ")" : ""));
				device.acknowledged = total;
				device.inFlight = -1;
			}
		}
	}

	private Process startChild(Path data) throws Exception {
		return ServerProcess.start(data);
	}

	private static int port(Process process) throws Exception {
		return ServerProcess.port(process);
	}
}
