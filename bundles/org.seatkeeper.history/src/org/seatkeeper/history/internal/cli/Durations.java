package org.seatkeeper.history.internal.cli;

import java.time.Duration;
import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a duration as people write it on a command line: {@code 60s}, {@code 5m}, {@code 1h}, or seconds alone. */
final class Durations implements ITypeConverter<Duration> {

	@Override
	public Duration convert(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		long unit = 1;
		if (value.endsWith("s")) {
			value = value.substring(0, value.length() - 1);
		} else if (value.endsWith("m")) {
			unit = 60;
			value = value.substring(0, value.length() - 1);
		} else if (value.endsWith("h")) {
			unit = 3600;
			value = value.substring(0, value.length() - 1);
		}
		try {
			long seconds = Long.parseLong(value) * unit;
			if (seconds < 1 || seconds > 86_400) {
				throw new TypeConversionException("'" + text + "' is not between 1 s and 24 h");
			}
			return Duration.ofSeconds(seconds);
		} catch (NumberFormatException e) {
			throw new TypeConversionException("'" + text + "' is not a duration: write it as 60s, 5m or 1h");
		}
	}
}
