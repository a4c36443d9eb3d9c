package org.seatkeeper.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;
import org.seatkeeper.server.tests.ServerFixture.Answer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

class LicensingApiTest extends EmbeddedServerTest {

	static FeatureRecord feature(String name, String version, int count, String expiry) {
		return feature(name, version, count, expiry, 0);
	}

	static FeatureRecord feature(String name, String version, int count, String expiry, int overdraft) {
		return new FeatureRecord(0, name, version, count, expiry == null ? null : LocalDate.parse(expiry), null, null, "demo",
				overdraft, false, null, null, null, null, null);
	}

	private List<FeatureRecord> install(FeatureRecord... features) {
		return server.server.licensing().addFeatures(List.of(features));
	}

	private Answer checkout(String host, String features, String extra) {
		return server.post("access_request", null, "{\"hostId\":{\"type\":\"STRING\",\"value\":\"" + host + "\"},\"features\":["
				+ features + "]" + extra + "}");
	}

	private static String want(String name, String version, int count) {
		return "{\"name\":\"" + name + "\",\"version\":\"" + version + "\",\"count\":" + count + "}";
	}

	private JsonObject featureState(int id) {
		return server.get("features/" + id, admin).object();
	}

	/** "featureId:count" for each grant of the answer. */
	private static String grants(Answer answer) {
		List<String> grants = new ArrayList<>();
		for (JsonElement element : answer.object().getAsJsonArray("features")) {
			JsonObject f = element.getAsJsonObject();
			grants.add(f.get("featureId").getAsInt() + ":" + f.get("count").getAsInt());
		}
		return String.join(", ", grants);
	}

	@Test
	void featuresHaveTheDocumentedKeysAndSummaries() {
		install(feature("f1", "1.0", 10, null), feature("f1", "1.0", 5, "2027-03-01"), feature("f2", "2.0", 3, "2027-01-01"));
		JsonArray features = server.get("features", admin).json().getAsJsonArray();
		assertEquals(3, features.size());
		JsonObject first = features.get(0).getAsJsonObject();
		for (String key : List.of("id", "featureName", "featureVersion", "featureCount", "used", "sharedUsed", "reserved",
				"assignedReserved", "unassignedReserved", "overdraftCount", "overdraftUsedCount", "uncappedOverdraft", "metered",
				"meteredReusable", "meteredUndoInterval", "concurrent", "uncounted", "type", "featureKind", "vendor", "featureId",
				"expiry", "receivedTime")) {
			assertTrue(first.has(key), key);
		}
		assertEquals("permanent", first.get("expiry").getAsString());
		assertEquals("CONCURRENT", first.get("type").getAsString());
		JsonObject summary = server.get("features/summaries", admin).object().getAsJsonObject("f1").getAsJsonObject("1.0");
		assertEquals(15, summary.get("totalCount").getAsInt());
		assertEquals(15, summary.get("totalAvailable").getAsInt());
		assertEquals("2027-03-01", summary.get("firstExpiration").getAsString());
		assertEquals("permanent", summary.get("lastExpiration").getAsString());
		assertEquals(404, server.get("features/99", admin).status());
		assertEquals(404, server.get("features/abc", admin).status());
	}

	@Test
	void aCheckoutUsesCountsAndShowsTheDevice() {
		int id = install(feature("f1", "1.0", 10, null)).get(0).id();
		Answer answer = checkout("pc-1", want("f1", "1.0", 3), ",\"hostName\":\"build-01\"");
		assertEquals(200, answer.status(), answer.body());
		assertEquals("OK", answer.object().get("status").getAsString());
		assertEquals(id + ":3", grants(answer));
		assertEquals(3, featureState(id).get("used").getAsInt());
		JsonArray clients = server.get("clients", admin).json().getAsJsonArray();
		assertEquals(1, clients.size());
		JsonObject client = clients.get(0).getAsJsonObject();
		assertEquals("NORMAL", client.get("servedStatus").getAsString());
		assertEquals("pc-1", client.getAsJsonObject("requestHostid").get("hostidValue").getAsString());
		assertEquals("build-01", client.get("hostName").getAsString());
		assertEquals(3, client.getAsJsonArray("features").get(0).getAsJsonObject().get("count").getAsInt());
		assertEquals(1, server.get("features/" + id + "/clients", admin).json().getAsJsonArray().size());
		// asking again returns what the device held first
		checkout("pc-1", want("f1", "1.0", 2), "");
		assertEquals(2, featureState(id).get("used").getAsInt());
		checkout("pc-1", want("f1", "1.0", 4), ",\"incremental\":true");
		assertEquals(6, featureState(id).get("used").getAsInt());
		// a preview changes nothing
		Answer preview = server.post("preview_request", null, "{\"hostId\":{\"value\":\"pc-2\"},\"features\":[" + want("f1", "1.0", 4) + "]}");
		assertEquals(200, preview.status());
		assertEquals(6, featureState(id).get("used").getAsInt());
	}

