package org.seatkeeper.history.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.seatkeeper.history.FeatureSample;
import org.seatkeeper.history.HistoryDatabase;
import org.seatkeeper.history.Rollup;
import org.seatkeeper.history.Sample;
import org.seatkeeper.history.tests.Stores.Store;

/** Hourly and daily rollups kept sample by sample, and what the retention keeps. */
class RollupsTest {

	private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

	private static List<FeatureSample> cad(int used) {
		return List.of(new FeatureSample("CAD", "1.0", used, 10, 0, 0, used));
	}

	private static Instant at(int minutes) {
		return T0.plus(Duration.ofMinutes(minutes));
	}

	@OnBothDatabases
	void eachNewSampleIsAddedToItsHourAndDayOnceAndARetryAddsNothing(Store store) throws Exception {
		try (HistoryDatabase db = store.open()) {
			db.recordUp("Berlin", at(0), cad(3));
			db.recordUp("Berlin", at(1), cad(10)); // every count in use
			db.recordUp("Berlin", at(1), cad(10)); // a retry
			db.recordDown("Berlin", at(2), "timeout"); // a gap: nothing added
			db.recordUp("Berlin", at(60), cad(5));
			assertEquals(List.of(new Rollup(T0, 2, 13, 10, 10, Duration.ofMinutes(1)), new Rollup(at(60), 1, 5, 5, 10, Duration.ZERO)),
					db.hours("Berlin", "CAD", "1.0", T0, at(120)));
			assertEquals(6.5, db.hours("Berlin", "CAD", "1.0", T0, at(60)).get(0).usedAverage());
			assertEquals(new Rollup(Instant.parse("2026-12-01T00:00:00Z"), 3, 18, 10, 10, Duration.ofMinutes(1)),
					db.day("Berlin", "CAD", "1.0", LocalDate.of(2026, 12, 1)).orElseThrow());
		}
	}

	@OnBothDatabases
	void rawSamplesGoAfter35DaysHoursAfter2YearsDaysStay(Store store) throws Exception {
		try (HistoryDatabase db = store.open()) {
			db.recordUp("Berlin", at(0), cad(4));
			db.purge(T0.plus(Duration.ofDays(34)));
			assertEquals(1, db.series("Berlin", "CAD", "1.0", T0, at(1)).size(), "kept for 35 days");
			db.purge(T0.plus(Duration.ofDays(36)));
			assertTrue(db.series("Berlin", "CAD", "1.0", T0, at(1)).isEmpty(), "raw samples gone after 35 days");
			assertEquals(1, db.hours("Berlin", "CAD", "1.0", T0, at(60)).size(), "the hour stays");
			db.purge(T0.plus(Duration.ofDays(2 * 366 + 1)));
			assertTrue(db.hours("Berlin", "CAD", "1.0", T0, at(60)).isEmpty(), "hours gone after 2 years");
			assertEquals(4, db.day("Berlin", "CAD", "1.0", LocalDate.of(2026, 12, 1)).orElseThrow().usedMax(), "the day stays for ever");
		}
	}

	@OnBothDatabases
	void theTimeAtFullCountsEachSamplesInterval(Store store) throws Exception {
		try (HistoryDatabase db = store.open()) {
			db.record(List.of(new Sample.Up("Berlin", at(0), Duration.ofMinutes(5), cad(10), Optional.empty()),
					new Sample.Up("Berlin", at(5), Duration.ofMinutes(5), cad(9), Optional.empty()),
					new Sample.Up("Berlin", at(10), Duration.ofSeconds(30), cad(10), Optional.empty())));
			assertEquals(Duration.ofSeconds(5 * 60 + 30), db.hours("Berlin", "CAD", "1.0", T0, at(60)).get(0).atFull());
		}
	}
}
