package org.seatkeeper.model.allocation;

import java.util.List;
import java.util.Objects;

import org.seatkeeper.model.ast.FeatureSpec;

/**
 * What one feature line of a pool receives.
 *
 * @param line      the feature line
 * @param requested the amount as written ({@code 10}, {@code 50%}, {@code remainder}), as the server
 *                  echoes it
 * @param computed  the counts the line asks for: the number, the percentage of the server's total, or
 *                  what was left for the remainder
 * @param slices    the counts it got, record by record in the order they were taken
 */
public record LineAllocation(FeatureSpec line, String requested, long computed, List<Slice> slices) {

	public LineAllocation {
		Objects.requireNonNull(line, "line");
		Objects.requireNonNull(requested, "requested");
		slices = List.copyOf(slices);
	}

	/** The counts the line got. */
	public long obtained() {
		return slices.stream().mapToLong(Slice::count).sum();
	}

	/** The counts it asked for and did not get; 0 when it got all. */
	public long shortfall() {
		return Math.max(0, computed - obtained());
	}
}
