package org.seatkeeper.signatures;

import java.util.Optional;

/**
 * The toolkit-version columns of the cross-version table, oldest first. A column holds every version from
 * its first to its last, updates of the last included ({@code 9.0-10.8.n} holds 10.8.5; {@code 11.0-11.4.1}
 * holds 11.4.1.2 but not 11.4.2).
 */
public enum ToolkitColumn {

	V7_1_TO_7_2("7.1-7.2", "7.1", "7.2"),
	V8_0("8.0", "8.0", "8.0"),
	V8_1_TO_8_3("8.1-8.3", "8.1", "8.3"),
	V8_4("8.4", "8.4", "8.4"),
	V9_0_TO_10_8("9.0-10.8.n", "9.0", "10.8"),
	V11_0_TO_11_4_1("11.0-11.4.1", "11.0", "11.4.1"),
	V11_5_TO_11_6_1("11.5-11.6.1", "11.5", "11.6.1");

	private final String label;
	private final ToolkitVersion first;
	private final ToolkitVersion last;

	ToolkitColumn(String label, String first, String last) {
		this.label = label;
		this.first = ToolkitVersion.parse(first);
		this.last = ToolkitVersion.parse(last);
	}

	/** The column's heading in the table, e.g. {@code 11.0-11.4.1}. */
	public String label() {
		return label;
	}

	public ToolkitVersion first() {
		return first;
	}

	public ToolkitVersion last() {
		return last;
	}

	/** Whether applications built with toolkit {@code version} belong to this column. */
	public boolean holds(ToolkitVersion version) {
		return version.compareTo(first) >= 0 && (version.compareTo(last) <= 0 || version.startsWith(last));
	}

	/** The column of {@code version}, or empty when it is older, newer or between the columns. */
	public static Optional<ToolkitColumn> of(ToolkitVersion version) {
		for (ToolkitColumn column : values()) {
			if (column.holds(version)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

	/** The column headed {@code label} (as the table writes it), or empty. */
	public static Optional<ToolkitColumn> ofLabel(String label) {
		for (ToolkitColumn column : values()) {
			if (column.label.equalsIgnoreCase(label.trim())) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

	/**
	 * Why {@code version} has no column: older than the first, newer than the last, or between two.
	 */
	public static String whyNoColumn(ToolkitVersion version) {
		ToolkitColumn[] columns = values();
		if (version.compareTo(columns[0].first) < 0) {
			return "Toolkit " + version + " is older than the table's first column (" + columns[0].label
					+ "): the table does not say what it needs.";
		}
		ToolkitColumn newest = columns[columns.length - 1];
		if (version.compareTo(newest.last) > 0) {
			return "Toolkit " + version + " is newer than the table's last column (" + newest.label
					+ "): the table does not say what it needs.";
		}
		for (int i = 0; i + 1 < columns.length; i++) {
			if (version.compareTo(columns[i].last) > 0 && version.compareTo(columns[i + 1].first) < 0) {
				return "Toolkit " + version + " falls between the columns " + columns[i].label + " and " + columns[i + 1].label
						+ ": the table has no column for it.";
			}
		}
		throw new IllegalArgumentException(version + " has a column: " + of(version).orElseThrow().label);
	}
}