	@Test
	void devicesCarryTheRealKeysAndAFeatureListsOneUsageRecordPerGrant() {
		int id = install(feature("f1", "1.0", 10, null)).get(0).id();
		assertEquals(200, checkout("pc-1", want("f1", "1.0", 3),
				",\"hostName\":\"build-01\",\"deviceType\":\"virtual\",\"user\":\"ana\",\"correlationId\":\"corr-77\"").status());
		String selected = server.get("hostids/selected", admin).object().get("value").getAsString();
		JsonObject client = server.get("clients", admin).json().getAsJsonArray().get(0).getAsJsonObject();
		for (String key : List.of("id", "servedStatus", "requestHostid", "machineType", "updateTime", "hostid", "serverHostid",
				"trusted", "requestOperation", "correlationId", "collectedHostIds", "hostType", "hostName", "expiry")) {
			assertTrue(client.has(key), key);
		}
		assertEquals("VIRTUAL", client.get("machineType").getAsString());
		assertTrue(client.get("updateTime").getAsString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z"),
				"RFC 3339 to the millisecond: " + client.get("updateTime"));
		assertEquals("ana", client.get("userId").getAsString());
		assertEquals("pc-1", client.getAsJsonObject("hostid").get("hostidValue").getAsString());
		assertEquals(selected, client.getAsJsonObject("serverHostid").get("hostidValue").getAsString());
		assertFalse(client.get("trusted").getAsBoolean());
		assertEquals("REQUEST", client.get("requestOperation").getAsString());
		assertEquals("corr-77", client.get("correlationId").getAsString());
		assertEquals("USER:ana", client.get("collectedHostIds").getAsString(), "the hostids given besides the device's own");

		JsonArray usages = server.get("features/" + id + "/clients", admin).json().getAsJsonArray();
		assertEquals(1, usages.size());
		JsonObject usage = usages.get(0).getAsJsonObject();
		for (String key : List.of("id", "useCount", "usageKind", "reservedCount", "client")) {
			assertTrue(usage.has(key), key);
		}
		assertEquals(3, usage.get("useCount").getAsInt());
		assertEquals(0, usage.get("reservedCount").getAsInt());
		JsonObject device = usage.getAsJsonObject("client");
		for (String key : List.of("id", "serverHostid", "requestHostid", "correlationId", "collectedHostIds", "hostType",
				"updateTime", "machineType", "hostid", "trusted", "requestOperation", "servedStatus", "expiry")) {
			assertTrue(device.has(key), key);
		}
		assertEquals(client.get("id").getAsInt(), device.get("id").getAsInt());
		assertFalse(device.has("features"), "the device under a usage record is the real one, without its holdings");

		assertEquals(200, checkout("pc-1", "", "").status());
		assertEquals(0, server.get("features/" + id + "/clients", admin).json().getAsJsonArray().size(), "a returned device uses none");
		assertEquals("RETURN", server.get("clients", admin).json().getAsJsonArray().get(0).getAsJsonObject().get("requestOperation")
				.getAsString());
	}

