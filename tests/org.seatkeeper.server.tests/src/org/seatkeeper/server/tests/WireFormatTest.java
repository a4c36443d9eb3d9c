package org.seatkeeper.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;

/**
 * The exact bytes of the licensing answers clients read: keys, their order, which keys are left out and which
 * are written as {@code null}. A change here breaks a client that reads the text as it comes (the reference's
 * §1.4.10), so it must be made on purpose. The server's own hostid, which depends on the machine, is written as
 * {@code "serverHostid":SERVER}.
 */
class WireFormatTest extends EmbeddedServerTest {

	private static final String MODEL = """
			model "wire" {
			  partitions {
			    partition "eng" { "cad" 2.0 4 }
			  }
			  on hostname("~/e.*/") { use "eng" accept }
			}
			""";

	/** The answers of one busy server, by what was asked. */
	private Map<String, String> answers() {
		Map<String, String> answers = new LinkedHashMap<>();
		server.server.licensing().addFeatures(List.of(
				new FeatureRecord(0, "cad", "2.0", 10, LocalDate.parse("2027-03-01"), LocalDate.parse("2026-01-01"), "tier=gold",
						"acme", 2, false, "ACT-1", "Acme Inc.", "Licensed to Wire Test", "SN-1", Instant.parse("2026-11-20T08:30:00.123456Z")),
				new FeatureRecord(0, "viewer", "1.0", 0, null, null, null, "acme", 0, true, null, null, null, null, null)));
		answers.put("group", server.post("reservationgroups", admin, """
				{"name":"lab","reservations":[{"hostId":{"value":"r-1","type":"STRING"},\
				"reservationEntries":[{"featureName":"cad","featureVersion":"2.0","featureCount":2}]}]}""").body());
		answers.put("granted e-1", server.post("access_request", null, """
				{"hostId":{"type":"STRING","value":"e-1"},"hostName":"eng-01","user":"ana","correlationId":"c-9",\
				"vendorDictionary":{"site":"north"},"partial":true,"features":[{"name":"cad","version":"2.0","count":9},\
				{"name":"viewer","version":"1.0","count":1},{"name":"missing","version":"1.0","count":1}]}""").body());
		answers.put("granted r-1", server.post("access_request", null, """
				{"hostId":{"type":"STRING","value":"r-1"},"features":[{"name":"cad","version":"2.0","count":2}]}""").body());
		for (String resource : List.of("features", "features/1", "features/summaries", "features/1/clients", "clients", "clients/1",
				"overages", "reservationgroups", "reservationgroups/1", "reservationgroups/1/reservations")) {
			answers.put(resource, server.get(resource, admin).body());
		}
		server.send("DELETE", "reservationgroups/1", admin, null, null);
		answers.put("model", upload());
		answers.put("partitions", server.get("partitions", admin).body());
		String serverHostId = server.get("hostids/selected", admin).object().get("value").getAsString();
		answers.replaceAll((asked, body) -> body.replaceAll("\"serverHostid\":\\{\"hostidType\":\"[A-Z_]+\",\"hostidValue\":\""
				+ java.util.regex.Pattern.quote(serverHostId) + "\"}", "\"serverHostid\":SERVER"));
		return answers;
	}

	private String upload() {
		ServerFixture.Answer uploaded = server.send("POST", "model", admin, "text/plain", MODEL);
		return uploaded.body().replaceAll("\"applied\":\"[^\"]*\"", "\"applied\":\"APPLIED\"");
	}

	@Test
	void theLicensingAnswersKeepTheirBytes() {
		Map<String, String> answers = answers();
		StringBuilder actual = new StringBuilder();
		answers.forEach((asked, body) -> actual.append(asked).append('\n').append(body).append("\n\n"));
		assertEquals(EXPECTED, actual.toString());
	}

