package org.seatkeeper.signatures.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seatkeeper.signatures.CrossVersionTable;
import org.seatkeeper.signatures.Keyword;
import org.seatkeeper.signatures.ToolkitColumn;

/** Every cell of the seed's table, written out again here: keyword, column heading, value (empty: none needed). */
class CrossVersionTableTest {

	@ParameterizedTest(name = "{0} × {1} → {2}")
	@CsvSource(nullValues = "", value = {
			"BORROW,         7.1-7.2,     7.1", "BORROW,         8.0,", "BORROW,         8.1-8.3,", "BORROW,         8.4,",
			"BORROW,         9.0-10.8.n,", "BORROW,         11.0-11.4.1,", "BORROW,         11.5-11.6.1,",
			"COMPOSITE,      7.1-7.2,     7.1", "COMPOSITE,      8.0,         8.0", "COMPOSITE,      8.1-8.3,     8.1",
			"COMPOSITE,      8.4,", "COMPOSITE,      9.0-10.8.n,", "COMPOSITE,      11.0-11.4.1,", "COMPOSITE,      11.5-11.6.1,",
			"FLOAT_OK,       7.1-7.2,     7.1", "FLOAT_OK,       8.0,", "FLOAT_OK,       8.1-8.3,", "FLOAT_OK,       8.4,",
			"FLOAT_OK,       9.0-10.8.n,", "FLOAT_OK,       11.0-11.4.1,", "FLOAT_OK,       11.5-11.6.1,",
			"SUITE_RESERVED, 7.1-7.2,     7.1", "SUITE_RESERVED, 8.0,         8.0", "SUITE_RESERVED, 8.1-8.3,",
			"SUITE_RESERVED, 8.4,", "SUITE_RESERVED, 9.0-10.8.n,", "SUITE_RESERVED, 11.0-11.4.1,", "SUITE_RESERVED, 11.5-11.6.1,",
			"SUPERSEDE_SIGN, 7.1-7.2,     7.1", "SUPERSEDE_SIGN, 8.0,         8.0", "SUPERSEDE_SIGN, 8.1-8.3,     8.1",
			"SUPERSEDE_SIGN, 8.4,         8.4", "SUPERSEDE_SIGN, 9.0-10.8.n,  10.8", "SUPERSEDE_SIGN, 11.0-11.4.1, 11.4",
			"SUPERSEDE_SIGN, 11.5-11.6.1,",
			"TZ,             7.1-7.2,     7.1", "TZ,             8.0,         8.0", "TZ,             8.1-8.3,     8.1",
			"TZ,             8.4,         8.4", "TZ,             9.0-10.8.n,  10.8", "TZ,             11.0-11.4.1, 11.4",
			"TZ,             11.5-11.6.1, 11.6",
			"VM_PLATFORMS,   7.1-7.2,     7.1", "VM_PLATFORMS,   8.0,         8.0", "VM_PLATFORMS,   8.1-8.3,     8.1",
			"VM_PLATFORMS,   8.4,         8.4", "VM_PLATFORMS,   9.0-10.8.n,  10.8", "VM_PLATFORMS,   11.0-11.4.1, 11.4",
			"VM_PLATFORMS,   11.5-11.6.1, 11.6" })
	void everyCellOfTheSeed(String keyword, String column, String value) {
		assertEquals(Optional.ofNullable(value), CrossVersionTable.value(Keyword.valueOf(keyword), ToolkitColumn.ofLabel(column).orElseThrow()));
	}

	@Test
	void theTableHasSevenKeywordsAndSevenColumnsInTheSeedsOrder() {
		assertEquals("BORROW, COMPOSITE, FLOAT_OK, SUITE_RESERVED, SUPERSEDE_SIGN, TZ, VM_PLATFORMS", Keyword.names());
		assertEquals(java.util.List.of("7.1-7.2", "8.0", "8.1-8.3", "8.4", "9.0-10.8.n", "11.0-11.4.1", "11.5-11.6.1"),
				java.util.Arrays.stream(ToolkitColumn.values()).map(ToolkitColumn::label).toList());
	}
}