	@Test
	void exactVersionFirstShorterExpiryFirstNeverLowerOverdraftLast() {
		List<FeatureRecord> f = install(feature("f1", "1.0", 100, null), feature("f1", "2.0", 2, null),
				feature("f1", "2.0", 2, "2027-01-01"), feature("f1", "3.0", 2, null, 0), feature("f1", "2.5", 1, null, 2));
		Answer answer = checkout("pc", want("f1", "2.0", 9), "");
		assertEquals(200, answer.status(), answer.body());
		// 2.0 expiring first, 2.0 permanent, then 2.5, then 3.0, then the overdraft of 2.5 (one grant per record)
		assertEquals(f.get(2).id() + ":2, " + f.get(1).id() + ":2, " + f.get(4).id() + ":3, " + f.get(3).id() + ":2",
				grants(answer));
		assertEquals(2, answer.object().getAsJsonArray("features").get(2).getAsJsonObject().get("overdraft").getAsInt());
		assertEquals(0, featureState(f.get(0).id()).get("used").getAsInt(), "a lower version is never used");
		assertEquals(2, featureState(f.get(4).id()).get("overdraftUsedCount").getAsInt());
		assertEquals(1, server.get("overages", admin).json().getAsJsonArray().size());
	}

	@Test
	void shortCountsRefuseTheRequestUnlessPartial() {
		int id = install(feature("f1", "1.0", 5, null)).get(0).id();
		checkout("a", want("f1", "1.0", 3), "");
		Answer refused = checkout("b", want("f1", "1.0", 3) + "," + want("f2", "1.0", 1), "");
		assertEquals(409, refused.status());
		assertEquals("glsErr.insufficientCounts", refused.errorKey());
		assertTrue(refused.object().get("message").getAsString().contains("f1 1.0: asked 3, available 2"), refused.body());
		assertEquals(3, featureState(id).get("used").getAsInt(), "nothing was granted");
		Answer partial = checkout("b", want("f1", "1.0", 3), ",\"partial\":true");
		assertEquals("PARTIAL", partial.object().get("status").getAsString());
		assertEquals(id + ":2", grants(partial));
		assertEquals(5, featureState(id).get("used").getAsInt());
	}

	@Test
	void borrowsEndAndExpiredDevicesFreeTheirCounts() {
		int id = install(feature("f1", "1.0", 5, null)).get(0).id();
		assertEquals(200, server.post("configuration", admin, "{\"licensing.borrowIntervalMax\":\"1h\"}").status());
		Answer answer = checkout("a", want("f1", "1.0", 5), ",\"borrow-interval\":\"86400\"");
		assertEquals(3600, answer.object().get("borrowInterval").getAsLong(), "the maximum shortens the borrow");
		assertEquals(540, answer.object().get("renewInterval").getAsLong(), "15% of the borrow interval");
		assertEquals("2026-11-23T11:00:00Z", answer.object().get("expiry").getAsString());
		assertEquals(409, checkout("b", want("f1", "1.0", 1), "").status());
		server.clock.advance(Duration.ofMinutes(61));
		assertEquals(200, checkout("b", want("f1", "1.0", 1), "").status(), "the expired borrow freed its counts");
		assertEquals("EXPIRED", server.get("clients", admin).json().getAsJsonArray().get(0).getAsJsonObject().get("servedStatus")
				.getAsString());
		assertEquals(1, featureState(id).get("used").getAsInt());
	}

	@Test
	void droppingADeviceFreesItsCountsAtOnce() {
		server.post("users", admin, "{\"name\":\"reader\",\"password\":\"Read-0nly!\"}");
		String reader = server.login("reader", "Read-0nly!");
		int id = install(feature("f1", "1.0", 2, null)).get(0).id();
		int client = checkout("a", want("f1", "1.0", 2), "").object().get("clientId").getAsInt();
		assertEquals(403, server.send("DELETE", "clients/" + client, reader, null, null).status());
		assertEquals(204, server.send("DELETE", "clients/" + client, admin, null, null).status());
		assertEquals("DROPPED", server.get("clients/" + client, admin).object().get("servedStatus").getAsString());
		assertEquals(0, featureState(id).get("used").getAsInt());
		assertEquals(404, server.send("DELETE", "clients/77", admin, null, null).status());
	}

	private static String group(String name, String... reservations) {
		return "{" + (name == null ? "" : "\"name\":\"" + name + "\",") + "\"reservations\":[" + String.join(",", reservations) + "]}";
	}