	private static final String EXPECTED = """
			group
			{"id":1,"name":"lab","reservations":[{"id":1,"hostId":{"value":"r-1","type":"STRING"},"reservationEntries":[{"id":1,"featureName":"cad","featureVersion":"2.0","featureCount":2}]}]}

			granted e-1
			{"status":"PARTIAL","clientId":1,"hostId":{"type":"STRING","value":"e-1"},"expiry":"2026-11-30T10:00:00Z","borrowInterval":604800,"renewInterval":90720,"pools":["default"],"features":[{"name":"cad","version":"2.0","count":9,"reserved":0,"overdraft":1,"expiry":"2027-03-01","featureId":1,"pool":"default","vendorString":"tier=gold"},{"name":"viewer","version":"1.0","count":1,"reserved":0,"overdraft":0,"expiry":"permanent","featureId":2,"pool":"default"}],"unsatisfied":[{"name":"missing","version":"1.0","requested":1,"granted":0}]}

			granted r-1
			{"status":"OK","clientId":2,"hostId":{"type":"STRING","value":"r-1"},"expiry":"2026-11-30T10:00:00Z","borrowInterval":604800,"renewInterval":90720,"pools":["default"],"features":[{"name":"cad","version":"2.0","count":2,"reserved":2,"overdraft":0,"expiry":"2027-03-01","featureId":1,"pool":"default","vendorString":"tier=gold"}],"unsatisfied":[]}

			features
			[{"id":1,"featureName":"cad","featureVersion":"2.0","featureCount":10,"used":11,"sharedUsed":8,"reserved":2,"assignedReserved":2,"unassignedReserved":0,"overdraftCount":2,"overdraftUsedCount":1,"overage":0,"uncappedOverdraft":false,"metered":false,"meteredReusable":false,"meteredUndoInterval":0,"concurrent":true,"uncounted":false,"type":"CONCURRENT","featureKind":"FEATURE","vendor":"acme","featureId":"ACT-1","expiry":"2027-03-01","startDate":"2026-01-01","vendorString":"tier=gold","issuer":"Acme Inc.","notice":"Licensed to Wire Test","serialNumber":"SN-1","receivedTime":"2026-11-20T08:30:00.123Z"},{"id":2,"featureName":"viewer","featureVersion":"1.0","featureCount":0,"used":1,"sharedUsed":1,"reserved":0,"assignedReserved":0,"unassignedReserved":0,"overdraftCount":0,"overdraftUsedCount":0,"overage":0,"uncappedOverdraft":false,"metered":false,"meteredReusable":false,"meteredUndoInterval":0,"concurrent":false,"uncounted":true,"type":"UNCOUNTED","featureKind":"FEATURE","vendor":"acme","featureId":"2","expiry":"permanent","startDate":null,"vendorString":null,"issuer":null,"notice":null,"serialNumber":null,"receivedTime":"2026-11-23T10:00:00Z"}]

			features/1
			{"id":1,"featureName":"cad","featureVersion":"2.0","featureCount":10,"used":11,"sharedUsed":8,"reserved":2,"assignedReserved":2,"unassignedReserved":0,"overdraftCount":2,"overdraftUsedCount":1,"overage":0,"uncappedOverdraft":false,"metered":false,"meteredReusable":false,"meteredUndoInterval":0,"concurrent":true,"uncounted":false,"type":"CONCURRENT","featureKind":"FEATURE","vendor":"acme","featureId":"ACT-1","expiry":"2027-03-01","startDate":"2026-01-01","vendorString":"tier=gold","issuer":"Acme Inc.","notice":"Licensed to Wire Test","serialNumber":"SN-1","receivedTime":"2026-11-20T08:30:00.123Z"}

			features/summaries
			{"cad":{"2.0":{"totalCount":10,"totalUsed":11,"totalOverdraftCount":2,"totalAvailable":0,"firstExpiration":"2027-03-01","lastExpiration":"2027-03-01"}},"viewer":{"1.0":{"totalCount":0,"totalUsed":1,"totalOverdraftCount":0,"totalAvailable":0,"firstExpiration":"permanent","lastExpiration":"permanent"}}}

			features/1/clients
			[{"id":1001,"useCount":9,"usageKind":"CONCURRENT","reservedCount":0,"client":{"id":1,"serverHostid":SERVER,"requestHostid":{"hostidType":"STRING","hostidValue":"e-1","type":"STRING","value":"e-1"},"correlationId":"c-9","collectedHostIds":"USER:ana","hostType":"","updateTime":"2026-11-23T10:00:00Z","machineType":"UNKNOWN","hostid":{"hostidType":"STRING","hostidValue":"e-1"},"trusted":false,"requestOperation":"REQUEST","servedStatus":"NORMAL","expiry":"2026-11-30T10:00:00Z"},"overdraftCount":1,"pool":"default"},{"id":2001,"useCount":2,"usageKind":"RESERVATION","reservedCount":2,"client":{"id":2,"serverHostid":SERVER,"requestHostid":{"hostidType":"STRING","hostidValue":"r-1","type":"STRING","value":"r-1"},"correlationId":"","collectedHostIds":"","hostType":"","updateTime":"2026-11-23T10:00:00Z","machineType":"UNKNOWN","hostid":{"hostidType":"STRING","hostidValue":"r-1"},"trusted":false,"requestOperation":"REQUEST","servedStatus":"NORMAL","expiry":"2026-11-30T10:00:00Z"},"overdraftCount":0,"pool":"default"}]

			clients
			[{"id":1,"serverHostid":SERVER,"requestHostid":{"hostidType":"STRING","hostidValue":"e-1","type":"STRING","value":"e-1"},"correlationId":"c-9","collectedHostIds":"USER:ana","hostType":"","updateTime":"2026-11-23T10:00:00Z","machineType":"UNKNOWN","hostid":{"hostidType":"STRING","hostidValue":"e-1"},"trusted":false,"requestOperation":"REQUEST","servedStatus":"NORMAL","expiry":"2026-11-30T10:00:00Z","hostName":"eng-01","userId":"ana","vendorDictionary":{"site":"north"},"features":[{"featureId":1,"featureName":"cad","featureVersion":"2.0","count":9,"reserved":0,"overdraft":1,"pool":"default","expiry":"2027-03-01","startDate":"2026-01-01","vendorString":"tier=gold"},{"featureId":2,"featureName":"viewer","featureVersion":"1.0","count":1,"reserved":0,"overdraft":0,"pool":"default","expiry":"permanent"}]},{"id":2,"serverHostid":SERVER,"requestHostid":{"hostidType":"STRING","hostidValue":"r-1","type":"STRING","value":"r-1"},"correlationId":"","collectedHostIds":"","hostType":"","updateTime":"2026-11-23T10:00:00Z","machineType":"UNKNOWN","hostid":{"hostidType":"STRING","hostidValue":"r-1"},"trusted":false,"requestOperation":"REQUEST","servedStatus":"NORMAL","expiry":"2026-11-30T10:00:00Z","hostName":"","features":[{"featureId":1,"featureName":"cad","featureVersion":"2.0","count":2,"reserved":2,"overdraft":0,"pool":"default","expiry":"2027-03-01","startDate":"2026-01-01","vendorString":"tier=gold"}]}]

			clients/1
			{"id":1,"serverHostid":SERVER,"requestHostid":{"hostidType":"STRING","hostidValue":"e-1","type":"STRING","value":"e-1"},"correlationId":"c-9","collectedHostIds":"USER:ana","hostType":"","updateTime":"2026-11-23T10:00:00Z","machineType":"UNKNOWN","hostid":{"hostidType":"STRING","hostidValue":"e-1"},"trusted":false,"requestOperation":"REQUEST","servedStatus":"NORMAL","expiry":"2026-11-30T10:00:00Z","hostName":"eng-01","userId":"ana","vendorDictionary":{"site":"north"},"features":[{"featureId":1,"featureName":"cad","featureVersion":"2.0","count":9,"reserved":0,"overdraft":1,"pool":"default","expiry":"2027-03-01","startDate":"2026-01-01","vendorString":"tier=gold"},{"featureId":2,"featureName":"viewer","featureVersion":"1.0","count":1,"reserved":0,"overdraft":0,"pool":"default","expiry":"permanent"}]}

			overages
			[{"id":1,"featureName":"cad","featureVersion":"2.0","featureCount":10,"used":11,"sharedUsed":8,"reserved":2,"assignedReserved":2,"unassignedReserved":0,"overdraftCount":2,"overdraftUsedCount":1,"overage":0,"uncappedOverdraft":false,"metered":false,"meteredReusable":false,"meteredUndoInterval":0,"concurrent":true,"uncounted":false,"type":"CONCURRENT","featureKind":"FEATURE","vendor":"acme","featureId":"ACT-1","expiry":"2027-03-01","startDate":"2026-01-01","vendorString":"tier=gold","issuer":"Acme Inc.","notice":"Licensed to Wire Test","serialNumber":"SN-1","receivedTime":"2026-11-20T08:30:00.123Z"}]

			reservationgroups
			[{"id":1,"name":"lab","reservations":[{"id":1,"hostId":{"value":"r-1","type":"STRING"},"reservationEntries":[{"id":1,"featureName":"cad","featureVersion":"2.0","featureCount":2}]}]}]

			reservationgroups/1
			{"id":1,"name":"lab","reservations":[{"id":1,"hostId":{"value":"r-1","type":"STRING"},"reservationEntries":[{"id":1,"featureName":"cad","featureVersion":"2.0","featureCount":2}]}]}

			reservationgroups/1/reservations
			[{"id":1,"hostId":{"value":"r-1","type":"STRING"},"reservationEntries":[{"id":1,"featureName":"cad","featureVersion":"2.0","featureCount":2}]}]

			model
			{"default":false,"name":"wire","definition":"model \\"wire\\" {\\n  partitions {\\n    partition \\"eng\\" { \\"cad\\" 2.0 4 }\\n  }\\n  on hostname(\\"~/e.*/\\") { use \\"eng\\" accept }\\n}\\n","applied":"APPLIED"}

			partitions
			{"partitions":[{"id":1,"name":"eng","lastModified":1795428000000,"default":false,"activeFeatureSlices":[{"id":1,"feature":{"id":1,"type":"CONCURRENT","featureName":"cad","featureVersion":"2.0","expiry":"2027-03-01","featureCount":10,"used":9},"slice":2,"used":0,"computedCount":4,"requested":"4","uncounted":false,"status":"DEFICIT"}]},{"id":2,"name":"default","lastModified":1795428000000,"default":true,"activeFeatureSlices":[{"id":1,"feature":{"id":1,"type":"CONCURRENT","featureName":"cad","featureVersion":"2.0","expiry":"2027-03-01","featureCount":10,"used":9},"slice":8,"used":8,"computedCount":8,"requested":"8","uncounted":false,"status":"NORMAL"},{"id":2,"feature":{"id":2,"type":"UNCOUNTED","featureName":"viewer","featureVersion":"1.0","expiry":"permanent","featureCount":0,"used":1},"slice":0,"used":1,"computedCount":0,"requested":"0","uncounted":true,"status":"NORMAL"}]}]}

			""";
}
