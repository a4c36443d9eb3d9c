package org.seatkeeper.signatures;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which FlexNet Publisher Version value gives a license a cross-version signature that applications of
 * an older toolkit can check, per keyword and toolkit column. An empty cell means that toolkit reads the
 * keyword already: no cross-version signature is needed.
 */
public final class CrossVersionTable {

	/** The table, one keyword per row, the columns in {@link ToolkitColumn} order; {@code -} is an empty cell. */
	static final String TABLE = """
			BORROW          7.1  -    -    -    -     -     -
			COMPOSITE       7.1  8.0  8.1  -    -     -     -
			FLOAT_OK        7.1  -    -    -    -     -     -
			SUITE_RESERVED  7.1  8.0  -    -    -     -     -
			SUPERSEDE_SIGN  7.1  8.0  8.1  8.4  10.8  11.4  -
			TZ              7.1  8.0  8.1  8.4  10.8  11.4  11.6
			VM_PLATFORMS    7.1  8.0  8.1  8.4  10.8  11.4  11.6
			""";

	private static final Map<Keyword, Map<ToolkitColumn, String>> CELLS = read();

	private CrossVersionTable() {
	}

	private static Map<Keyword, Map<ToolkitColumn, String>> read() {
		Map<Keyword, Map<ToolkitColumn, String>> cells = new EnumMap<>(Keyword.class);
		for (String line : TABLE.strip().split("\n")) {
			String[] fields = line.trim().split("\\s+");
			if (fields.length != ToolkitColumn.values().length + 1) {
				throw new IllegalStateException("a row of the table has " + fields.length + " fields: " + line);
			}
			Map<ToolkitColumn, String> row = new EnumMap<>(ToolkitColumn.class);
			for (ToolkitColumn column : ToolkitColumn.values()) {
				String cell = fields[column.ordinal() + 1];
				if (!cell.equals("-")) {
					row.put(column, cell);
				}
			}
			cells.put(Keyword.valueOf(fields[0]), row);
		}
		if (cells.size() != Keyword.values().length) {
			throw new IllegalStateException("the table has rows for " + cells.keySet() + " only");
		}
		return cells;
	}

	/** The FlexNet Publisher Version to select for {@code keyword} and {@code column}, or empty when none is needed. */
	public static Optional<String> value(Keyword keyword, ToolkitColumn column) {
		return Optional.ofNullable(CELLS.get(keyword).get(column));
	}
}
