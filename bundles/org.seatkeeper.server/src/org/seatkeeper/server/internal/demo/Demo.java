package org.seatkeeper.server.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.seatkeeper.server.internal.api.LicensingApi;
import org.seatkeeper.server.internal.api.ApiException;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Demo data and simulated devices, so that a server started with {@code --demo} shows realistic, changing
 * usage: features like those of a typical engineering-software estate (some expiring soon, one with
 * overdraft, one with a vendor string), two reservation groups, and a few hundred devices that check
 * licenses out and return them every few seconds.
 */
public final class Demo implements AutoCloseable {

	private static final Logger LOG = Logger.getLogger(Demo.class.getName());

	/** The devices' names, as factories and offices name them. */
	static final String[] PREFIXES = { "Controller", "Unit", "Device", "eng-ws-", "cad-", "lab-pc-" };
	/** The number of simulated devices. */
	public static final int DEVICES = 300;

	private final LicensingApi licensing;
	private final Random random;
	private final ScheduledExecutorService timer;

	private Demo(LicensingApi licensing, long seed) {
		this.licensing = licensing;
		this.random = new Random(seed);
		this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "seatkeeper-demo-devices");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Seeds the demo data unless the server has features already, then starts the simulated devices.
	 * Close the result to stop them.
	 */
	public static Demo start(LicensingApi licensing, Clock clock) {
		Demo demo = new Demo(licensing, clock.millis());
		if (licensing.featureCount() == 0) {
			demo.seed(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
		}
		demo.timer.scheduleWithFixedDelay(demo::tick, 0, 2, TimeUnit.SECONDS);
		return demo;
	}

	/** The features, relative to {@code today} so that some always expire within 30 days. */
	static List<FeatureRecord> features(LocalDate today) {
		List<FeatureRecord> features = new ArrayList<>();
		features.add(feature("3D_Rendering", "3.2", 60, today.plusDays(120), null, null, 0));
		features.add(feature("3D_Rendering", "3.2", 20, null, null, null, 0));
		features.add(feature("Advance_Printing", "1.2", 60, today.plusDays(21), null, null, 0));
		features.add(feature("Exporting", "7.1", 60, today.plusDays(250), null, null, 0));
		features.add(feature("VR_MODE", "1.0", 10, today.plusDays(400), today.minusDays(200), "India:Bangalore,group:Eng,group:Sup", 2));
		features.add(feature("2DLine", "1.0", 40, null, today.minusDays(300), "hijjnjk", 0));
		features.add(feature("AdvancedFilter", "1.3", 25, null, today.minusDays(120), "jklaadtwd", 0));
		features.add(feature("Reporting", "4.1", 30, null, null, "addqegg", 0));
		features.add(feature("Animation", "2022.1", 15, today.plusDays(12), null, null, 0));
		features.add(feature("Export_CSV", "4.8", 50, null, null, null, 0));
		return features;
	}

	private static FeatureRecord feature(String name, String version, int count, LocalDate expiry, LocalDate start,
			String vendorString, int overdraft) {
		return new FeatureRecord(0, name, version, count, expiry, start, vendorString, "demo", overdraft, false,
				"ACT-" + name.toUpperCase(java.util.Locale.ROOT).replace('_', '-') + "-" + version, "Seatkeeper demo back office",
				null, null, null);
	}

	private void seed(LocalDate today) {
		licensing.addFeatures(features(today));
		try {
			licensing.addGroups(JsonParser.parseString("""
					[{"name":"Engineering Group","reservations":[
					  {"hostId":{"value":"Controller1","type":"STRING"},"reservationEntries":[{"featureName":"3D_Rendering","featureVersion":"3.2","featureCount":4}]},
					  {"hostId":{"value":"eng-ws-017","type":"STRING"},"reservationEntries":[{"featureName":"VR_MODE","featureVersion":"1.0","featureCount":2},
					                                                                        {"featureName":"2DLine","featureVersion":"1.0","featureCount":1}]}]},
					 {"name":"Sales Group","reservations":[
					  {"hostId":{"value":"jdoe","type":"USER"},"reservationEntries":[{"featureName":"Export_CSV","featureVersion":"4.8","featureCount":3}]}]}]
					""").getAsJsonArray());
		} catch (ApiException e) {
			LOG.log(Level.WARNING, "The demo reservations were refused: " + e.getMessage());
		}
	}

	/** One round of the simulation: a handful of devices ask for licenses or return theirs. */
	private void tick() {
		try {
			int requests = 5 + random.nextInt(15);
			for (int i = 0; i < requests; i++) {
				int device = random.nextInt(DEVICES);
				licensing.capability(request(device), true);
			}
		} catch (ApiException e) {
			// a device that finds no counts left is part of the demo
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "A simulated device failed", e);
		}
	}

	private JsonObject request(int device) {
		JsonObject request = new JsonObject();
		JsonObject hostId = new JsonObject();
		String prefix = PREFIXES[device % PREFIXES.length];
		String name = prefix.endsWith("-") ? prefix + String.format("%03d", device) : prefix + device;
		hostId.addProperty("value", name);
		hostId.addProperty("type", device % 7 == 0 ? "ETHERNET" : "STRING");
		if (device % 7 == 0) {
			hostId.addProperty("value", String.format("0050%08X", device * 7919));
		}
		request.add("hostId", hostId);
		request.addProperty("hostName", name);
		request.addProperty("deviceType", device % 3 == 0 ? "VIRTUAL" : "PHYSICAL");
		request.addProperty("partial", true);
		request.addProperty("borrow-interval", Integer.toString(600 + random.nextInt(3000)));
		if (device % 11 == 0) {
			request.addProperty("user", "jdoe");
		}
		JsonObject dictionary = new JsonObject();
		dictionary.addProperty("business-unit", device % 2 == 0 ? "engineering" : "sales");
		request.add("vendorDictionary", dictionary);
		JsonArray features = new JsonArray();
		if (random.nextInt(4) != 0) {
			List<FeatureRecord> catalogue = features(LocalDate.now(ZoneOffset.UTC));
			int wanted = 1 + random.nextInt(3);
			for (int i = 0; i < wanted; i++) {
				FeatureRecord feature = catalogue.get(random.nextInt(catalogue.size()));
				JsonObject f = new JsonObject();
				f.addProperty("name", feature.name());
				f.addProperty("version", feature.version());
				f.addProperty("count", 1 + random.nextInt(3));
				features.add(f);
			}
		}
		request.add("features", features);
		return request;
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}
}
