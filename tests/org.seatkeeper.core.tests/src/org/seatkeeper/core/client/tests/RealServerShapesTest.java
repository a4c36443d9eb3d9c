package org.seatkeeper.core.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.core.client.ApiPart;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.OptionalParts;
import org.seatkeeper.core.client.ServerErrorException;
import org.seatkeeper.core.client.UnexpectedAnswerException;
import org.seatkeeper.core.client.tests.FakeServer.Canned;
import org.seatkeeper.core.domain.Device;
import org.seatkeeper.core.domain.Expiry;
import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.core.domain.FeatureSummary;
import org.seatkeeper.core.domain.HostId;
import org.seatkeeper.core.domain.HostIds;
import org.seatkeeper.core.domain.Pool;
import org.seatkeeper.core.domain.PoolSlice;
import org.seatkeeper.core.domain.ServerHealth;
import org.seatkeeper.core.domain.Setting;

/**
 * The JSON shapes seen from real FlexNet Embedded–compatible servers (the reference's §1.4), served
 * by a fake server: each is read into typed values.
 */
class RealServerShapesTest {

	private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

	FakeServer fake;
	LicenseServerClient client;

	@BeforeEach
	void start() throws Exception {
		fake = new FakeServer();
		client = new LicenseServerClient(fake.options());
	}

	@AfterEach
	void stop() {
		client.close();
		fake.close();
	}

	@Test
	void featureRecordsWithNumericAndStringCountsAndEveryExpiryForm() throws Exception {
		fake.answer("features", Canned.json(200, """
				[{"id":1,"featureName":"f1","featureVersion":"1.0","featureCount":10,"used":2,"sharedUsed":2,"reserved":0,
				  "assignedReserved":0,"unassignedReserved":0,"overdraftCount":0,"overdraftUsedCount":0,"uncappedOverdraft":false,
				  "metered":false,"meteredReusable":false,"meteredUndoInterval":0,"concurrent":true,"uncounted":false,
				  "type":"CONCURRENT","featureKind":"FEATURE","vendor":"acme","featureId":"ACT-1","expiry":"permanent",
				  "receivedTime":"2023-12-19T05:39:28.850Z","someFutureKey":{"nested":[1,2]}},
				 {"id":2,"featureName":"f1","featureVersion":"1.0","featureCount":"5","used":"1","expiry":"2027-03-31"},
				 {"id":3,"featureName":"f2","featureVersion":"2.10","featureCount":"7","expiry":"31-dec-2026","startDate":"2025-01-01"},
				 {"id":4,"featureName":"f3","featureVersion":"1","featureCount":3,"expiry":"2027-06-30T00:00:00Z"},
				 {"id":5,"featureName":"f4","featureVersion":"1.0","featureCount":"uncounted","expiry":"1-jan-0"},
				 {"id":6,"featureName":"f5","featureVersion":"1.0","featureCount":1,"expiry":null,"metered":"true"}]
				"""));
		List<Feature> features = client.features(MONITOR);
		assertEquals(6, features.size());
		Feature first = features.get(0);
		assertEquals(10, first.count());
		assertEquals(8, first.available());
		assertEquals("ACT-1", first.activationId());
		assertEquals(Instant.parse("2023-12-19T05:39:28.850Z"), first.received());
		assertEquals(Expiry.PERMANENT, first.expiry());
		assertEquals(5, features.get(1).count(), "a count sent as a string");
		assertEquals(1, features.get(1).used());
		assertEquals(Expiry.on(LocalDate.of(2027, 3, 31)), features.get(1).expiry());
		assertEquals(Expiry.on(LocalDate.of(2026, 12, 31)), features.get(2).expiry(), "FlexNet's d-mmm-yyyy");
		assertEquals(LocalDate.of(2025, 1, 1), features.get(2).startDate());
		assertEquals(Expiry.on(LocalDate.of(2027, 6, 30)), features.get(3).expiry(), "a date-time");
		assertTrue(features.get(4).uncounted());
		assertEquals(Expiry.PERMANENT, features.get(4).expiry(), "1-jan-0 is FlexNet's permanent");
		assertTrue(features.get(5).metered());
		assertEquals(Expiry.PERMANENT, features.get(5).expiry());

		List<FeatureSummary> sums = FeatureSummary.summarize(features);
		FeatureSummary f1 = sums.get(0);
		assertEquals("f1", f1.name());
		assertEquals(15, f1.totalCount());
		assertEquals(3, f1.totalUsed());
		assertEquals(2, f1.records(), "several records of one feature name add up");
	}

