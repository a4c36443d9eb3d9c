package org.seatkeeper.core.domain;

import java.util.Objects;

/**
 * Counts of one feature version reserved for a hostid.
 *
 * @param id             the server's entry id, or 0 for an entry not yet on a server
 * @param featureName    the feature name
 * @param featureVersion the least version that satisfies the entry, {@code a} or {@code a.b}
 * @param count          the counts reserved, above 0
 * @param disabled       whether the server no longer serves it because its counts no longer cover it
 *                       (after they were reduced); only Seatkeeper's servers say so
 */
public record ReservationEntry(long id, String featureName, String featureVersion, int count, boolean disabled) {

	public ReservationEntry {
		Objects.requireNonNull(featureName, "featureName");
		Objects.requireNonNull(featureVersion, "featureVersion");
	}

	/** An entry the server serves. */
	public ReservationEntry(long id, String featureName, String featureVersion, int count) {
		this(id, featureName, featureVersion, count, false);
	}

	public static ReservationEntry of(String featureName, String featureVersion, int count) {
		return new ReservationEntry(0, featureName, featureVersion, count);
	}
}