	private static String reservation(String type, String value, String name, String version, int count) {
		return "{\"hostId\":{\"value\":\"" + value + "\",\"type\":\"" + type + "\"},\"reservationEntries\":[{\"featureName\":\""
				+ name + "\",\"featureVersion\":\"" + version + "\",\"featureCount\":" + count + "}]}";
	}

	@Test
	void reservationGroupsFollowTheDocumentedRules() {
		int id = install(feature("f1", "1.0", 10, null)).get(0).id();
		Answer created = server.post("reservationgroups", admin, group("eng", reservation("STRING", "a", "f1", "1.0", 4)));
		assertEquals(201, created.status(), created.body());
		JsonObject group = created.object();
		assertTrue(group.get("id").getAsInt() > 0);
		JsonObject reservation = group.getAsJsonArray("reservations").get(0).getAsJsonObject();
		assertTrue(reservation.has("id"));
		assertTrue(reservation.getAsJsonArray("reservationEntries").get(0).getAsJsonObject().has("id"));
		assertEquals(4, featureState(id).get("reserved").getAsInt());

		assertEquals("glsErr.groupExists",
				server.post("reservationgroups", admin, group("eng", reservation("STRING", "z", "f1", "1.0", 1))).errorKey());
		Answer twice = server.post("reservationgroups", admin, group("other", reservation("string", "A", "f1", "1.0", 1)));
		assertEquals(409, twice.status());
		assertEquals("glsErr.duplicateReservation", twice.errorKey());
		Answer tooMany = server.post("reservationgroups", admin,
				group("big", reservation("STRING", "b", "f1", "1.0", 5), reservation("STRING", "c", "f1", "1.0", 2)));
		assertEquals(409, tooMany.status());
		assertEquals("glsErr.insufficientCounts", tooMany.errorKey());
		assertTrue(tooMany.object().get("message").getAsString().startsWith("Group big, reservation 2, entry 1"), tooMany.body());
		assertEquals(1, server.get("reservationgroups", admin).json().getAsJsonArray().size(), "the whole group was refused");
		Answer badVersion = server.post("reservationgroups", admin, group("v", reservation("STRING", "d", "f1", "1.x", 1)));
		assertEquals(400, badVersion.status());
		assertEquals("glsErr.invalidField", badVersion.errorKey());
		Answer zero = server.post("reservationgroups", admin, group("z", reservation("STRING", "e", "f1", "1.0", 0)));
		assertEquals(400, zero.status());
		Answer unnamed = server.post("reservationgroups", admin, group(null, reservation("USER", "joe", "f1", "1.0", 2)));
		assertEquals(201, unnamed.status());
		assertTrue(unnamed.object().get("name").getAsString().startsWith("Group "));
	}

	@Test
	void reservedCountsGoToTheirDeviceFirstAndToNobodyElse() {
		int id = install(feature("f1", "1.0", 10, null)).get(0).id();
		server.post("reservationgroups", admin, group("eng", reservation("STRING", "a", "f1", "1.0", 4),
				reservation("USER", "joe", "f1", "1.0", 1)));
		assertEquals(409, checkout("b", want("f1", "1.0", 7), "").status(), "only 5 counts are shared");
		assertEquals(200, checkout("b", want("f1", "1.0", 5), "").status());
		Answer mine = server.post("access_request", null, "{\"hostId\":{\"value\":\"a\"},\"features\":[]}");
		assertEquals(200, mine.status(), mine.body());
		JsonObject granted = mine.object().getAsJsonArray("features").get(0).getAsJsonObject();
		assertEquals(4, granted.get("count").getAsInt(), "no features asked: the device gets its reservations");
		assertEquals(4, granted.get("reserved").getAsInt());
		Answer user = server.post("access_request", null,
				"{\"hostId\":{\"value\":\"c\"},\"user\":\"joe\",\"features\":[" + want("f1", "1.0", 1) + "]}");
		assertEquals(200, user.status(), user.body());
		assertEquals(1, user.object().getAsJsonArray("features").get(0).getAsJsonObject().get("reserved").getAsInt());
		JsonObject state = featureState(id);
		assertEquals(10, state.get("used").getAsInt());
		assertEquals(5, state.get("assignedReserved").getAsInt());

		int groupId = server.get("reservationgroups", admin).json().getAsJsonArray().get(0).getAsJsonObject().get("id").getAsInt();
		assertEquals(204, server.send("DELETE", "reservationgroups/" + groupId, admin, null, null).status());
		assertEquals(5, featureState(id).get("used").getAsInt(), "counts backed by a deleted reservation are taken back");
		assertEquals(0, server.get("reservationgroups", admin).json().getAsJsonArray().size());
	}

