package org.seatkeeper.core.about;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A titled group of {@link ReportEntry entries} in a {@link SystemReport}.
 *
 * @param title   the group's title, e.g. "Java runtime"
 * @param entries the group's lines, in the order they are shown
 */
public record ReportSection(String title, List<ReportEntry> entries) {

	public ReportSection {
		Objects.requireNonNull(title, "title");
		entries = List.copyOf(entries);
	}

	/** The value of the entry called {@code name}, if this section has one. */
	public Optional<String> value(String name) {
		return entries.stream().filter(e -> e.name().equals(name)).map(ReportEntry::value).findFirst();
	}
}
