package org.seatkeeper.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.server.internal.api.ApiException;
import org.seatkeeper.server.internal.offline.BackOffice;
import org.seatkeeper.server.internal.offline.OfflineFiles;
import org.seatkeeper.server.tests.ServerFixture.Answer;
import org.seatkeeper.testing.MovableClock;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Random sequences of what devices and administrators do with named license pools (requests, returns,
 * incremental counts, expiries, drops, new models, and, in the second run, capability responses that
 * change the server's counts) on the embedded server, checking after every step
 * what must always hold: no count is used twice (but for a documented overage), the named pools never
 * hold more than the server has, no slice is negative, and free counts never sit in the default pool
 * while a pool is in deficit (unless its devices use more than it holds, and it waits for them).
 */
class PoolInvariantsTest {

	private static final List<String> MODELS = List.of("""
			model "a" {
			  partitions {
			    partition "eng" { "f1" 1.0 5 }
			    partition "sales" { "f1" 1.0 30% }
			  }
			  on hostname("~/e.*/") { use "eng" accept }
			  on hostname("~/s.*/") { use "sales", "default" accept }
			}
			""", """
			model "b" {
			  partitions {
			    partition "lab" { "f1" 1.0 4 }
			    partition "eng" { "f1" 1.0 remainder }
			  }
			  on hostname("~/e.*/") { use "eng" accept }
			  on hostname("~/l.*/") { use "lab" accept }
			}
			""", """
			model "c" {
			  partitions {
			    partition "sales" { "f1" 1.0 9 }
			    partition "eng" { "f1" 1.0 9 }
			  }
			  on hostname("~/s.*/") { use "sales" accept }
			  on hostname("~/e.*/") { use "eng" accept }
			}
			""");

	private static final List<String> HOSTS = List.of("e1", "e2", "e3", "s1", "s2", "l1", "l2", "d1", "d2");

	@TempDir
	java.nio.file.Path dir;

	ServerFixture server;
	String admin;

	private static final String ENTITLEMENTS = """
			{"entitlements": [
			  {"activationId": "ACT-1", "name": "f1", "version": "1.0", "count": 16, "expiry": "permanent"},
			  {"activationId": "ACT-2", "name": "f1", "version": "1.0", "count": 6, "expiry": "2027-06-30"}]}
			""";

	private Ed25519PrivateKeyParameters backOffice;

	/** A server with a producer key, whose f1 records come from the back office: ACT-1 ×12 permanent, ACT-2 ×4. */
	@BeforeEach
	void start() throws Exception {
		AsymmetricCipherKeyPair keys = OfflineFiles.generateKeys();
		backOffice = (Ed25519PrivateKeyParameters) keys.getPrivate();
		java.nio.file.Path publicKey = java.nio.file.Files.writeString(dir.resolve("producer.pem"), OfflineFiles.publicKeyPem(keys.getPublic()));
		MovableClock clock = new MovableClock();
		server = new ServerFixture(LicenseServer.start(ServerOptions.of(0, dir.resolve("data")).withBindAddress("127.0.0.1")
				.withAdminPassword(ServerFixture.ADMIN_PASSWORD).withConsole(line -> {
				}).withClock(clock).withProducerKey(publicKey)), dir.resolve("data"), clock);
		admin = server.admin();
		activate("[{\"id\": \"ACT-1\", \"count\": 12}, {\"id\": \"ACT-2\", \"count\": 4}]");
	}

	/** Asks the back office for {@code activations} and applies its answer. */
	private void activate(String activations) throws Exception {
		byte[] request = server.binary(admin, "activation_request", "{\"activations\": " + activations + "}");
		byte[] response = BackOffice.respond(request, JsonParser.parseString(ENTITLEMENTS).getAsJsonObject(), backOffice,
				server.clock.instant());
		Answer applied = server.send("POST", "capability_response", admin, "application/octet-stream", response);
		assertEquals(200, applied.status(), applied.body());
	}

	@AfterEach
	void stop() {
		server.close();
	}

	private void request(String host, String body) {
		try {
			server.server.licensing().capability(JsonParser.parseString("{\"hostId\":{\"value\":\"" + host + "\"},\"hostName\":\"" + host
					+ "\",\"borrow-interval\":\"" + 600 + "\"," + body + "}").getAsJsonObject(), true);
		} catch (ApiException refused) {
			assertTrue(refused.status() == 409 || refused.status() == 403, refused.getMessage());
		}
	}

	@ParameterizedTest(name = "the server''s counts change too: {0}")
	@ValueSource(booleans = { false, true })
	void whatMustAlwaysHoldHoldsAfterEveryStep(boolean countsChange) throws Exception {
		for (long seed = 1; seed <= 5; seed++) {
			Random random = new Random(seed);
			List<String> steps = new ArrayList<>();
			for (int step = 0; step < 150; step++) {
				String host = HOSTS.get(random.nextInt(HOSTS.size()));
				int count = 1 + random.nextInt(5);
				String feature = "{\"name\":\"f1\",\"version\":\"1.0\",\"count\":";
				String done;
				switch (random.nextInt(9)) {
				case 0, 1, 2 -> {
					request(host, "\"partial\":" + random.nextBoolean() + ",\"features\":[" + feature + count + "}]");
					done = host + " asks for " + count;
				}
				case 3 -> {
					request(host, "\"incremental\":true,\"partial\":true,\"features\":[" + feature + (random.nextBoolean() ? count : -count)
							+ "}]");
					done = host + " changes by ±" + count;
				}
				case 4 -> {
					request(host, "\"features\":[]");
					done = host + " returns all";
				}
				case 5 -> {
					server.clock.advance(Duration.ofMinutes(4 + random.nextInt(4)));
					server.server.licensing().sweep();
					admin = server.admin(); // the token would expire
					done = "time passes";
				}
				case 6 -> {
					JsonElement clients = server.get("clients", admin).json();
					int size = clients.getAsJsonArray().size();
					if (size > 0) {
						int id = clients.getAsJsonArray().get(random.nextInt(size)).getAsJsonObject().get("id").getAsInt();
						assertEquals(204, server.send("DELETE", "clients/" + id, admin, null, null).status());
					}
					done = "a device is dropped";
				}
				case 7 -> {
					int which = random.nextInt(MODELS.size());
					Answer uploaded = server.send("POST", "model", admin, "text/plain", MODELS.get(which));
					assertEquals(200, uploaded.status(), uploaded.body());
					done = "model " + "abc".charAt(which) + " is applied";
				}
				default -> {
					if (countsChange && random.nextBoolean()) {
						String activation = random.nextBoolean() ? "ACT-1" : "ACT-2";
						int copies = random.nextInt(activation.equals("ACT-1") ? 17 : 7);
						activate("[{\"id\": \"" + activation + "\", \"count\": " + copies + "}]");
						done = activation + " now has " + copies + " copies";
					} else if (random.nextInt(4) == 0) {
						assertEquals(200, server.send("DELETE", "model", admin, null, null).status());
						done = "the model is deleted";
					} else {
						request(host, "\"features\":[" + feature + count + "}]");
						done = host + " asks again for " + count;
					}
				}
				}
				steps.add(done);
				check("seed " + seed + ", after " + String.join("; ", steps.subList(Math.max(0, steps.size() - 8), steps.size())));
			}
		}
	}

	private void check(String where) {
		if (server.get("overages", admin).json().getAsJsonArray().isEmpty()) {
			// with an overage, devices use more than there is: that is documented, and the audit would say so
			assertEquals(List.of(), server.server.licensing().audit(), where);
		}
		JsonObject partitions = server.get("partitions", admin).object();
		int[] counts = new int[100];
		for (JsonElement f : server.get("features", admin).json().getAsJsonArray()) {
			counts[f.getAsJsonObject().get("id").getAsInt()] = f.getAsJsonObject().get("featureCount").getAsInt();
		}
		int[] named = new int[100];
		boolean deficit = false;
		int defaultFree = 0;
		for (JsonElement p : partitions.getAsJsonArray("partitions")) {
			JsonObject pool = p.getAsJsonObject();
			// a pool whose devices use more than it holds waits for them to return before it is refilled
			boolean overage = pool.toString().contains("\"OVERAGE\"");
			for (JsonElement s : pool.getAsJsonArray("activeFeatureSlices")) {
				JsonObject slice = s.getAsJsonObject();
				int held = slice.get("slice").getAsInt();
				assertTrue(held >= 0, where + ": a negative slice " + slice);
				if (pool.get("default").getAsBoolean()) {
					defaultFree += held - slice.get("used").getAsInt();
					continue;
				}
				if (slice.has("feature")) {
					named[slice.getAsJsonObject("feature").get("id").getAsInt()] += held;
				}
				deficit |= !pool.has("deleted") && !overage && "DEFICIT".equals(slice.get("status").getAsString());
			}
		}
		for (int id = 0; id < counts.length; id++) {
			assertTrue(named[id] <= counts[id], where + ": the named pools hold " + named[id] + " of record " + id + ", which has "
					+ counts[id] + "\n" + partitions);
		}
		assertTrue(!(deficit && defaultFree > 0), where + ": " + defaultFree + " counts are free in the default pool while a pool is "
				+ "in deficit\n" + partitions);
	}
}
