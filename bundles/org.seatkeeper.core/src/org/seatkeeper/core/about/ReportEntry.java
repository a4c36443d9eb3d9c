package org.seatkeeper.core.about;

import java.util.Objects;

/**
 * One line of a {@link SystemReport}: a name and its value, both as shown to a person.
 *
 * @param name  what the value is, e.g. "Version"
 * @param value the value, never blank
 */
public record ReportEntry(String name, String value) {

	public ReportEntry {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(value, "value");
	}
}
