package org.seatkeeper.core.reservations.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seatkeeper.core.domain.HostId;
import org.seatkeeper.core.domain.Reservation;
import org.seatkeeper.core.domain.ReservationEntry;
import org.seatkeeper.core.domain.ReservationGroup;
import org.seatkeeper.core.reservations.ReservationsFormatException;
import org.seatkeeper.core.reservations.ReservationsJson;

class ReservationsJsonTest {

	/** The documented example. */
	static final String DOCUMENTED = """
			{ "name" : "groupName",
			  "reservations" : [
			    { "hostId": { "value" : "7A7A77AAA77A", "type" : "ETHERNET" },
			      "reservationEntries": [ { "featureName": "f1", "featureVersion": "1.0", "featureCount": 2 } ] },
			    { "hostId": { "value" : "Joe", "type" : "USER" },
			      "reservationEntries": [ { "featureName": "f2", "featureVersion": "1.0", "featureCount": 1 } ] } ] }
			""";

	@Test
	void theDocumentedFormatRoundTrips() throws Exception {
		List<ReservationGroup> groups = ReservationsJson.read(DOCUMENTED);
		assertEquals(List.of(ReservationGroup.of("groupName", List.of(
				Reservation.of(new HostId("ETHERNET", "7A7A77AAA77A"), List.of(ReservationEntry.of("f1", "1.0", 2))),
				Reservation.of(new HostId("USER", "Joe"), List.of(ReservationEntry.of("f2", "1.0", 1)))))), groups);
		String written = ReservationsJson.write(groups);
		assertEquals(groups, ReservationsJson.read(written));
		assertEquals(com.google.gson.JsonParser.parseString(DOCUMENTED), com.google.gson.JsonParser.parseString(written),
				"export writes exactly the documented format");
	}

