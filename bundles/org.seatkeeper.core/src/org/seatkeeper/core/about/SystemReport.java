package org.seatkeeper.core.about;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable, ordered list of {@link ReportSection sections} describing a running installation.
 * Build one with {@link #builder()}; entries whose value is unknown (null or blank) are left out
 * rather than shown empty.
 */
public final class SystemReport {

	private final List<ReportSection> sections;

	private SystemReport(List<ReportSection> sections) {
		this.sections = List.copyOf(sections);
	}

	public static Builder builder() {
		return new Builder();
	}

	public List<ReportSection> sections() {
		return sections;
	}

	public Optional<ReportSection> section(String title) {
		return sections.stream().filter(s -> s.title().equals(title)).findFirst();
	}

	/** The value of entry {@code name} in section {@code title}, if there is one. */
	public Optional<String> value(String title, String name) {
		return section(title).flatMap(s -> s.value(name));
	}

	/**
	 * The report as plain text, one section after another, names aligned, for the clipboard and bug
	 * reports.
	 */
	public String toText() {
		StringBuilder text = new StringBuilder();
		for (ReportSection section : sections) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(section.title()).append('\n');
			int width = section.entries().stream().mapToInt(e -> e.name().length()).max().orElse(0);
			for (ReportEntry entry : section.entries()) {
				text.append("  ").append(entry.name()).append(':');
				text.append(" ".repeat(width - entry.name().length() + 1));
				text.append(entry.value()).append('\n');
			}
		}
		return text.toString();
	}

	@Override
	public String toString() {
		return toText();
	}

	/** Collects entries by section, keeping the order in which sections and entries are first added. */
	public static final class Builder {

		private final Map<String, List<ReportEntry>> entries = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * Adds {@code name: value} to section {@code title}; a null or blank value is left out (the
		 * section is still created, so that its place in the order is kept).
		 */
		public Builder add(String title, String name, String value) {
			List<ReportEntry> section = entries.computeIfAbsent(title, t -> new ArrayList<>());
			if (value != null && !value.isBlank()) {
				section.add(new ReportEntry(name, value.strip()));
			}
			return this;
		}

		public SystemReport build() {
			List<ReportSection> sections = new ArrayList<>();
			entries.forEach((title, list) -> {
				if (!list.isEmpty()) {
					sections.add(new ReportSection(title, list));
				}
			});
			return new SystemReport(sections);
		}
	}
}
