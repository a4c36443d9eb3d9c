package org.seatkeeper.model;

import java.util.Optional;

/**
 * A feature version as the license server compares it: a major and a minor number. Versions are compared
 * numerically part by part, so {@code 1.10} is higher than {@code 1.9}, and {@code 1} equals {@code 1.0}
 * (the reference leaves this open; it is the usual reading of "numbers and up to one decimal point").
 *
 * @param major the part before the dot
 * @param minor the part after the dot, 0 when there is none
 */
public record FeatureVersion(int major, int minor) implements Comparable<FeatureVersion> {

	public FeatureVersion {
		if (major < 0 || minor < 0) {
			throw new IllegalArgumentException("Version parts cannot be negative: " + major + "." + minor);
		}
	}

	/**
	 * The version written as {@code text} ({@code 1}, {@code 1.0}, {@code 12.304}), or empty if it is not
	 * one: anything but digits with at most one dot between them, or a part above {@link Integer#MAX_VALUE}.
	 */
	public static Optional<FeatureVersion> parse(String text) {
		int dot = text.indexOf('.');
		String majorText = dot < 0 ? text : text.substring(0, dot);
		String minorText = dot < 0 ? "0" : text.substring(dot + 1);
		int major = part(majorText);
		int minor = part(minorText);
		return major < 0 || minor < 0 ? Optional.empty() : Optional.of(new FeatureVersion(major, minor));
	}

	/** The non-negative value of a run of digits, or -1 if it is empty, holds another character or is too large. */
	private static int part(String digits) {
		if (digits.isEmpty() || digits.length() > 10) {
			return -1;
		}
		long value = 0;
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value > Integer.MAX_VALUE ? -1 : (int) value;
	}

	@Override
	public int compareTo(FeatureVersion other) {
		int byMajor = Integer.compare(major, other.major);
		return byMajor != 0 ? byMajor : Integer.compare(minor, other.minor);
	}

	/** {@code major.minor}. */
	@Override
	public String toString() {
		return major + "." + minor;
	}
}
