package org.seatkeeper.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What one server said, or that it said nothing, when it was asked at one time. */
public sealed interface Sample permits Sample.Up, Sample.Down {

	/** How often a collector asks unless told otherwise. */
	Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);

	/** The server's name in the server list. */
	String server();

	/** When it was asked (collectors align it to their interval, so that two asking at once write it once). */
	Instant at();

	/** How often it was being asked then: what this sample stands for (a sample at 100 % counts it at 100 %). */
	Duration interval();

	/**
	 * The server answered with {@code features}, and, when it lists the devices of its features,
	 * {@code holdings}: which device held which feature (the device sessions are inferred from them).
	 */
	record Up(String server, Instant at, Duration interval, List<FeatureSample> features, Optional<Set<Holding>> holdings) implements Sample {

		public Up {
			checkInterval(interval);
			features = List.copyOf(features);
			holdings = holdings.map(Set::copyOf);
		}

		/** The server answered with {@code features} when asked every minute, the devices holding them not known. */
		public Up(String server, Instant at, List<FeatureSample> features) {
			this(server, at, DEFAULT_INTERVAL, features, Optional.empty());
		}
	}

	/** The server did not answer: a gap in every feature's history; {@code detail} says why. */
	record Down(String server, Instant at, Duration interval, String detail) implements Sample {

		public Down {
			checkInterval(interval);
		}

		/** The server did not answer when asked every minute. */
		public Down(String server, Instant at, String detail) {
			this(server, at, DEFAULT_INTERVAL, detail);
		}
	}

	private static void checkInterval(Duration interval) {
		if (interval.toSeconds() < 1 || interval.toSeconds() > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("A sample's interval is at least a second, not " + interval);
		}
	}
}
