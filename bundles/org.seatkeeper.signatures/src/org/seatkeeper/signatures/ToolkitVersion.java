package org.seatkeeper.signatures;

import java.util.ArrayList;
import java.util.List;

/**
 * A version of the licensing toolkit an application was built with, e.g. {@code 11.0} or {@code 10.8.3}:
 * numbers separated by dots, compared number by number ({@code 11.0} and {@code 11.0.0} are equal).
 *
 * @param parts the numbers, at least one
 */
public record ToolkitVersion(List<Integer> parts) implements Comparable<ToolkitVersion> {

	public ToolkitVersion {
		parts = List.copyOf(parts);
		if (parts.isEmpty()) {
			throw new IllegalArgumentException("a version has at least one number");
		}
	}

	/**
	 * Reads {@code text} ({@code 11.0}, {@code 10.8.3}, also {@code v11.0}).
	 *
	 * @throws IllegalArgumentException with a message for a person when it is not a version
	 */
	public static ToolkitVersion parse(String text) {
		String trimmed = text.trim();
		String digits = trimmed.startsWith("v") || trimmed.startsWith("V") ? trimmed.substring(1) : trimmed;
		if (!digits.matches("\\d{1,4}(\\.\\d{1,6}){0,4}")) {
			throw new IllegalArgumentException("'" + trimmed + "' is not a toolkit version: write it as numbers separated by dots, "
					+ "e.g. 11.0 or 10.8.3");
		}
		List<Integer> parts = new ArrayList<>();
		for (String part : digits.split("\\.")) {
			parts.add(Integer.parseInt(part));
		}
		return new ToolkitVersion(parts);
	}

	/** Whether this version is {@code prefix} or one of its updates ({@code 11.4.1.2} starts with {@code 11.4.1}). */
	public boolean startsWith(ToolkitVersion prefix) {
		for (int i = 0; i < prefix.parts.size(); i++) {
			int mine = i < parts.size() ? parts.get(i) : 0;
			if (mine != prefix.parts.get(i)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public int compareTo(ToolkitVersion other) {
		for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
			int mine = i < parts.size() ? parts.get(i) : 0;
			int theirs = i < other.parts.size() ? other.parts.get(i) : 0;
			if (mine != theirs) {
				return Integer.compare(mine, theirs);
			}
		}
		return 0;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ToolkitVersion version && compareTo(version) == 0;
	}

	@Override
	public int hashCode() {
		List<Integer> significant = new ArrayList<>(parts);
		while (significant.size() > 1 && significant.get(significant.size() - 1) == 0) {
			significant.remove(significant.size() - 1);
		}
		return significant.hashCode();
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		for (int part : parts) {
			text.append(text.length() == 0 ? "" : ".").append(part);
		}
		return text.toString();
	}
}
