package org.seatkeeper.history;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Made-up history for the embedded demo server, so that the history's views are alive out of the box: 90 days
 * of a plausible working week (peaks on weekday working hours, quiet nights and weekends, one feature that
 * runs out of counts every Monday, one short outage), sampled every 5 minutes. The server's history is marked
 * as demo data, which the views and reports say.
 */
public final class DemoHistory {

	/** A feature of the demo server, with its count. */
	public record Feature(String name, String version, int count) {
	}

	/** How long the made-up history is, and how often it is sampled. */
	public static final Duration LENGTH = Duration.ofDays(90);
	public static final Duration STEP = Duration.ofMinutes(5);

	private DemoHistory() {
	}

	/**
	 * Writes the 90 days before {@code now} for {@code server} with {@code features}, {@code saturating} (a feature
	 * name) at its count on Mondays' working hours; answers how many feature samples were written.
	 */
	public static int seed(HistoryDatabase db, String server, List<Feature> features, String saturating, Instant now, ZoneId zone)
			throws SQLException {
		Random random = new Random(42);
		Instant end = now.truncatedTo(ChronoUnit.MINUTES);
		Instant start = end.minus(LENGTH);
		Instant outage = start.plus(Duration.ofDays(37)).plus(Duration.ofHours(14)); // 40 minutes down, once
		List<Sample> day = new ArrayList<>();
		int written = 0;
		for (Instant at = Instant.ofEpochSecond(Math.floorDiv(start.getEpochSecond(), STEP.toSeconds()) * STEP.toSeconds()); at.isBefore(end);
				at = at.plus(STEP)) {
			if (!at.isBefore(outage) && at.isBefore(outage.plus(Duration.ofMinutes(40)))) {
				day.add(new Sample.Down(server, at, STEP, "Nothing answered (a made-up outage of the demo history)"));
			} else {
				ZonedDateTime local = at.atZone(zone);
				List<FeatureSample> values = new ArrayList<>();
				for (Feature feature : features) {
					int used = used(feature, feature.name().equals(saturating), local, random);
					values.add(new FeatureSample(feature.name(), feature.version(), used, feature.count(), 0, 0, Math.min(used, 1 + used / 2)));
				}
				day.add(new Sample.Up(server, at, STEP, values, Optional.empty()));
				written += values.size();
			}
			if (day.size() == 288) {
				db.record(day);
				day.clear();
			}
		}
		if (!day.isEmpty()) {
			db.record(day);
		}
		db.markDemo(server);
		return written;
	}

	/** The use of {@code feature} at {@code local}: a working day's curve with noise, quiet nights and weekends. */
	private static int used(Feature feature, boolean saturating, ZonedDateTime local, Random random) {
		DayOfWeek day = local.getDayOfWeek();
		double hour = local.getHour() + local.getMinute() / 60.0;
		boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
		if (saturating && day == DayOfWeek.MONDAY && hour >= 9 && hour < 17) {
			return feature.count();
		}
		double working = hour < 7 || hour >= 20 ? 0 : Math.sin(Math.PI * (hour - 7) / 13); // 7:00 to 20:00, highest at 13:30
		double level = weekend ? 0.04 + 0.06 * working : 0.06 + 0.72 * working;
		level *= 0.85 + 0.3 * random.nextDouble();
		return Math.max(0, Math.min(feature.count(), (int) Math.round(feature.count() * level)));
	}
}