	@Test
	void oneReservationOfAGroupCanBeDeleted() {
		install(feature("f1", "1.0", 10, null));
		JsonObject group = server.post("reservationgroups", admin, group("eng", reservation("STRING", "a", "f1", "1.0", 1),
				reservation("STRING", "b", "f1", "1.0", 1))).object();
		int gid = group.get("id").getAsInt();
		int rid = group.getAsJsonArray("reservations").get(0).getAsJsonObject().get("id").getAsInt();
		assertEquals(204, server.send("DELETE", "reservationgroups/" + gid + "/reservations/" + rid, admin, null, null).status());
		assertEquals(1, server.get("reservationgroups/" + gid + "/reservations", admin).json().getAsJsonArray().size());
		assertEquals(404, server.send("DELETE", "reservationgroups/" + gid + "/reservations/" + rid, admin, null, null).status());
	}

	static final String MODEL = """
			model "units" {
			  partitions {
			    partition "eng" { "f1" 1.0 6 }
			    partition "sales" { "f1" 1.0 50% }
			  }
			  on dictionary("business-unit": "eng") { use "eng" accept }
			  on dictionary("business-unit": "sales") { use "sales" accept }
			  on hostname("~/blocked-.*/") { deny }
			}
			""";

	private Answer dictionaryCheckout(String host, String unit, int count) {
		return server.post("access_request", null, "{\"hostId\":{\"value\":\"" + host + "\"},\"hostName\":\"" + host
				+ "\",\"vendorDictionary\":{\"business-unit\":[\"x\",\"" + unit + "\"]},\"features\":[" + want("f1", "1.0", count) + "]}");
	}

	@Test
	void aModelSplitsCountsIntoPoolsAndItsRulesChooseThem() {
		int id = install(feature("f1", "1.0", 10, null)).get(0).id();
		Answer uploaded = server.send("POST", "model", admin, "text/plain", MODEL);
		assertEquals(200, uploaded.status(), uploaded.body());
		assertEquals("units", server.get("model", admin).object().get("name").getAsString());
		JsonArray pools = server.get("partitions", admin).object().getAsJsonArray("partitions");
		assertEquals(3, pools.size());
		JsonObject eng = pools.get(0).getAsJsonObject();
		assertEquals("eng", eng.get("name").getAsString());
		JsonObject slice = eng.getAsJsonArray("activeFeatureSlices").get(0).getAsJsonObject();
		assertEquals(6, slice.get("slice").getAsInt());
		assertEquals("6", slice.get("requested").getAsString());
		assertEquals("NORMAL", slice.get("status").getAsString());
		JsonObject sales = pools.get(1).getAsJsonObject().getAsJsonArray("activeFeatureSlices").get(0).getAsJsonObject();
		assertEquals(4, sales.get("slice").getAsInt(), "50% of 10 is 5, but only 4 are left");
		assertEquals(5, sales.get("computedCount").getAsInt());
		assertEquals("DEFICIT", sales.get("status").getAsString());
		assertTrue(pools.get(2).getAsJsonObject().get("default").getAsBoolean());

		assertEquals(200, dictionaryCheckout("e1", "eng", 6).status());
		assertEquals(409, dictionaryCheckout("e2", "eng", 1).status(), "the eng pool is used up");
		Answer salesAnswer = dictionaryCheckout("s1", "sales", 4);
		assertEquals(200, salesAnswer.status(), salesAnswer.body());
		assertEquals("sales", salesAnswer.object().getAsJsonArray("features").get(0).getAsJsonObject().get("pool").getAsString());
		assertEquals(409, dictionaryCheckout("other", "hr", 1).status(), "the default pool holds nothing");
		Answer denied = dictionaryCheckout("blocked-1", "hr", 1);
		assertEquals(403, denied.status());
		assertEquals("glsErr.requestDenied", denied.errorKey());
		assertEquals(10, featureState(id).get("used").getAsInt());

		Answer reservations = server.post("reservationgroups", admin, group("g", reservation("STRING", "a", "f1", "1.0", 1)));
		assertEquals(409, reservations.status());
		assertEquals("glsErr.modelActive", reservations.errorKey());
		assertEquals(200, server.send("DELETE", "model", admin, null, null).status());
		assertTrue(server.get("model", admin).object().get("default").getAsBoolean());
		assertEquals(1, server.get("partitions", admin).object().getAsJsonArray("partitions").size());
	}

