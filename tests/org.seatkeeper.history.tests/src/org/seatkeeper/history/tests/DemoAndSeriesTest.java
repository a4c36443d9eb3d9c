package org.seatkeeper.history.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.seatkeeper.history.DemoHistory;
import org.seatkeeper.history.FeatureKey;
import org.seatkeeper.history.FeatureSample;
import org.seatkeeper.history.HistoryDatabase;
import org.seatkeeper.history.Rollup;
import org.seatkeeper.history.UsageSeries;
import org.seatkeeper.history.UsageSeries.Resolution;
import org.seatkeeper.history.tests.Stores.Store;

/** The demo server's made-up history, and the series a chart draws (its data, not its pixels). */
class DemoAndSeriesTest {

	private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

	@OnBothDatabases
	void theDemoHistoryHasNinetyDaysOfWorkingWeeksAMondayFullFeatureAndIsMarked(Store store) throws Exception {
		try (HistoryDatabase db = store.open()) {
			int written = DemoHistory.seed(db, "Demo server", List.of(new DemoHistory.Feature("VR_MODE", "1.0", 10),
					new DemoHistory.Feature("3D_Rendering", "3.2", 80)), "VR_MODE", NOW, ZoneOffset.UTC);
			assertEquals(2 * (90 * 288 - 8), written, "every 5 minutes for 90 days, but the 40 minutes of the outage");
			assertTrue(db.demo("Demo server"));
			LocalDate monday = NOW.atOffset(ZoneOffset.UTC).toLocalDate().minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			Rollup mondayVr = db.day("Demo server", "VR_MODE", "1.0", monday).orElseThrow();
			assertEquals(Duration.ofHours(8), mondayVr.atFull(), "VR_MODE is full from 9:00 to 17:00 on Mondays");
			assertEquals(Duration.ZERO, db.day("Demo server", "VR_MODE", "1.0", monday.plusDays(1)).orElseThrow().atFull(), "not on Tuesdays");
			Rollup tuesday = db.day("Demo server", "3D_Rendering", "3.2", monday.plusDays(1)).orElseThrow();
			Rollup sunday = db.day("Demo server", "3D_Rendering", "3.2", monday.minusDays(1)).orElseThrow();
			assertTrue(tuesday.usedAverage() > 3 * sunday.usedAverage(), "weekdays busier than weekends: " + tuesday + " " + sunday);
			assertTrue(tuesday.usedMax() <= 80);
			assertEquals(3, db.peaks("Demo server", java.time.YearMonth.of(2026, 9), java.time.YearMonth.of(2026, 11)).stream()
					.filter(p -> p.feature().equals("VR_MODE")).count(), "monthly peaks from the daily rollups");
		}
	}

	@OnBothDatabases
	void aSeriesHasAGapWhereTheHistoryHasNoneAndItsResolutionFollowsTheRange(Store store) throws Exception {
		Instant t0 = Instant.parse("2026-12-01T08:00:00Z");
		try (HistoryDatabase db = store.open()) {
			for (int minute = 0; minute < 10; minute++) {
				if (minute == 4) {
					db.recordDown("Berlin", t0.plus(Duration.ofMinutes(minute)), "timeout");
				} else if (minute < 6 || minute > 8) { // minutes 6 to 8 not asked at all (no window, no watcher)
					db.recordUp("Berlin", t0.plus(Duration.ofMinutes(minute)), List.of(new FeatureSample("CAD", "1.0", minute, 10, 0, 0, 1)));
				}
			}
			FeatureKey cad = new FeatureKey("CAD", "1.0");
			UsageSeries raw = UsageSeries.read(db, "Berlin", cad, t0, t0.plus(Duration.ofMinutes(10)), Resolution.RAW);
			assertEquals(java.util.Arrays.asList(0, 1, 2, 3, null, 5, null, 9), raw.used(), "down: a gap; not asked: a gap, not a line across");
			assertEquals(7, raw.peak(), "the highest use is marked");
			assertEquals(9, raw.peakUsed().getAsInt());
			UsageSeries hourly = UsageSeries.read(db, "Berlin", cad, t0.minus(Duration.ofHours(1)), t0.plus(Duration.ofHours(2)), Resolution.HOURLY);
			assertEquals(java.util.Arrays.asList(null, 9, null), hourly.used(), "an hour without samples is a gap: each hour's peak");
			assertNull(hourly.total().get(0));
			assertEquals(raw, raw.reducedTo(8), "short enough: the series itself");
			UsageSeries two = raw.reducedTo(4); // two stretches of four samples: lowest, highest, gap
			assertEquals(java.util.Arrays.asList(0, 3, null, 5, 9), two.used(), "each stretch's lowest and highest, and its gap");
			assertEquals(4, two.peak(), "the peak stays");
			assertEquals(Resolution.RAW, Resolution.automatic(t0, t0.plus(Duration.ofDays(7))));
			assertEquals(Resolution.HOURLY, Resolution.automatic(t0, t0.plus(Duration.ofDays(30))));
			assertEquals(Resolution.DAILY, Resolution.automatic(t0, t0.plus(Duration.ofDays(365))));
		}
	}
}