	@Test
	void summariesAsServersSendThem() throws Exception {
		fake.answer("features", Canned.json(200, """
				[{"id":1,"featureName":"f1","featureVersion":"0.00","featureCount":100,"used":3,"expiry":"2027-01-01","metered":true}]"""));
		fake.answer("features/summaries", Canned.json(200, """
				{"f1":{"0.00":{"totalCount":100,"totalUsed":3,"totalOverdraftCount":0,"totalAvailable":97}},
				 "f2":{"1.0":{"totalCount":"4","totalUsed":"4","totalOverdraftCount":"1","totalAvailable":"0"}}}"""));
		OptionalParts parts = new OptionalParts();
		List<FeatureSummary> summaries = client.featureSummaries(client.features(MONITOR), parts, MONITOR);
		assertTrue(parts.missing().isEmpty());
		assertEquals(2, summaries.size());
		FeatureSummary f1 = summaries.get(0);
		assertEquals(97, f1.totalAvailable());
		assertTrue(f1.metered(), "metered comes from the records");
		assertEquals(Expiry.on(LocalDate.of(2027, 1, 1)), f1.firstExpiration(), "expirations come from the records when the server omits them");
		FeatureSummary f2 = summaries.get(1);
		assertEquals(1, f2.totalOverdraft());
		assertNull(f2.firstExpiration(), "no record and no server value: unknown, not invented");
	}

	@Test
	void summariesAreAddedUpWhenTheServerHasNone() throws Exception {
		fake.answer("features", Canned.json(200, """
				[{"id":1,"featureName":"f1","featureVersion":"1.0","featureCount":4,"used":1},
				 {"id":2,"featureName":"f1","featureVersion":"1.0","featureCount":6,"used":0,"expiry":"2027-01-01"}]"""));
		OptionalParts parts = new OptionalParts();
		List<FeatureSummary> summaries = client.featureSummaries(client.features(MONITOR), parts, MONITOR);
		assertEquals(Set.of(ApiPart.FEATURE_SUMMARIES), parts.missing(), "the server has none: noted, and derived");
		assertEquals(1, summaries.size());
		assertEquals(10, summaries.get(0).totalCount());
		assertEquals(9, summaries.get(0).totalAvailable());
	}

	@Test
	void clientsWithEitherHostIdStyle() throws Exception {
		fake.answer("clients", Canned.json(200, """
				[ { "id" : 7749, "servedStatus" : "NORMAL",
				    "requestHostid" : { "hostidValue" : "A44CC82AA4DF5B3DBD32", "hostidType" : "STRING" }, "machineType":"PHYSICAL" },
				  { "id" : 12, "servedStatus" : "EXPIRED", "hostName": "ws-12", "hostId": {"type":"ethernet","value":"001122334455"},
				    "features":[{"name":"f1","version":"1.0","count":"2","expiration":"permanent"}],
				    "vendorDictionary":{"business-unit":["Engineering","DevOps"],"region":"EMEA"} } ]"""));
		List<Device> devices = client.devices(MONITOR);
		assertEquals(new HostId("STRING", "A44CC82AA4DF5B3DBD32"), devices.get(0).hostId());
		assertEquals("PHYSICAL", devices.get(0).deviceType());
		assertTrue(devices.get(0).features().isEmpty());
		Device second = devices.get(1);
		assertEquals(new HostId("ETHERNET", "001122334455"), second.hostId(), "types are kept in upper case");
		assertEquals("ws-12", second.alias());
		assertEquals(2, second.countsHeld());
		assertEquals("Engineering, DevOps", second.vendorDictionary().get("business-unit"));
	}

	@Test
	void hostIdsInBothPublishedShapes() throws Exception {
		fake.answer("hostids", Canned.json(200, "{\"hostids\":[{\"type\":\"ETHERNET\",\"value\":\"0A0B0C0D0E0F\"}]}"));
		HostIds hcl = client.hostIds(MONITOR);
		assertNull(hcl.selected());
		assertEquals(List.of(new HostId("ETHERNET", "0A0B0C0D0E0F")), hcl.all());
		fake.answer("hostids", Canned.json(200, """
				{"selected":{"hostidType":"ETHERNET","hostidValue":"001122334455"},
				 "hostids":[{"hostidType":"ETHERNET","hostidValue":"001122334455"},{"hostidType":"VM_UUID","hostidValue":"abc"}]}"""));
		HostIds arm = client.hostIds(MONITOR);
		assertEquals(new HostId("ETHERNET", "001122334455"), arm.selected());
		assertEquals(2, arm.all().size());
	}