	@Test
	void modelUploadsAreValidatedAndRefusedWithTheDocumentedError() {
		install(feature("f1", "1.0", 10, null));
		Answer invalid = server.send("POST", "model", admin, "text/plain",
				"model \"m\" { partitions { partition \"p\" { \"f1\" 1.0 50 \"f1\" 1.0 25 } } }");
		assertEquals(400, invalid.status());
		assertEquals("glsErr.invalidModel", invalid.errorKey());
		assertTrue(invalid.object().get("message").getAsString().startsWith("Invalid model posted, 1:54: Duplicate feature entries found"),
				invalid.body());
		assertEquals(1, invalid.object().getAsJsonArray("arguments").size());
		assertTrue(server.get("model", admin).object().get("default").getAsBoolean(), "a failed upload keeps the previous model");
		byte[] huge = new byte[900 * 1024 + 1];
		java.util.Arrays.fill(huge, (byte) ' ');
		Answer tooLarge = server.send("POST", "model", admin, "text/plain", huge);
		assertEquals(413, tooLarge.status());
		assertEquals("glsErr.modelTooLarge", tooLarge.errorKey());
		assertEquals(415, server.send("POST", "model", admin, "application/json", "{}").status());
		server.post("reservationgroups", admin, group("g", reservation("STRING", "a", "f1", "1.0", 1)));
		Answer withReservations = server.send("POST", "model", admin, "text/plain", MODEL);
		assertEquals(409, withReservations.status());
		assertEquals("glsErr.reservationsExist", withReservations.errorKey());
	}

	@Test
	void licensingStateSurvivesARestart() throws Exception {
		int id = install(feature("f1", "1.0", 10, null)).get(0).id();
		checkout("a", want("f1", "1.0", 3), "");
		server.post("reservationgroups", admin, group("g", reservation("STRING", "r", "f1", "1.0", 2)));
		server.restart();
		JsonObject state = featureState(id);
		assertEquals(3, state.get("used").getAsInt());
		assertEquals(2, state.get("reserved").getAsInt());
		assertEquals(1, server.get("reservationgroups", admin).json().getAsJsonArray().size());
		assertFalse(server.get("clients", admin).json().getAsJsonArray().isEmpty());
	}

	@Test
	void capabilityRequestsAreCheckedPrecisely() {
		install(feature("f1", "1.0", 10, null));
		assertEquals("glsErr.missingField", server.post("access_request", null, "{\"features\":[]}").errorKey());
		Answer badVersion = checkout("a", "{\"name\":\"f1\",\"version\":\"one\",\"count\":1}", "");
		assertEquals(400, badVersion.status());
		assertTrue(badVersion.object().get("message").getAsString().contains("features[1]"), badVersion.body());
		Answer negative = checkout("a", "{\"name\":\"f1\",\"version\":\"1.0\",\"count\":-2}", "");
		assertEquals(400, negative.status());
		assertTrue(negative.object().get("message").getAsString().contains("only an incremental request can do"), negative.body());
		assertEquals(400, checkout("a", "{\"name\":\"f1\",\"version\":\"1.0\",\"count\":\"two\"}", "").status());
		assertEquals(400, checkout("a", want("f1", "1.0", 1), ",\"borrow-granularity\":\"WEEK\"").status());
		assertEquals(400, checkout("a", want("f1", "1.0", 1), ",\"borrow-interval\":\"soon\"").status());
	}
}
