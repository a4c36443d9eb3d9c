package org.seatkeeper.history;

import java.time.Duration;
import java.time.Instant;

/**
 * A feature's use over one hour or one day, from the samples taken in it.
 *
 * @param start       the hour's or the day's start (UTC)
 * @param samples     how many samples the server answered in it
 * @param usedMax     the highest use seen
 * @param totalMax    the highest count seen
 * @param atFull      how long every count was in use
 */
public record Rollup(Instant start, int samples, long usedSum, int usedMax, int totalMax, Duration atFull) {

	/** The average use over the samples. */
	public double usedAverage() {
		return samples == 0 ? 0 : (double) usedSum / samples;
	}
}
