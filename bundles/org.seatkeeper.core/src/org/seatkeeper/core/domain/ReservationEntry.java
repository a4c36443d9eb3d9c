package org.seatkeeper.core.domain;

import java.util.Objects;

/**
 * Counts of one feature version reserved for a hostid.
 *
 * @param id             the server's entry id, or 0 for an entry not yet on a server
 * @param featureName    the feature name
 * @param featureVersion the least version that satisfies the entry, {@code a} or {@code a.b}
 * @param count          the counts reserved, above 0
 */
public record ReservationEntry(long id, String featureName, String featureVersion, int count) {

	public ReservationEntry {
		Objects.requireNonNull(featureName, "featureName");
		Objects.requireNonNull(featureVersion, "featureVersion");
	}

	public static ReservationEntry of(String featureName, String featureVersion, int count) {
		return new ReservationEntry(0, featureName, featureVersion, count);
	}
}
