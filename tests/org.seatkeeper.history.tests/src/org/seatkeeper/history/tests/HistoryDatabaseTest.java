package org.seatkeeper.history.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import org.seatkeeper.history.FeatureSample;
import org.seatkeeper.history.HistoryDatabase;
import org.seatkeeper.history.Point;
import org.seatkeeper.history.tests.Stores.Store;

/** The history in an embedded H2 file: its schema, idempotent writes, and gaps that stay gaps. */
class HistoryDatabaseTest {

	private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

	private static FeatureSample cad(int used) {
		return new FeatureSample("CAD", "1.0", used, 10, 1, 0, used);
	}

	private static Instant minute(int n) {
		return T0.plus(Duration.ofMinutes(n));
	}

	@OnBothDatabases
	void theSchemaIsMadeOnceAndANewerOneIsRefused(Store store) throws Exception {
		try (HistoryDatabase db = store.open()) {
			assertEquals(2, db.schemaVersion(), "every migration applied");
		}
		try (HistoryDatabase again = store.open()) {
			assertEquals(2, again.schemaVersion(), "the second start applies nothing");
		}
		store.execute("INSERT INTO schema_version (version, applied_at) VALUES (99, CURRENT_TIMESTAMP)");
		SQLException refused = assertThrows(SQLException.class, () -> store.open());
		assertTrue(refused.getMessage().contains("schema version 99, newer than this Seatkeeper knows (2)"), refused.getMessage());
	}

	@OnBothDatabases
	void aSampleWrittenTwiceIsKeptOnce(Store store) throws Exception {
		try (HistoryDatabase db = store.open()) {
			db.recordUp("Berlin", minute(0), List.of(cad(3), new FeatureSample("CAM", "2.0", 1, 5, 0, 0, 1)));
			db.recordUp("Berlin", minute(0), List.of(cad(3), new FeatureSample("CAM", "2.0", 1, 5, 0, 0, 1))); // a retry
			db.recordUp("Berlin", minute(1), List.of(cad(4)));
			List<Point> series = db.series("Berlin", "CAD", "1.0", minute(0), minute(2));
			assertEquals(List.of(new Point(minute(0), true, OptionalInt.of(3), OptionalInt.of(10)),
					new Point(minute(1), true, OptionalInt.of(4), OptionalInt.of(10))), series);
		}
	}

	@OnBothDatabases
	void aServerThatWasDownIsAGapNotZeros(Store store) throws Exception {
		try (HistoryDatabase db = store.open()) {
			db.recordUp("Berlin", minute(0), List.of(cad(3)));
			db.recordDown("Berlin", minute(1), "Nothing answers at 10.0.0.5:7070");
			db.recordUp("Berlin", minute(3), List.of(cad(5)));
			List<Point> series = db.series("Berlin", "CAD", "1.0", minute(0), minute(4));
			assertEquals(3, series.size(), "minute 2 was not asked: no point at all");
			assertFalse(series.get(0).gap());
			assertTrue(series.get(1).gap(), "down: a gap");
			assertFalse(series.get(1).up());
			assertEquals(OptionalInt.empty(), series.get(1).used(), "never a zero");
			assertEquals(OptionalInt.of(5), series.get(2).used());
			assertEquals(List.of(), db.series("Paris", "CAD", "1.0", minute(0), minute(4)), "another server has its own history");
		}
	}

	@OnBothDatabases
	void theHistoryOutlivesTheProcessThatWroteIt(Store store) throws Exception {
		try (HistoryDatabase db = store.open()) {
			db.recordUp("Berlin", minute(0), List.of(cad(2)));
		}
		try (HistoryDatabase reopened = store.open()) {
			assertEquals(OptionalInt.of(2), reopened.series("Berlin", "CAD", "1.0", minute(0), minute(1)).get(0).used());
		}
	}
}
