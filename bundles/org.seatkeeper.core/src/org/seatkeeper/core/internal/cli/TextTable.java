package org.seatkeeper.core.internal.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A table for a terminal: a header, aligned columns, numbers right-aligned. */
final class TextTable {

	private final List<String> headers;
	private final List<List<String>> rows = new ArrayList<>();

	TextTable(String... headers) {
		this.headers = List.of(headers);
	}

	TextTable row(Object... values) {
		List<String> row = new ArrayList<>(values.length);
		for (Object value : values) {
			String text = value == null ? "" : value.toString();
			row.add(text.isEmpty() ? "-" : text.replaceAll("\\s+", " "));
		}
		rows.add(row);
		return this;
	}

	/** A name-value row for a value that was given; none for an empty one (nothing is made up for it). */
	TextTable rowIfGiven(String name, String value) {
		return value.isEmpty() ? this : row(name, value);
	}

	boolean isEmpty() {
		return rows.isEmpty();
	}

	void print(PrintStream out) {
		int[] widths = new int[headers.size()];
		boolean[] numeric = new boolean[headers.size()];
		for (int c = 0; c < widths.length; c++) {
			widths[c] = headers.get(c).length();
			boolean aNumber = false; // a column of "-" alone is no column of numbers
			numeric[c] = true;
			for (List<String> row : rows) {
				widths[c] = Math.max(widths[c], row.get(c).length());
				numeric[c] &= row.get(c).matches("-?\\d+|-");
				aNumber |= !row.get(c).equals("-");
			}
			numeric[c] &= aNumber;
		}
		line(out, headers, widths, numeric);
		for (List<String> row : rows) {
			line(out, row, widths, numeric);
		}
	}

	private static void line(PrintStream out, List<String> cells, int[] widths, boolean[] numeric) {
		StringBuilder text = new StringBuilder();
		for (int c = 0; c < cells.size(); c++) {
			String cell = cells.get(c);
			String padding = " ".repeat(widths[c] - cell.length());
			if (c > 0) {
				text.append("  ");
			}
			text.append(numeric[c] ? padding + cell : c == cells.size() - 1 ? cell : cell + padding);
		}
		out.println(text.toString().stripTrailing());
	}
}
