package org.seatkeeper.history;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * A feature's use at one time the server was asked. When the server did not answer, or did not have the
 * feature then, the values are empty: a gap, never zeros.
 *
 * @param up whether the server answered at that time
 */
public record Point(Instant at, boolean up, OptionalInt used, OptionalInt total) {

	/** Whether there is no value at this time. */
	public boolean gap() {
		return used.isEmpty();
	}
}