	@Test
	void theDocumentedErrorBodyBecomesATypedError() {
		fake.answer("model", Canned.json(400, """
				{"key":"glsErr.invalidModel",
				 "message":"Invalid model posted, Duplicate feature entries found : [feature=ss_f1, version=1.0, vendorString=abc]",
				 "arguments":["Duplicate feature entries found : [feature=ss_f1, version=1.0, vendorString=abc]"]}"""));
		ServerErrorException error = assertThrows(ServerErrorException.class, () -> client.uploadModel("model \"m\" {}", MONITOR));
		assertEquals("glsErr.invalidModel", error.key());
		assertEquals(400, error.status());
		assertEquals(ServerErrorException.Kind.INVALID_REQUEST, error.kind());
		assertEquals("Invalid model posted, Duplicate feature entries found : [feature=ss_f1, version=1.0, vendorString=abc]",
				error.getMessage());
		assertEquals(List.of("Duplicate feature entries found : [feature=ss_f1, version=1.0, vendorString=abc]"), error.arguments());
	}

	@Test
	void theDocumentedPoolsJson() throws Exception {
		fake.answer("partitions", Canned.json(200, """
				{"partitions":[
				  {"id":1,"name":"default","lastModified":1563445226020,"default":true,
				   "activeFeatureSlices":[
				     {"id":1,
				      "feature":{"id":1,"type":"CONCURRENT","featureName":"f_con_1","featureVersion":"1.0",
				                 "expiry":"permanent","featureCount":100,"used":96},
				      "slice":97,"used":95,"computedCount":97,"requested":"97","uncounted":false,"status":"NORMAL"}]}]}"""));
		List<Pool> pools = client.pools(MONITOR);
		Pool pool = pools.get(0);
		assertTrue(pool.isDefault());
		assertEquals(Instant.ofEpochMilli(1563445226020L), pool.lastModified());
		PoolSlice slice = pool.slices().get(0);
		assertEquals("f_con_1", slice.featureName());
		assertEquals(100, slice.recordCount());
		assertEquals(97, slice.allocated());
		assertEquals(95, slice.used());
		assertEquals("97", slice.requested());
		assertEquals("NORMAL", slice.status());
	}

	@Test
	void theDocumentedHealthAndLogin() throws Exception {
		fake.answer("health", Canned.json(200, """
				{"LLS":{"version":"2021.05.0","buildDate":"2021-05-20T10:00:00Z","buildVersion":"x","branch":"b","gitHash":"g",
				        "patch":"p","fneBuildVersion":"f","serverInstanceID":"Q8A5YCZ3A4GH",
				        "database":{"connectionCheck":"success"},
				        "security":"enabled","httpAuth":"disabled","licensingSecurityJSON":"enabled","diskspace":"ok"}}"""));
		ServerHealth health = client.health(MONITOR);
		assertEquals("2021.05.0", health.version());
		assertEquals("Q8A5YCZ3A4GH", health.instanceId());
		assertTrue(health.isHealthy());
		assertEquals("success", health.details().get("database.connectionCheck"));
		assertEquals("disabled", health.details().get("httpAuth"));
	}

	@Test
	void settingsAsAListOrAPlainMap() throws Exception {
		fake.answer("configuration", Canned.json(200, "{\"licensing.borrowInterval\":\"1w\",\"security.anonymous\":false,"
				+ "\"security.ip.whitelist\":[\"127.0.0.1\",\"192.0.0.1\"]}"));
		List<Setting> settings = client.settings(MONITOR);
		assertEquals(3, settings.size());
		assertEquals("false", settings.get(1).value());
		assertEquals("[127.0.0.1,192.0.0.1]", settings.get(2).value());
	}

	@Test
	void aWrongShapeIsAClearError() {
		fake.answer("features", Canned.json(200, "{\"a\":1,\"b\":2}"));
		UnexpectedAnswerException shape = assertThrows(UnexpectedAnswerException.class, () -> client.features(MONITOR));
		assertTrue(shape.getMessage().contains("unexpected shape") && shape.getMessage().contains("feature list"), shape.getMessage());
		fake.answer("features", Canned.json(200, "[{\"featureName\":\"f1\",\"featureCount\":\"many\"}]"));
		UnexpectedAnswerException count = assertThrows(UnexpectedAnswerException.class, () -> client.features(MONITOR));
		assertTrue(count.getMessage().contains("feature record 1 (f1): 'featureCount' is \"many\", not a whole number"),
				count.getMessage());
		fake.answer("features", Canned.json(200, "[{\"featureName\":\"f1\",\"expiry\":\"next year\"}]"));
		UnexpectedAnswerException expiry = assertThrows(UnexpectedAnswerException.class, () -> client.features(MONITOR));
		assertTrue(expiry.getMessage().contains("'expiry' is \"next year\", neither 'permanent' nor a date"), expiry.getMessage());
		assertFalse(fake.seen.isEmpty());
	}
}
