package org.seatkeeper.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;
import org.seatkeeper.server.tests.ServerFixture.Answer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The serving rules of the admin guide (the reference's §2.9), one scenario each, on the embedded
 * server with a clock that stands still: remainder, server-specified counts, count 0, negative
 * incremental counts, borrow expiry and granularity, virtual devices, redistribution of returned
 * counts, deleted pools, dropping all devices, and the choices API.md records.
 */
class ServingRulesTest extends EmbeddedServerTest {

	private List<FeatureRecord> install(FeatureRecord... features) {
		return server.server.licensing().addFeatures(List.of(features));
	}

	private static FeatureRecord feature(String name, String version, int count, String expiry) {
		return LicensingApiTest.feature(name, version, count, expiry);
	}

	private Answer request(String host, String extra, String... features) {
		return server.post("access_request", null, "{\"hostId\":{\"type\":\"STRING\",\"value\":\"" + host + "\"},\"hostName\":\"" + host
				+ "\",\"features\":[" + String.join(",", features) + "]" + extra + "}");
	}

	private static String want(String name, String version, int count) {
		return "{\"name\":\"" + name + "\",\"version\":\"" + version + "\",\"count\":" + count + "}";
	}

	private void model(String text) {
		Answer uploaded = server.send("POST", "model", admin, "text/plain", text);
		assertEquals(200, uploaded.status(), uploaded.body());
	}

	/** "name:count" for each feature of an answer, and "(partial)" after those so marked. */
	private static String granted(Answer answer) {
		assertEquals(200, answer.status(), answer.body());
		List<String> granted = new ArrayList<>();
		for (JsonElement element : answer.object().getAsJsonArray("features")) {
			JsonObject f = element.getAsJsonObject();
			granted.add(f.get("name").getAsString() + ":" + f.get("count").getAsInt() + (f.has("partial") ? "(partial)" : ""));
		}
		return String.join(", ", granted);
	}

	/** "pool slice/computed STATUS" for each slice of feature record {@code featureId}, pool by pool. */
	private String slices(int featureId) {
		List<String> slices = new ArrayList<>();
		for (JsonElement element : server.get("partitions", admin).object().getAsJsonArray("partitions")) {
			JsonObject pool = element.getAsJsonObject();
			for (JsonElement s : pool.getAsJsonArray("activeFeatureSlices")) {
				JsonObject slice = s.getAsJsonObject();
				boolean ofRecord = slice.has("feature") && slice.getAsJsonObject("feature").get("id").getAsInt() == featureId;
				if (ofRecord || !slice.has("feature")) {
					slices.add(pool.get("name").getAsString() + (pool.has("deleted") ? "(deleted)" : "") + " " + slice.get("slice").getAsInt()
							+ "/" + slice.get("computedCount").getAsLong() + " used " + slice.get("used").getAsInt() + " "
							+ slice.get("status").getAsString());
				}
			}
		}
		return String.join("; ", slices);
	}

	private JsonObject feature(int id) {
		return server.get("features/" + id, admin).object();
	}

	// ---- 1. remainder

	@Test
	void aRemainderIsFilledWhereItStandsAndLaterPoolsGetNone() {
		int f1 = install(feature("f1", "1.0", 10, null)).get(0).id();
		model("""
				model "m" {
				  partitions {
				    partition "p1" { "f1" 1.0 remainder }
				    partition "p2" { "f1" 1.0 3 }
				  }
				  on hostname("a") { use "p2" accept }
				}
				""");
		assertEquals("p1 10/10 used 0 NORMAL; p2 0/3 used 0 DEFICIT", slices(f1));
		assertEquals(409, request("a", "", want("f1", "1.0", 1)).status(), "p2 holds nothing");
	}

	// ---- 2. server-specified counts

	static final String SERVER_SPECIFIED = """
			model "m" {
			  partitions {
			    partition "p1" { "f1" 1.0 2 "f2" 1.0 1 }
			    partition "p2" { "f1" 1.0 5 }
			  }
			  on hostname("kiosk") { use "p2" without requested features { "f1" 1.0 1 } accept }
			  on hostname("lab") { use "p2" without requested features { all from "p1" } accept }
			}
			""";

	@Test
	void aRequestWithoutFeaturesGetsTheCountsTheMatchingRuleSpecifiesMarkedPartial() {
		install(feature("f1", "1.0", 10, null), feature("f2", "1.0", 4, null));
		model(SERVER_SPECIFIED);
		assertEquals("f1:1(partial)", granted(request("kiosk", "")));
		assertEquals("f1:2(partial), f2:1(partial)", granted(request("lab", "")), "all of p1");
		assertEquals("f1:3", granted(request("kiosk", "", want("f1", "1.0", 3))), "with desired features the block is ignored");
		assertEquals("", granted(request("other", "")), "the default rule specifies nothing");
		assertEquals("", granted(request("lab2", "")), "hostname lab2 does not match");
		// p1 is used up: a second device named "lab" gets what is left, nothing, and is not refused
		Answer second = server.post("access_request", null, "{\"hostId\":{\"value\":\"lab-b\"},\"hostName\":\"lab\",\"features\":[]}");
		assertEquals("", granted(second));
		assertEquals("PARTIAL", second.object().get("status").getAsString());
	}

	// ---- 3. count 0

	@Test
	void aCountOfZeroServesNoneOfTheFeatureEvenIfReserved() {
		int f1 = install(feature("f1", "1.0", 10, null), feature("f2", "1.0", 10, null)).get(0).id();
		Answer group = server.post("reservationgroups", admin, "{\"name\":\"g\",\"reservations\":[{\"hostId\":{\"value\":\"a\",\"type\":\"STRING\"},"
				+ "\"reservationEntries\":[{\"featureName\":\"f1\",\"featureVersion\":\"1.0\",\"featureCount\":2}]}]}");
		assertEquals(201, group.status(), group.body());
		assertEquals("f2:1", granted(request("a", "", want("f1", "1.0", 0), want("f2", "1.0", 1))));
		assertEquals(0, feature(f1).get("used").getAsInt());
		assertEquals("f1:2", granted(request("a", "")), "without desired features it gets its reservation");
	}

	// ---- 4. negative incremental counts

	@Test
	void aNegativeIncrementalCountGivesThatManyBack() {
		int f1 = install(feature("f1", "1.0", 10, null)).get(0).id();
		assertEquals("f1:5", granted(request("a", "", want("f1", "1.0", 5))));
		assertEquals("f1:3", granted(request("a", ",\"incremental\":true", want("f1", "1.0", -2))));
		assertEquals(3, feature(f1).get("used").getAsInt());
		assertEquals("f1:3", granted(request("a", ",\"incremental\":true", want("f1", "1.0", 0))), "0 changes nothing");
		assertEquals("", granted(request("a", ",\"incremental\":true", want("f1", "1.0", -9))), "more than held gives back all");
		assertEquals(0, feature(f1).get("used").getAsInt());
		assertEquals("RETURNED", server.get("clients", admin).json().getAsJsonArray().get(0).getAsJsonObject().get("servedStatus")
				.getAsString());
	}

	@Test
	void givingBackStartsWithOverdraftThenSharedThenReservedCounts() {
		int f1 = install(LicensingApiTest.feature("f1", "1.0", 4, null, 2)).get(0).id();
		server.post("reservationgroups", admin, "{\"name\":\"g\",\"reservations\":[{\"hostId\":{\"value\":\"a\",\"type\":\"STRING\"},"
				+ "\"reservationEntries\":[{\"featureName\":\"f1\",\"featureVersion\":\"1.0\",\"featureCount\":1}]}]}");
		request("a", "", want("f1", "1.0", 6));
		assertEquals(2, feature(f1).get("overdraftUsedCount").getAsInt());
		request("a", ",\"incremental\":true", want("f1", "1.0", -3));
		JsonObject state = feature(f1);
		assertEquals(3, state.get("used").getAsInt());
		assertEquals(0, state.get("overdraftUsedCount").getAsInt(), "overdraft first");
		assertEquals(1, state.get("assignedReserved").getAsInt(), "reserved counts last");
	}

	// ---- 5. and 6. borrow expiry

	private void settings(String json) {
		Answer changed = server.post("configuration", admin, json);
		assertEquals(200, changed.status(), changed.body());
	}

	private void at(String instant) {
		server.clock.advance(Duration.between(server.clock.instant(), Instant.parse(instant)));
	}

	@Test
	void theBorrowNeverOutlastsTheFeature() {
		install(feature("f1", "1.0", 10, "2026-11-25"), feature("f2", "1.0", 10, null));
		Answer answer = request("a", ",\"borrow-interval\":\"1w\"", want("f1", "1.0", 1), want("f2", "1.0", 1));
		assertEquals("2026-11-25T23:59:59Z", answer.object().get("expiry").getAsString(), "the end of the feature's last day");
		assertEquals(Duration.between(Instant.parse("2026-11-23T10:00:00Z"), Instant.parse("2026-11-25T23:59:59Z")).toSeconds(),
				answer.object().get("borrowInterval").getAsLong());
		assertEquals("2026-11-30T10:00:00Z", request("b", ",\"borrow-interval\":\"1w\"", want("f2", "1.0", 1)).object().get("expiry")
				.getAsString());
	}

	@Test
	void granularityRoundsUpToTheEndOfTheUnitWithinTheMaximum() {
		install(feature("f1", "1.0", 10, null));
		settings("{\"licensing.defaultBorrowGranularity\":\"MINUTE\",\"licensing.borrowIntervalMax\":\"1h\"}");
		at("2026-11-23T17:05:01Z");
		Answer minute = request("a", ",\"borrow-interval\":\"60\"", want("f1", "1.0", 1));
		assertEquals("2026-11-23T17:06:59Z", minute.object().get("expiry").getAsString(), "the documented example");
		assertEquals(60, minute.object().get("borrowInterval").getAsLong());
		assertEquals(9, minute.object().get("renewInterval").getAsLong(), "15% of the effective interval");
		Answer hour = request("b", ",\"borrow-interval\":\"60\",\"borrow-granularity\":\"hour\"", want("f1", "1.0", 1));
		assertEquals("2026-11-23T17:59:59Z", hour.object().get("expiry").getAsString(), "a request may name its own granularity");
		Answer day = request("c", ",\"borrow-interval\":\"60\",\"borrow-granularity\":\"DAY\"", want("f1", "1.0", 1));
		assertEquals("2026-11-23T18:05:01Z", day.object().get("expiry").getAsString(), "never beyond the maximum borrow interval");
	}

	// ---- 7. virtual devices

	@Test
	void virtualDevicesAreRefusedWhenTheServerSaysSo() {
		install(feature("f1", "1.0", 10, null));
		assertEquals(200, request("vm-1", ",\"deviceType\":\"VIRTUAL\"", want("f1", "1.0", 1)).status());
		settings("{\"licensing.allowVirtualClients\":\"false\"}");
		Answer refused = request("vm-2", ",\"deviceType\":\"virtual\"", want("f1", "1.0", 1));
		assertEquals(403, refused.status());
		assertEquals("glsErr.virtualClientsNotAllowed", refused.errorKey());
		assertTrue(refused.object().get("message").getAsString().contains("licensing.allowVirtualClients"), refused.body());
		assertEquals(200, request("pc-1", ",\"deviceType\":\"PHYSICAL\"", want("f1", "1.0", 1)).status());
		assertEquals(200, request("pc-2", "", want("f1", "1.0", 1)).status(), "a device of unknown type is served");
	}

	// ---- 9. and 10. redistribution, deleted pools

	static final String TWO_POOLS = """
			model "m" {
			  partitions {
			    partition "eng" { "f1" 1.0 4 }
			    partition "sales" { "f1" 1.0 4 }
			  }
			  on hostname("~/e.*/") { use "eng" accept }
			  on hostname("~/s.*/") { use "sales" accept }
			  on hostname("~/both.*/") { use "default", "sales" accept }
			}
			""";

	@Test
	void returnedCountsFillDeficitPoolsTheDeviceCanReachFirst() {
		int f1 = install(feature("f1", "1.0", 10, null)).get(0).id();
		// before any model, devices use 8 of 10 counts of the default pool
		assertEquals(200, request("old-1", "", want("f1", "1.0", 4)).status());
		assertEquals(200, request("both-2", "", want("f1", "1.0", 4)).status());
		model(TWO_POOLS);
		assertEquals("eng 2/4 used 0 DEFICIT; sales 0/4 used 0 DEFICIT; default 8/8 used 8 NORMAL", slices(f1),
				"counts in use stay in the pool they came from; the named pools get the free ones");
		// both-2 reaches sales (not eng): its 4 returned counts fill sales first, although eng comes first
		assertEquals(200, request("both-2", "").status());
		assertEquals("eng 2/4 used 0 DEFICIT; sales 4/4 used 0 NORMAL; default 4/4 used 4 NORMAL", slices(f1));
		// old-1 reaches neither: its counts fill the other deficit, in model order, and the rest is the default pool's
		assertEquals(200, request("old-1", "").status());
		assertEquals("eng 4/4 used 0 NORMAL; sales 4/4 used 0 NORMAL; default 2/2 used 0 NORMAL", slices(f1));
		assertEquals("f1:4", granted(request("e1", "", want("f1", "1.0", 4))));
		assertEquals("f1:4", granted(request("s1", "", want("f1", "1.0", 4))));
	}

	@Test
	void aPoolAtItsShareKeepsWhatIsReturnedToIt() {
		int f1 = install(feature("f1", "1.0", 6, null)).get(0).id();
		model(TWO_POOLS);
		assertEquals("eng 4/4 used 0 NORMAL; sales 2/4 used 0 DEFICIT", slices(f1));
		request("e1", "", want("f1", "1.0", 3));
		request("e1", "");
		assertEquals("eng 4/4 used 0 NORMAL; sales 2/4 used 0 DEFICIT", slices(f1), "eng is not put in deficit to fill sales");
	}

	@Test
	void aPoolTheNewModelDeletesStaysListedUntilItsCountsReturn() {
		int f1 = install(feature("f1", "1.0", 10, null)).get(0).id();
		model(TWO_POOLS);
		assertEquals(200, request("s1", "", want("f1", "1.0", 3)).status());
		model("""
				model "m2" {
				  partitions { partition "eng" { "f1" 1.0 8 } }
				  on hostname("~/s.*/") { use "eng" accept }
				}
				""");
		assertEquals("eng 7/8 used 0 DEFICIT; sales(deleted) 3/0 used 3 NORMAL", slices(f1));
		// s1 renews: it returns first; its counts fill eng's deficit, the rest goes to the default pool, and sales is gone
		assertEquals("f1:3", granted(request("s1", "", want("f1", "1.0", 3))));
		assertEquals("eng 8/8 used 3 NORMAL; default 2/2 used 0 NORMAL", slices(f1));
		assertFalse(server.get("partitions", admin).body().contains("\"sales\""));
	}

	@Test
	void countsInUseThatNoLineOfTheirPoolTakesStayUntilReturnedThenGoToTheDefaultPool() {
		List<FeatureRecord> records = install(feature("f1", "1.0", 10, null), feature("f2", "1.0", 10, null));
		int f1 = records.get(0).id();
		model("model \"a\" { partitions { partition \"eng\" { \"f1\" 1.0 5 } } on hostname(\"~/e.*/\") { use \"eng\" accept } }");
		assertEquals("f1:3", granted(request("e1", "", want("f1", "1.0", 3))));
		model("model \"b\" { partitions { partition \"eng\" { \"f2\" 1.0 5 } } on hostname(\"~/e.*/\") { use \"eng\" accept } }");
		assertEquals("eng 3/0 used 3 NORMAL; default 7/7 used 0 NORMAL", slices(f1));
		assertEquals(200, request("e1", "").status());
		assertEquals("default 10/10 used 0 NORMAL", slices(f1));
		assertEquals(409, request("e2", "", want("f1", "1.0", 1)).status(), "eng no longer has f1");
	}

	@Test
	void aServerWithPoolsKeepsWhatTheyHoldAcrossARestart() throws Exception {
		int f1 = install(feature("f1", "1.0", 10, null)).get(0).id();
		assertEquals(200, request("old-1", "", want("f1", "1.0", 8)).status());
		model(TWO_POOLS);
		assertEquals(200, request("old-1", "", want("f1", "1.0", 2)).status());
		String before = slices(f1);
		assertEquals("eng 4/4 used 0 NORMAL; sales 4/4 used 0 NORMAL; default 2/2 used 2 NORMAL", before);
		server.restart();
		admin = server.admin();
		assertEquals(before, slices(f1));
	}

	@Test
	void poolsWrittenByAnEarlierVersionLoadAndServe() throws Exception {
		int f1 = install(feature("f1", "1.0", 10, null)).get(0).id();
		model(TWO_POOLS);
		assertEquals("f1:2", granted(request("e1", "", want("f1", "1.0", 2))));
		server.close(); // writes the snapshot
		java.nio.file.Path snapshot = dir.resolve("state.json");
		JsonObject saved = com.google.gson.JsonParser.parseString(java.nio.file.Files.readString(snapshot)).getAsJsonObject();
		// as an earlier version wrote them: no line numbers, no deleted flag, and the default pool's slices kept
		for (JsonElement pool : saved.getAsJsonObject("state").getAsJsonObject("model").getAsJsonArray("pools")) {
			pool.getAsJsonObject().remove("deleted");
			for (JsonElement slice : pool.getAsJsonObject().getAsJsonArray("slices")) {
				slice.getAsJsonObject().remove("line");
			}
			if (pool.getAsJsonObject().get("isDefault").getAsBoolean()) {
				pool.getAsJsonObject().add("slices", com.google.gson.JsonParser.parseString(
						"[{\"id\":99,\"featureId\":" + f1 + ",\"slice\":9,\"computed\":9,\"requested\":\"9\"}]"));
			}
		}
		java.nio.file.Files.writeString(snapshot, saved.toString());
		server.start();
		admin = server.admin();
		assertEquals("eng 4/4 used 2 NORMAL; sales 4/4 used 0 NORMAL; default 2/2 used 0 NORMAL", slices(f1));
		assertEquals("f1:2", granted(request("e2", "", want("f1", "1.0", 2))));
		assertEquals(409, request("e3", "", want("f1", "1.0", 1)).status(), "eng holds 4");
		assertEquals(200, request("e1", "").status());
		assertEquals("eng 4/4 used 2 NORMAL; sales 4/4 used 0 NORMAL; default 2/2 used 0 NORMAL", slices(f1));
	}

	// ---- 11. dropping all devices

	@Test
	void deleteClientsDropsEveryDevice() {
		server.post("users", admin, "{\"name\":\"reader\",\"password\":\"Read-0nly!\"}");
		String reader = server.login("reader", "Read-0nly!");
		int f1 = install(feature("f1", "1.0", 10, null)).get(0).id();
		request("a", "", want("f1", "1.0", 2));
		request("b", "", want("f1", "1.0", 3));
		assertEquals(403, server.send("DELETE", "clients", reader, null, null).status());
		assertEquals(204, server.send("DELETE", "clients", admin, null, null).status());
		assertEquals(0, feature(f1).get("used").getAsInt());
		JsonArray clients = server.get("clients", admin).json().getAsJsonArray();
		assertEquals(2, clients.size());
		clients.forEach(c -> assertEquals("DROPPED", c.getAsJsonObject().get("servedStatus").getAsString()));
	}

	// ---- choices

	@Test
	void userReservationsCompareWithoutRegardToCaseEverywhere() {
		install(feature("f1", "1.0", 10, null));
		Answer joe = server.post("reservationgroups", admin, "{\"name\":\"g\",\"reservations\":[{\"hostId\":{\"value\":\"Joe\",\"type\":\"USER\"},"
				+ "\"reservationEntries\":[{\"featureName\":\"f1\",\"featureVersion\":\"1.0\",\"featureCount\":2}]}]}");
		assertEquals(201, joe.status(), joe.body());
		Answer duplicate = server.post("reservationgroups", admin, "{\"name\":\"h\",\"reservations\":[{\"hostId\":{\"value\":\"joe\",\"type\":\"USER\"},"
				+ "\"reservationEntries\":[{\"featureName\":\"f1\",\"featureVersion\":\"1.0\",\"featureCount\":1}]}]}");
		assertEquals("glsErr.duplicateReservation", duplicate.errorKey());
		Answer served = request("pc", ",\"user\":\"joe\"");
		assertEquals("f1:2", granted(served), "joe's request matches Joe's reservation");
		assertEquals(2, served.object().getAsJsonArray("features").get(0).getAsJsonObject().get("reserved").getAsInt());
	}

	@Test
	void poolsAreUsedInThePartitionsOrderNotTheUseOrder() {
		install(feature("f1", "1.0", 10, null));
		model("""
				model "m" {
				  partitions {
				    partition "eng" { "f1" 1.0 2 }
				    partition "sales" { "f1" 1.0 2 }
				  }
				  on any() { use "sales", "eng" accept }
				}
				""");
		Answer answer = request("a", "", want("f1", "1.0", 3));
		JsonArray features = answer.object().getAsJsonArray("features");
		assertEquals("eng", features.get(0).getAsJsonObject().get("pool").getAsString());
		assertEquals(2, features.get(0).getAsJsonObject().get("count").getAsInt());
		assertEquals("sales", features.get(1).getAsJsonObject().get("pool").getAsString());
	}

	@Test
	void aRefusedRequestKeepsWhatTheDeviceHeld() {
		int f1 = install(feature("f1", "1.0", 5, null)).get(0).id();
		assertEquals("f1:3", granted(request("a", "", want("f1", "1.0", 3))));
		Answer refused = request("a", "", want("f1", "1.0", 6));
		assertEquals(409, refused.status());
		assertEquals(3, feature(f1).get("used").getAsInt());
		JsonObject held = server.get("clients", admin).json().getAsJsonArray().get(0).getAsJsonObject().getAsJsonArray("features")
				.get(0).getAsJsonObject();
		assertEquals(3, held.get("count").getAsInt(), "nothing was returned: a refusal changes nothing");
		assertEquals("NORMAL", server.get("clients", admin).json().getAsJsonArray().get(0).getAsJsonObject().get("servedStatus")
				.getAsString());
	}

	@Test
	void uncountedFeaturesCannotBeReserved() {
		install(new FeatureRecord(0, "viewer", "1.0", 0, null, null, null, "demo", 0, true, null, null, null, null, null));
		Answer refused = server.post("reservationgroups", admin, "{\"name\":\"g\",\"reservations\":[{\"hostId\":{\"value\":\"a\",\"type\":\"STRING\"},"
				+ "\"reservationEntries\":[{\"featureName\":\"viewer\",\"featureVersion\":\"1.0\",\"featureCount\":1}]}]}");
		assertEquals(400, refused.status());
		assertTrue(refused.object().get("message").getAsString().contains("uncounted features cannot be reserved"), refused.body());
	}
}