	@Test
	void aServersListWithIdsAndTheOtherHostIdStyleIsAccepted() throws Exception {
		List<ReservationGroup> groups = ReservationsJson.read("""
				{"reservationGroups":[{"id":3,"name":"A","reservations":[{"id":9,"hostId":{"hostidValue":"h1","hostidType":"string"},
				  "reservationEntries":[{"id":4,"featureName":"f1","featureVersion":"2","featureCount":"3"}]}]},
				 {"reservations":[{"hostId":{"value":"h2","type":"STRING"},"reservationEntries":[{"featureName":"f1","featureVersion":"1.0","featureCount":1.0}]}]}]}
				""");
		assertEquals(2, groups.size());
		assertEquals(0, groups.get(0).id(), "server ids are dropped");
		assertEquals(new HostId("STRING", "h1"), groups.get(0).reservations().get(0).hostId());
		assertEquals(3, groups.get(0).reservations().get(0).entries().get(0).count());
		assertEquals("", groups.get(1).name(), "a group without a name is named by the server");
		assertEquals(1, groups.get(1).reservations().get(0).entries().get(0).count());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			'{"name":"Lab","reservations":[{"hostId":{"value":"h1","type":"STRING"},"reservationEntries":[{"featureName":"f1","featureVersion":"1.x","featureCount":2}]}]}' | Group 1 ('Lab'), reservation 1, entry 1, "featureVersion": the version '1.x' must be digits with at most one dot, like 1 or 2.10
			'{"name":"Lab","reservations":[{"hostId":{"value":"h1","type":"STRING"},"reservationEntries":[{"featureName":"f1","featureVersion":"1.0","featureCount":0}]}]}' | Group 1 ('Lab'), reservation 1, entry 1, "featureCount": the count must be above 0, not 0
			'{"name":"Lab","reservations":[{"hostId":{"value":"h1","type":"STRING"},"reservationEntries":[{"featureName":"f1","featureVersion":"1.0","featureCount":"two"}]}]}' | Group 1 ('Lab'), reservation 1, entry 1, "featureCount": the count 'two' is not a whole number
			'{"name":"Lab","reservations":[{"hostId":{"value":"h1","type":"STRING"},"reservationEntries":[{"featureName":"f1","featureVersion":"1.0","featureCount":1.5}]}]}' | Group 1 ('Lab'), reservation 1, entry 1, "featureCount": the count '1.5' is not a whole number
			'{"name":"Lab","reservations":[{"hostId":{"value":"h1","type":"STRING"},"reservationEntries":[{"featureVersion":"1.0","featureCount":1}]}]}' | Group 1 ('Lab'), reservation 1, entry 1, "featureName": the feature name is empty
			'{"name":"Lab","reservations":[{"hostId":{"value":"h1","type":"MAC"},"reservationEntries":[{"featureName":"f1","featureVersion":"1.0","featureCount":1}]}]}' | Group 1 ('Lab'), reservation 1, "hostId": the device id type 'MAC' is not one of STRING, ETHERNET, FLEXID9, FLEXID10, VM_UUID, INTERNET, INTERNET6, USER, EXTENDED, PUBLISHER_DEFINED, CONTAINER_ID, UNKNOWN, TOLERANT
			'{"name":"Lab","reservations":[{"hostId":{"type":"STRING"},"reservationEntries":[{"featureName":"f1","featureVersion":"1.0","featureCount":1}]}]}' | Group 1 ('Lab'), reservation 1, "hostId": the device id is empty
			'{"name":"Lab","reservations":[{"reservationEntries":[]}]}' | Group 1 ('Lab'), reservation 1: "hostId" must be an object with "value" and "type", found nothing
			'{"name":"Lab","reservations":{}}' | Group 1 ('Lab'): "reservations" must be an array of reservations, found an object
			'[{"name":"A","reservations":[{"hostId":{"value":"h1","type":"STRING"},"reservationEntries":[{"featureName":"f1","featureVersion":"1","featureCount":1}]}]},{"name":"B","reservations":[{"hostId":{"value":"H1","type":"string"},"reservationEntries":[{"featureName":"f1","featureVersion":"1","featureCount":1}]}]}]' | Group 2 ('B'), reservation 1: the device H1 (STRING) is reserved for in group 1 ('A'), reservation 1 too; a device can have one reservation only
			'[{"name":"A","reservations":[{"hostId":{"value":"h1","type":"STRING"},"reservationEntries":[{"featureName":"f1","featureVersion":"1","featureCount":1}]}]},{"name":"a","reservations":[{"hostId":{"value":"h2","type":"STRING"},"reservationEntries":[{"featureName":"f1","featureVersion":"1","featureCount":1}]}]}]' | Group 2 ('a'): the name is also that of group 1; group names must be unique
			'[]' | The file holds an empty list: there is no reservation group to import
			'{"name":"x"}' | The file holds no reservation group: expected an object with "reservations", or an array of such objects
			'' | The file is empty
			'{"name":"Lab","reservations":[' | The file's JSON ends early: a bracket, brace or quote is not closed
			""")
	void everyProblemSaysWhereAndWhy(String text, String problem) {
		ReservationsFormatException error = assertThrows(ReservationsFormatException.class, () -> ReservationsJson.read(text));
		assertEquals(problem, error.problems().get(0));
	}

	@Test
	void invalidJsonSaysTheLineAndColumn() {
		ReservationsFormatException error = assertThrows(ReservationsFormatException.class,
				() -> ReservationsJson.read("{\n  \"name\": \"Lab\",\n  \"reservations\": [ ,]\n}"));
		assertEquals("The file is not valid JSON: line 3, column 22: unexpected character", error.getMessage());
	}

	@Test
	void allProblemsAreListed() {
		ReservationsFormatException error = assertThrows(ReservationsFormatException.class, () -> ReservationsJson.read("""
				{"name":"Lab","reservations":[{"hostId":{"value":"h1","type":"STRING"},"reservationEntries":[
				  {"featureName":"f1","featureVersion":"1.0","featureCount":0},
				  {"featureName":"f2","featureVersion":"v2","featureCount":1}]}]}"""));
		assertEquals(2, error.problems().size());
		assertEquals(error.problems().get(0) + " (and 1 more problems)", error.getMessage());
		assertEquals("Group 1 ('Lab'), reservation 1, entry 2, \"featureVersion\": the version 'v2' must be digits with at most one dot, like 1 or 2.10",
				error.problems().get(1));
	}
}
