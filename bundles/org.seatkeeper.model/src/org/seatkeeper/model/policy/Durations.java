package org.seatkeeper.model.policy;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Time values as license servers write them: a number with an optional unit s, m, h, d or w; seconds without one. */
public final class Durations {

	private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,12})\\s*([smhdwSMHDW]?)\\s*");

	private Durations() {
	}

	/** The duration {@code text} stands for, or empty if it is no time value. */
	public static Optional<Duration> parse(String text) {
		Matcher matcher = FORM.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		long amount = Long.parseLong(matcher.group(1));
		return Optional.of(switch (matcher.group(2).toLowerCase(java.util.Locale.ROOT)) {
		case "m" -> Duration.ofMinutes(amount);
		case "h" -> Duration.ofHours(amount);
		case "d" -> Duration.ofDays(amount);
		case "w" -> Duration.ofDays(amount * 7);
		default -> Duration.ofSeconds(amount);
		});
	}
}
