package org.seatkeeper.history;

import java.time.Duration;
import java.time.YearMonth;

/**
 * One feature's use over one month, from its daily rollups: what an administrator takes to a renewal.
 *
 * @param peak    the highest use seen
 * @param average the average use over the samples the server answered
 * @param total   the highest count the server held for it
 * @param atFull  how long every count was in use (each sample that found it so counts its interval)
 * @param samples how many samples the average is over
 */
public record MonthPeak(String feature, String version, YearMonth month, int peak, double average, int total, Duration atFull, long samples) {

	/** The peak as a percentage of the count (0 without counts). */
	public double percentOfCount() {
		return total == 0 ? 0 : 100.0 * peak / total;
	}
}
