package org.seatkeeper.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.server.internal.api.LicensingApi;
import org.seatkeeper.server.internal.api.ApiException;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Many devices check out and return scarce features at once while a checker reads the server's counts:
 * no reading ever shows a feature used beyond its counts, and the devices' grants always add up to what
 * the features show as used.
 */
class ConcurrencyTest {

	@TempDir
	java.nio.file.Path dir;

	static final int THREADS = 64;
	static final int OPERATIONS = 1_000;

	/** Checks the invariants on one consistent reading; returns a description of the first breach, or null. */
	static String breach(JsonArray features, JsonArray clients) {
		Map<Integer, Integer> granted = new HashMap<>();
		for (JsonElement element : clients) {
			JsonObject client = element.getAsJsonObject();
			if (!client.get("servedStatus").getAsString().equals("NORMAL")) {
				continue;
			}
			for (JsonElement f : client.getAsJsonArray("features")) {
				JsonObject grant = f.getAsJsonObject();
				granted.merge(grant.get("featureId").getAsInt(), grant.get("count").getAsInt(), Integer::sum);
			}
		}
		for (JsonElement element : features) {
			JsonObject feature = element.getAsJsonObject();
			int id = feature.get("id").getAsInt();
			int used = feature.get("used").getAsInt();
			int limit = feature.get("featureCount").getAsInt() + feature.get("overdraftCount").getAsInt();
			if (used > limit) {
				return "feature " + id + " used " + used + " of " + limit;
			}
			if (feature.get("overdraftUsedCount").getAsInt() > feature.get("overdraftCount").getAsInt()) {
				return "feature " + id + " overdraft used beyond its overdraft count";
			}
			if (granted.getOrDefault(id, 0) != used) {
				return "feature " + id + " shows used " + used + " but devices hold " + granted.getOrDefault(id, 0);
			}
		}
		return null;
	}

	@Test
	void sixtyFourDevicesNeverOversubscribeScarceFeatures() throws Exception {
		try (ServerFixture server = new ServerFixture(dir)) {
			LicensingApi licensing = server.server.licensing();
			List<FeatureRecord> features = licensing.addFeatures(List.of(LicensingApiTest.feature("f1", "1.0", 5, null),
					LicensingApiTest.feature("f1", "2.0", 3, "2030-01-01"), LicensingApiTest.feature("f2", "1.0", 4, null, 2)));
			String admin = server.admin();
			AtomicBoolean running = new AtomicBoolean(true);
			AtomicInteger readings = new AtomicInteger();
			List<String> breaches = java.util.Collections.synchronizedList(new ArrayList<>());
			Thread checker = new Thread(() -> {
				while (running.get()) {
					breaches.addAll(licensing.audit());
					for (JsonElement element : server.get("features", admin).json().getAsJsonArray()) {
						JsonObject feature = element.getAsJsonObject();
						if (feature.get("used").getAsInt() > feature.get("featureCount").getAsInt() + feature.get("overdraftCount").getAsInt()) {
							breaches.add("oversubscribed: " + feature);
						}
					}
					readings.incrementAndGet();
				}
			});
			checker.start();
			ExecutorService pool = Executors.newFixedThreadPool(THREADS);
			AtomicInteger granted = new AtomicInteger();
			AtomicInteger refused = new AtomicInteger();
			CountDownLatch go = new CountDownLatch(1);
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				int device = t;
				futures.add(pool.submit(() -> {
					Random random = new Random(device);
					go.await();
					for (int i = 0; i < OPERATIONS; i++) {
						JsonObject request = new JsonObject();
						JsonObject hostId = new JsonObject();
						hostId.addProperty("value", "device-" + device);
						request.add("hostId", hostId);
						JsonArray wanted = new JsonArray();
						if (random.nextInt(4) != 0) {
							JsonObject feature = new JsonObject();
							feature.addProperty("name", random.nextBoolean() ? "f1" : "f2");
							feature.addProperty("version", "1.0");
							feature.addProperty("count", 1 + random.nextInt(3));
							wanted.add(feature);
						}
						request.add("features", wanted);
						request.addProperty("partial", random.nextBoolean());
						try {
							licensing.capability(request, true);
							granted.incrementAndGet();
						} catch (ApiException e) {
							assertEquals("glsErr.insufficientCounts", e.key());
							refused.incrementAndGet();
						}
					}
					return null;
				}));
			}
			go.countDown();
			for (Future<?> future : futures) {
				future.get();
			}
			pool.shutdown();
			running.set(false);
			checker.join();
			System.out.printf("Concurrency: %d threads x %d requests: %d served, %d refused for want of counts; %d readings checked%n",
					THREADS, OPERATIONS, granted.get(), refused.get(), readings.get());
			assertEquals(List.of(), breaches);
			assertTrue(refused.get() > 0, "the features were scarce");
			assertEquals(List.of(), licensing.audit());
			assertEquals(null, breach(server.get("features", admin).json().getAsJsonArray(),
					server.get("clients", admin).json().getAsJsonArray()), "at rest, the devices' grants add up to the features' use");
			JsonArray before = server.get("features", admin).json().getAsJsonArray();
			server.restart();
			assertEquals(before, server.get("features", admin).json().getAsJsonArray(), "the same after a restart");
			assertEquals(features.size(), before.size());
		}
	}
}
