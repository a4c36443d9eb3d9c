package org.seatkeeper.model.policy;

import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What values a setting takes, and how a value is checked. */
public enum SettingType {
	BOOLEAN, DURATION, INTEGER, PERCENT, TEXT, URI, ADDRESS_LIST, GRANULARITY, LOG_LEVEL;

	/** What is wrong with {@code value} for this type, or empty if it is fine. */
	public Optional<String> problem(String value) {
		String v = value.trim();
		return switch (this) {
		case BOOLEAN -> v.equals("true") || v.equals("false") ? Optional.empty() : Optional.of("expected true or false");
		case DURATION -> Durations.parse(v).isPresent() ? Optional.empty()
				: Optional.of("expected a time such as 30s, 5m, 2h, 1d or 1w (no unit: seconds)");
		case INTEGER -> v.matches("\\d{1,9}") ? Optional.empty() : Optional.of("expected a whole number");
		case PERCENT -> v.matches("\\d{1,3}") && Integer.parseInt(v) <= 100 ? Optional.empty()
				: Optional.of("expected a percentage from 0 to 100");
		case TEXT -> Optional.empty();
		case URI -> uri(v);
		case ADDRESS_LIST -> addresses(v);
		case GRANULARITY -> oneOf(v, List.of("DAY", "HOUR", "MINUTE", "SECOND"));
		case LOG_LEVEL -> oneOf(v.toLowerCase(Locale.ROOT), List.of("fatal", "error", "warn", "info"));
		};
	}

	private static Optional<String> oneOf(String value, List<String> allowed) {
		return allowed.contains(value) ? Optional.empty() : Optional.of("expected one of " + String.join(", ", allowed));
	}

	private static Optional<String> uri(String value) {
		if (value.isEmpty()) {
			return Optional.empty();
		}
		try {
			java.net.URI uri = new java.net.URI(value);
			return uri.getScheme() != null && uri.getHost() != null ? Optional.empty()
					: Optional.of("expected an absolute URI such as https://host:7070");
		} catch (URISyntaxException e) {
			return Optional.of("expected a URI: " + e.getReason());
		}
	}

	/** {@code [127.0.0.1,192.0.0.1]}, {@code 127.0.0.1,10.0.0.1} or empty. */
	private static Optional<String> addresses(String value) {
		for (String address : list(value)) {
			if (!address.matches("[0-9A-Fa-f:.]+(/\\d{1,3})?")) {
				return Optional.of("'" + address + "' is no IP address");
			}
		}
		return Optional.empty();
	}

	/** The elements of a multi-valued setting: {@code [a,b]} or {@code a,b}. */
	public static List<String> list(String value) {
		String v = value.trim();
		if (v.startsWith("[") && v.endsWith("]")) {
			v = v.substring(1, v.length() - 1);
		}
		return v.isBlank() ? List.of() : List.of(v.split("\\s*,\\s*")).stream().map(String::trim).toList();
	}
}
