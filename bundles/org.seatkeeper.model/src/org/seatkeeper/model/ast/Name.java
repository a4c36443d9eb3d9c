package org.seatkeeper.model.ast;

import java.util.Objects;

import org.seatkeeper.model.TextRange;

/**
 * A name or value written as a string: a model, pool, feature, hostid, dictionary key or value, or a
 * vendor-string pattern.
 *
 * @param value  the string's content with its escapes resolved
 * @param quoted false for a feature name written without quotes (tolerated with a warning)
 * @param range  the string as written, quotes included
 */
public record Name(String value, boolean quoted, TextRange range) implements Node {

	/** The prefix of a string that holds a regular expression: {@code "~/REGEX/"}. */
	public static final String REGEX_PREFIX = "~/";

	public Name {
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(range, "range");
	}

	/** True if the value has the form {@code ~/REGEX/}. */
	public boolean isRegex() {
		return value.length() >= 3 && value.startsWith(REGEX_PREFIX) && value.endsWith("/");
	}

	/** The regular expression of a {@code ~/REGEX/} value, or the value itself. */
	public String regex() {
		return isRegex() ? value.substring(2, value.length() - 1) : value;
	}
}
