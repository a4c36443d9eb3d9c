package org.seatkeeper.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.seatkeeper.server.tests.ServerFixture.Answer;

/** Records of devices that hold nothing are forgotten after the retention, so that a flood leaves no trace. */
class DeviceRetentionTest extends EmbeddedServerTest {

	private static String request(String host, int count, String extra) {
		return "{\"hostId\":{\"type\":\"STRING\",\"value\":\"" + host + "\"},\"features\":[{\"name\":\"f1\",\"version\":\"1.0\",\"count\":"
				+ count + "}]" + extra + "}";
	}

	private List<String> hosts() {
		return server.get("clients", admin).json().getAsJsonArray().asList().stream()
				.map(c -> c.getAsJsonObject().get("requestHostid").toString()).toList();
	}

	private int clients() {
		return server.get("clients", admin).json().getAsJsonArray().size();
	}

	@Test
	void returnedExpiredAndDroppedDevicesAreForgottenAfterTheRetentionServedOnesNever() {
		server.server.licensing().addFeatures(List.of(LicensingApiTest.feature("f1", "1.0", 10, null)));
		assertEquals(200, server.post("configuration", admin, "{\"licensing.clientRetention\":\"10d\"}").status());
		assertEquals(200, server.post("access_request", null, request("returned", 1, "")).status());
		assertEquals(200, server.post("access_request", null, request("returned", 0, "")).status());
		assertEquals(200, server.post("access_request", null, request("expires", 1, ",\"borrow-interval\":\"1d\"")).status());
		assertEquals(200, server.post("access_request", null, request("dropped", 1, "")).status());
		int dropped = server.get("clients", admin).json().getAsJsonArray().asList().stream().map(c -> c.getAsJsonObject())
				.filter(c -> c.toString().contains("\"dropped\"")).findFirst().orElseThrow().get("id").getAsInt();
		assertEquals(204, server.send("DELETE", "clients/" + dropped, admin, null, null).status());
		server.clock.advance(Duration.ofDays(9));
		assertEquals(200, server.post("access_request", null, request("served", 1, ",\"borrow-interval\":\"1w\"")).status());
		server.server.licensing().sweep();
		admin = server.admin();
		assertEquals(4, clients(), "nothing is older than 10 days yet: " + hosts());

		server.clock.advance(Duration.ofDays(2));
		server.server.licensing().sweep();
		admin = server.admin();
		Answer left = server.get("clients", admin);
		assertEquals(1, left.json().getAsJsonArray().size(), left.body());
		assertTrue(left.body().contains("\"served\""), left.body());
	}

	@Test
	void aFloodOfNewHostidsLeavesTheFolderAsItWasOnceThePurgeHasRun() throws IOException {
		server.server.licensing().addFeatures(List.of(LicensingApiTest.feature("f1", "1.0", 5, null)));
		assertEquals(200, server.post("configuration", admin,
				"{\"licensing.clientRetention\":\"1h\",\"security.licensing.requestsPerSecond\":\"0\"}").status());
		server.server.close();
		server.start();
		admin = server.admin();
		long before = size(dir);
		String dictionary = ",\"partial\":true,\"borrow-interval\":\"60\",\"vendorDictionary\":{\"pad\":\"" + "x".repeat(2000) + "\"}";
		for (int i = 0; i < 1500; i++) {
			assertEquals(200, server.post("access_request", null, request("flood-" + i, 1, dictionary)).status());
		}
		long flooded = size(dir);
		assertTrue(flooded - before > 1_500 * 2000, "the flood is on disk: " + (flooded - before) + " bytes");
		server.clock.advance(Duration.ofHours(2));
		server.server.licensing().sweep();
		admin = server.admin();
		assertEquals(0, clients());
		assertTrue(size(dir) - before > 1_500 * 2000, "the purge is written, the folder not compacted yet while purges go on");
		server.server.licensing().sweep(); // finds nothing more to purge: the purge is over, and the folder is compacted
		long after = size(dir);
		assertTrue(after - before < 100_000, "the folder grew by " + (after - before) + " bytes");
	}

	private static long size(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> {
				try {
					return Files.size(file);
				} catch (IOException e) {
					return 0;
				}
			}).sum();
		}
	}
}
