package org.seatkeeper.core.reservations.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seatkeeper.core.domain.Expiry;
import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.core.domain.HostId;
import org.seatkeeper.core.domain.Reservation;
import org.seatkeeper.core.domain.ReservationEntry;
import org.seatkeeper.core.domain.ReservationGroup;
import org.seatkeeper.core.reservations.ReservationChecks;
import org.seatkeeper.core.reservations.ReservationChecks.EntryStatus;

class ReservationChecksTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static Feature feature(long id, String name, String version, int count, Expiry expiry) {
		return new Feature(id, name, version, count, 0, 0, 0, 0, 0, 0, 0, false, false, false, true, false, "CONCURRENT", "", "",
				"", expiry, null, "", "", "", "", null);
	}

	static ReservationGroup group(String name, String host, String feature, String version, int count) {
		return ReservationGroup.of(name,
				List.of(Reservation.of(new HostId("STRING", host), List.of(ReservationEntry.of(feature, version, count)))));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			1       | null
			1.0     | null
			2.10    | null
			''      | the version is empty
			1.2.3   | the version '1.2.3' must be digits with at most one dot, like 1 or 2.10
			v1      | the version 'v1' must be digits with at most one dot, like 1 or 2.10
			1.      | the version '1.' must be digits with at most one dot, like 1 or 2.10
			""")
	void versions(String version, String problem) {
		assertEquals(Optional.ofNullable(problem), ReservationChecks.versionProblem(version));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			1           | null
			250         | null
			0           | the count must be above 0, not 0
			-2          | the count must be above 0, not -2
			x           | the count 'x' is not a whole number
			''          | the count is empty
			99999999999 | the count 99999999999 is too large
			""")
	void counts(String count, String problem) {
		assertEquals(Optional.ofNullable(problem), ReservationChecks.countProblem(count));
	}

	@Test
	void namesAndHostIds() {
		assertTrue(ReservationChecks.featureNameProblem("3D_Rendering").isEmpty());
		assertEquals("the feature name 'a b' must be 1 to 30 letters, digits, '_' or '-'",
				ReservationChecks.featureNameProblem("a b").orElseThrow());
		assertTrue(ReservationChecks.hostIdProblem("ethernet", "001122334455").isEmpty(), "types in any case");
		assertEquals("the device id is empty", ReservationChecks.hostIdProblem("USER", " ").orElseThrow());
	}

	@Test
	void anEntryIsSatisfiedByItsVersionOrHigherNeverLower() {
		List<Feature> features = List.of(feature(1, "f1", "1.0", 3, Expiry.PERMANENT), feature(2, "f1", "2.0", 4, Expiry.PERMANENT),
				feature(3, "f1", "0.9", 50, Expiry.PERMANENT));
		List<EntryStatus> statuses = ReservationChecks.statuses(List.of(group("A", "h1", "f1", "1.0", 7)), features, TODAY);
		assertTrue(statuses.get(0).satisfied(), "3 of 1.0 and 4 of 2.0");
		assertEquals(7, statuses.get(0).available());
		EntryStatus tooMany = ReservationChecks.statuses(List.of(group("A", "h1", "f1", "1.0", 8)), features, TODAY).get(0);
		assertFalse(tooMany.satisfied(), "the 50 of version 0.9 are lower and never count");
		assertEquals("needs 8 of f1 1.0 or higher; only 7 are not reserved", tooMany.reason());
		EntryStatus higher = ReservationChecks.statuses(List.of(group("A", "h1", "f1", "3", 1)), features, TODAY).get(0);
		assertEquals("the server has f1 only in versions below 3", higher.reason());
		EntryStatus none = ReservationChecks.statuses(List.of(group("A", "h1", "f9", "1", 1)), features, TODAY).get(0);
		assertEquals("the server has no feature f9 in use now", none.reason());
	}

	@Test
	void anEntryTheServerDisabledAndAnUncountedFeatureCannotBeSatisfied() {
		List<Feature> features = List.of(feature(1, "f1", "1.0", 3, Expiry.PERMANENT), new Feature(2, "viewer", "1.0", 0, 0, 0, 0, 0, 0,
				0, 0, false, false, false, false, true, "UNCOUNTED", "", "", "", Expiry.PERMANENT, null, "", "", "", "", null));
		ReservationGroup disabled = ReservationGroup.of("A", List.of(Reservation.of(new HostId("STRING", "h1"),
				List.of(new ReservationEntry(7, "f1", "1.0", 1, true)))));
		EntryStatus status = ReservationChecks.statuses(List.of(disabled), features, TODAY).get(0);
		assertFalse(status.satisfied());
		assertEquals("the server disabled it: its counts of f1 were reduced and no longer cover it; it is served again when they do",
				status.reason());
		EntryStatus uncounted = ReservationChecks.statuses(List.of(group("B", "h2", "viewer", "1.0", 1)), features, TODAY).get(0);
		assertFalse(uncounted.satisfied());
		assertEquals("viewer is uncounted, and uncounted features cannot be reserved (any device may use them)", uncounted.reason());
	}

	@Test
	void earlierGroupsTakeCountsFirstAndExpiredRecordsDoNotCount() {
		List<Feature> features = List.of(feature(1, "f1", "1.0", 5, Expiry.PERMANENT),
				feature(2, "f1", "1.0", 100, Expiry.on(TODAY.minusDays(1))));
		List<EntryStatus> statuses = ReservationChecks.statuses(
				List.of(group("A", "h1", "f1", "1.0", 3), group("B", "h2", "f1", "1.0", 3)), features, TODAY);
		assertTrue(statuses.get(0).satisfied());
		assertFalse(statuses.get(1).satisfied());
		assertEquals(2, statuses.get(1).available());
		assertEquals("B", statuses.get(1).group().name());
	}

	@Test
	void aDeviceIsReservedForOnceAcrossGroups() {
		List<String> problems = ReservationChecks.duplicateHostIds(List.of(group("A", "h1", "f1", "1", 1)),
				List.of(group("B", "H1", "f1", "1", 1), group("C", "h3", "f1", "1", 1)));
		assertEquals(List.of("The device H1 (STRING) of group 'B' already has a reservation in group 'A'; a device can be in one reservation only"),
				problems);
	}
}
