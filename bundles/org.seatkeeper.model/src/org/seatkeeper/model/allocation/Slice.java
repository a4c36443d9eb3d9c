package org.seatkeeper.model.allocation;

import java.util.Objects;

/**
 * Counts of one feature record given to one pool.
 *
 * @param feature the record
 * @param count   how many of its counts
 */
public record Slice(ServerFeature feature, long count) {

	public Slice {
		Objects.requireNonNull(feature, "feature");
	}
}
