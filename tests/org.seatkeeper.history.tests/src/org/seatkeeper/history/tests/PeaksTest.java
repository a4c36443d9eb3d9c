package org.seatkeeper.history.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.seatkeeper.history.FeatureSample;
import org.seatkeeper.history.HistoryDatabase;
import org.seatkeeper.history.MonthPeak;
import org.seatkeeper.history.tests.Stores.Store;

/** The monthly peaks of a renewal report, on known data, from the daily rollups. */
class PeaksTest {

	private static void sample(HistoryDatabase db, String at, String feature, int used, int total) throws Exception {
		db.recordUp("Berlin", Instant.parse(at), List.of(new FeatureSample(feature, "1.0", used, total, 0, 0, used)));
	}

	@OnBothDatabases
	void peakAverageCountAndTimeAtFullPerFeatureAndMonth(Store store) throws Exception {
		try (HistoryDatabase db = store.open()) {
			sample(db, "2026-01-05T09:00:00Z", "CAD", 4, 10);
			sample(db, "2026-01-05T09:01:00Z", "CAD", 10, 10); // every count in use
			sample(db, "2026-01-12T09:00:00Z", "CAD", 10, 10); // again, another day
			sample(db, "2026-01-12T09:01:00Z", "CAD", 6, 10);
			sample(db, "2026-02-02T09:00:00Z", "CAD", 2, 12); // more counts in February
			sample(db, "2026-01-20T09:00:00Z", "CAM", 1, 5);
			sample(db, "2026-03-01T09:00:00Z", "CAD", 9, 12); // outside the range asked
			List<MonthPeak> peaks = db.peaks("Berlin", YearMonth.of(2026, 1), YearMonth.of(2026, 2));
			assertEquals(List.of(new MonthPeak("CAD", "1.0", YearMonth.of(2026, 1), 10, 7.5, 10, Duration.ofMinutes(2), 4),
					new MonthPeak("CAD", "1.0", YearMonth.of(2026, 2), 2, 2.0, 12, Duration.ZERO, 1),
					new MonthPeak("CAM", "1.0", YearMonth.of(2026, 1), 1, 1.0, 5, Duration.ZERO, 1)), peaks);
			assertEquals(100.0, peaks.get(0).percentOfCount());
			assertEquals(16.7, Math.round(peaks.get(1).percentOfCount() * 10) / 10.0);
		}
	}
}
