package org.seatkeeper.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What one server said, or that it said nothing, when it was asked at one time. */
public sealed interface Sample permits Sample.Up, Sample.Down {

	/** The server's name in the server list. */
	String server();

	/** When it was asked (collectors align it to their interval, so that two asking at once write it once). */
	Instant at();

	/**
	 * The server answered with {@code features}, and, when it lists the devices of its features,
	 * {@code holdings}: which device held which feature (the device sessions are inferred from them).
	 */
	record Up(String server, Instant at, List<FeatureSample> features, Optional<Set<Holding>> holdings) implements Sample {

		public Up {
			features = List.copyOf(features);
			holdings = holdings.map(Set::copyOf);
		}

		/** The server answered with {@code features}, the devices holding them not known. */
		public Up(String server, Instant at, List<FeatureSample> features) {
			this(server, at, features, Optional.empty());
		}
	}

	/** The server did not answer: a gap in every feature's history; {@code detail} says why. */
	record Down(String server, Instant at, String detail) implements Sample {
	}
}
