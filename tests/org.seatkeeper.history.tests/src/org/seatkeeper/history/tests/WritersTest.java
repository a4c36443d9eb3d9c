package org.seatkeeper.history.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.seatkeeper.history.DeviceSession;
import org.seatkeeper.history.FeatureSample;
import org.seatkeeper.history.HistoryDatabase;
import org.seatkeeper.history.Holding;
import org.seatkeeper.history.Rollup;
import org.seatkeeper.history.Sample;
import org.seatkeeper.history.tests.Stores.Store;

/** Batches, several writers at once, and the device sessions inferred from successive answers. */
class WritersTest {

	private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

	private static Instant at(int minutes) {
		return T0.plus(Duration.ofMinutes(minutes));
	}

	/** Two hours of minutes of two features, the second always full. */
	private static List<Sample> twoHours() {
		List<Sample> samples = new ArrayList<>();
		for (int minute = 0; minute < 120; minute++) {
			samples.add(new Sample.Up("Berlin", at(minute), List.of(new FeatureSample("CAD", "1.0", minute % 7, 10, 0, 0, minute % 7),
					new FeatureSample("CAM", "2.0", 5, 5, 0, 0, 2))));
		}
		return samples;
	}

	@OnBothDatabases
	void aBatchAddsToTheRollupsWhatSampleBySampleWouldAndAgainNothing(Store store) throws Exception {
		try (HistoryDatabase db = store.open()) {
			db.record(twoHours());
			List<Rollup> hours = db.hours("Berlin", "CAD", "1.0", T0, at(120));
			long firstHourSum = 0;
			for (int minute = 0; minute < 60; minute++) {
				firstHourSum += minute % 7;
			}
			assertEquals(new Rollup(T0, 60, firstHourSum, 6, 10, Duration.ZERO), hours.get(0));
			assertEquals(2, hours.size());
			assertEquals(Duration.ofHours(2), db.day("Berlin", "CAM", "2.0", LocalDate.of(2026, 12, 1)).orElseThrow().atFull(), "every sample full");
			db.record(twoHours()); // the whole batch again: a collector that restarted
			assertEquals(hours, db.hours("Berlin", "CAD", "1.0", T0, at(120)), "nothing added twice");
			assertEquals(120, db.series("Berlin", "CAD", "1.0", T0, at(120)).size());
		}
	}

	@OnBothDatabases
	void twoWritersOfTheSameSamplesAtOnceKeepThemOnce(Store store) throws Exception {
		try (HistoryDatabase first = store.open(); HistoryDatabase second = store.open()) {
			first.recordUp("Berlin", T0, List.of()); // the server known to both
			CyclicBarrier together = new CyclicBarrier(2);
			ExecutorService writers = Executors.newFixedThreadPool(2);
			try {
				List<Future<Void>> done = new ArrayList<>();
				for (HistoryDatabase db : List.of(first, second)) {
					Callable<Void> write = () -> {
						together.await();
						for (Sample sample : twoHours()) {
							db.record(List.of(sample));
						}
						return null;
					};
					done.add(writers.submit(write));
				}
				for (Future<Void> writer : done) {
					writer.get();
				}
			} finally {
				writers.shutdown();
			}
			List<Rollup> hours = first.hours("Berlin", "CAM", "2.0", T0, at(120));
			assertEquals(List.of(60, 60), hours.stream().map(Rollup::samples).toList(), "each sample counted once");
		}
	}

	@OnBothDatabases
	void aDeviceSessionRunsFromTheFirstAnswerListingItToTheFirstThatDoesNot(Store store) throws Exception {
		try (HistoryDatabase db = store.open()) {
			Holding aCad = new Holding("host-a", "CAD", "1.0");
			Holding bCad = new Holding("host-b", "CAD", "1.0");
			Holding aCam = new Holding("host-a", "CAM", "2.0");
			db.record(List.of(held(0, aCad, bCad), held(1, aCad, aCam)));
			db.record(List.of(held(1, aCad, aCam))); // again: nothing changes
			db.record(List.of(new Sample.Down("Berlin", at(2), "timeout"))); // a gap closes nothing
			db.record(List.of(held(3, aCam)));
			List<DeviceSession> sessions = db.sessions("Berlin", T0, at(10));
			assertEquals(List.of(new DeviceSession("host-a", "CAD", "1.0", at(0), Optional.of(at(3))),
					new DeviceSession("host-b", "CAD", "1.0", at(0), Optional.of(at(1))),
					new DeviceSession("host-a", "CAM", "2.0", at(1), Optional.empty())), sessions);
			assertTrue(db.sessions("Berlin", at(4), at(10)).stream().allMatch(s -> s.returned().isEmpty()), "only the open one overlaps later");
		}
	}

	private static Sample held(int minute, Holding... holdings) {
		return new Sample.Up("Berlin", at(minute), Sample.DEFAULT_INTERVAL, List.of(new FeatureSample("CAD", "1.0", 1, 10, 0, 0, 1)),
				Optional.of(Set.of(holdings)));
	}
}
