package org.seatkeeper.history.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.seatkeeper.history.FeatureSample;
import org.seatkeeper.history.HistoryDatabase;
import org.seatkeeper.history.Point;
import org.seatkeeper.history.Sample;
import org.seatkeeper.history.SampleBuffer;
import org.seatkeeper.history.tests.Stores.Store;

/** Writes kept while the database is down: bounded, the oldest dropped and counted, written once it is back. */
class SampleBufferTest {

	private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

	private static Sample.Up up(int minute, int used) {
		return new Sample.Up("Berlin", T0.plus(Duration.ofMinutes(minute)), List.of(new FeatureSample("CAD", "1.0", used, 10, 0, 0, used)));
	}

	@Test
	void aFullBufferDropsTheOldestAndCountsThem() {
		SampleBuffer buffer = new SampleBuffer(3);
		for (int minute = 0; minute < 5; minute++) {
			buffer.add(up(minute, minute));
		}
		assertEquals(3, buffer.size());
		assertEquals(2, buffer.dropped());
	}

	@OnBothDatabases
	void aDatabaseThatIsDownKeepsTheWritesWaitingAndTheyAreWrittenOnceItIsBack(Store store) throws Exception {
		SampleBuffer buffer = new SampleBuffer(10);
		buffer.add(up(0, 1));
		buffer.add(new Sample.Down("Berlin", T0.plus(Duration.ofMinutes(1)), "timeout"));
		buffer.add(up(2, 3));
		HistoryDatabase closed = store.open();
		closed.close(); // the database is gone
		assertThrows(SQLException.class, () -> buffer.flushTo(closed));
		assertEquals(3, buffer.size(), "nothing lost");
		try (HistoryDatabase back = store.open()) {
			assertEquals(3, buffer.flushTo(back));
			assertEquals(0, buffer.size());
			List<Point> series = back.series("Berlin", "CAD", "1.0", T0, T0.plus(Duration.ofMinutes(3)));
			assertEquals(List.of(OptionalInt.of(1), OptionalInt.empty(), OptionalInt.of(3)), series.stream().map(Point::used).toList());
		}
	}
}
