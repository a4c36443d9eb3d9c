package org.seatkeeper.history;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One feature's use over a range, as a chart draws it: at each time, the use and the count, or nothing (a gap:
 * the server was down, did not have the feature, or was not asked). The resolution follows the range: the raw
 * samples for up to a week, the hourly rollups (each hour's peak) up to a quarter, the daily ones beyond.
 *
 * @param times the times, in order
 * @param used  the use at each time, {@code null} for a gap
 * @param total the count at each time, {@code null} for a gap
 * @param peak  the index of the highest use, or -1 when all is gap
 */
public record UsageSeries(FeatureKey feature, Resolution resolution, List<Instant> times, List<Integer> used, List<Integer> total, int peak) {

	/** How fine the points are. */
	public enum Resolution {
		/** Every sample. */
		RAW(Duration.ZERO),
		/** Each hour's peak. */
		HOURLY(Duration.ofHours(1)),
		/** Each day's peak (UTC days). */
		DAILY(Duration.ofDays(1));

		private final Duration step;

		Resolution(Duration step) {
			this.step = step;
		}

		/** The resolution for the range [{@code from}, {@code to}): raw up to 7 days, hourly up to 92, daily beyond. */
		public static Resolution automatic(Instant from, Instant to) {
			Duration span = Duration.between(from, to);
			return span.compareTo(Duration.ofDays(7)) <= 0 ? RAW : span.compareTo(Duration.ofDays(92)) <= 0 ? HOURLY : DAILY;
		}
	}

	public UsageSeries {
		times = List.copyOf(times);
		used = Collections.unmodifiableList(new ArrayList<>(used));
		total = Collections.unmodifiableList(new ArrayList<>(total));
	}

	/** Reads {@code feature} of {@code server} over [{@code from}, {@code to}) at {@code resolution}. */
	public static UsageSeries read(HistoryDatabase history, String server, FeatureKey feature, Instant from, Instant to, Resolution resolution)
			throws SQLException {
		List<Instant> times = new ArrayList<>();
		List<Integer> used = new ArrayList<>();
		List<Integer> total = new ArrayList<>();
		switch (resolution) {
		case RAW -> {
			List<Point> points = history.series(server, feature.feature(), feature.version(), from, to);
			Duration usual = usualStep(points);
			Instant previous = null;
			for (Point point : points) {
				if (previous != null && Duration.between(previous, point.at()).compareTo(usual.multipliedBy(5).dividedBy(2)) > 0) {
					times.add(previous.plus(usual)); // not asked for a while (no window, no watcher): a gap, not a line across
					used.add(null);
					total.add(null);
				}
				times.add(point.at());
				used.add(value(point.used()));
				total.add(value(point.total()));
				previous = point.at();
			}
		}
		case HOURLY -> fill(history.hours(server, feature.feature(), feature.version(), from, to), from.truncatedTo(ChronoUnit.HOURS), to,
				resolution.step, times, used, total);
		case DAILY -> {
			LocalDate first = from.atOffset(ZoneOffset.UTC).toLocalDate();
			LocalDate last = to.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
			fill(history.days(server, feature.feature(), feature.version(), first, last), first.atStartOfDay(ZoneOffset.UTC).toInstant(), to,
					resolution.step, times, used, total);
		}
		}
		int peak = -1;
		for (int i = 0; i < used.size(); i++) {
			if (used.get(i) != null && (peak < 0 || used.get(i) > used.get(peak))) {
				peak = i;
			}
		}
		return new UsageSeries(feature, resolution, times, used, total, peak);
	}

	/** Each period from {@code start} to {@code end}: its rollup's peak and count, or a gap. */
	private static void fill(List<Rollup> rollups, Instant start, Instant end, Duration step, List<Instant> times, List<Integer> used,
			List<Integer> total) {
		Map<Instant, Rollup> byStart = new HashMap<>();
		rollups.forEach(r -> byStart.put(r.start(), r));
		for (Instant at = start; at.isBefore(end); at = at.plus(step)) {
			Rollup rollup = byStart.get(at);
			times.add(at);
			used.add(rollup == null ? null : rollup.usedMax());
			total.add(rollup == null ? null : rollup.totalMax());
		}
	}

	private static Integer value(OptionalInt value) {
		return value.isPresent() ? value.getAsInt() : null;
	}

	/** The most common distance between samples (the collector's interval), a minute when there are too few to tell. */
	private static Duration usualStep(List<Point> points) {
		Map<Duration, Integer> counts = new HashMap<>();
		for (int i = 1; i < points.size(); i++) {
			counts.merge(Duration.between(points.get(i - 1).at(), points.get(i).at()), 1, Integer::sum);
		}
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).filter(d -> !d.isZero())
				.orElse(Duration.ofMinutes(1));
	}

	/**
	 * This series with at most about {@code points} points, for a chart that has fewer pixels than samples: each of
	 * {@code points / 2} stretches keeps its lowest and highest use (so the peak stays), and a stretch with a gap
	 * keeps a gap. The series itself when it is short enough.
	 */
	public UsageSeries reducedTo(int points) {
		int stretches = Math.max(1, points / 2);
		if (times.size() <= points) {
			return this;
		}
		List<Instant> t = new ArrayList<>();
		List<Integer> u = new ArrayList<>();
		List<Integer> c = new ArrayList<>();
		int newPeak = -1;
		for (int s = 0; s < stretches; s++) {
			int from = (int) ((long) times.size() * s / stretches);
			int to = (int) ((long) times.size() * (s + 1) / stretches);
			int low = -1;
			int high = -1;
			int gap = -1;
			for (int i = from; i < to; i++) {
				Integer value = used.get(i);
				if (value == null) {
					gap = gap < 0 ? i : gap;
				} else {
					low = low < 0 || value < used.get(low) ? i : low;
					high = high < 0 || value > used.get(high) ? i : high;
				}
			}
			for (int i : java.util.stream.IntStream.of(low, high, gap).filter(i -> i >= 0).distinct().sorted().toArray()) {
				t.add(times.get(i));
				u.add(used.get(i));
				c.add(total.get(i));
				if (i == peak) {
					newPeak = u.size() - 1;
				}
			}
		}
		return new UsageSeries(feature, resolution, t, u, c, newPeak);
	}

	/** The highest use, if any. */
	public OptionalInt peakUsed() {
		return peak < 0 ? OptionalInt.empty() : OptionalInt.of(used.get(peak));
	}
}
