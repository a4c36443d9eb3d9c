package org.seatkeeper.testing;

import java.util.Arrays;

/** What the benchmarks share: their numeric arguments, and the median and highest of their runs. */
public final class BenchFigures {

	private BenchFigures() {
	}

	/** The value of {@code name} in {@code args} ({@code --servers 50}), else {@code fallback}. */
	public static int intArg(String[] args, String name, int fallback) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return Integer.parseInt(args[i + 1]);
			}
		}
		return fallback;
	}

	public static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	public static double max(long[] values) {
		return Arrays.stream(values).max().orElse(0);
	}
}
