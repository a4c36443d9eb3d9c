package org.seatkeeper.signatures.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seatkeeper.signatures.ToolkitColumn;
import org.seatkeeper.signatures.ToolkitVersion;

/** A concrete toolkit version to its column, at and around every column boundary. */
class ToolkitColumnTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(nullValues = "", value = {
			"7.0.9,", "7.1, 7.1-7.2", "7.1.0, 7.1-7.2", "7.2, 7.1-7.2", "7.2.9, 7.1-7.2", "7.3,",
			"7.9,", "8.0, 8.0", "8.0.0, 8.0", "8.0.4, 8.0", "8.1, 8.1-8.3", "8.3, 8.1-8.3", "8.3.2, 8.1-8.3",
			"8.4, 8.4", "8.4.7, 8.4", "8.5,", "8.9,",
			"9.0, 9.0-10.8.n", "9.5, 9.0-10.8.n", "10.0, 9.0-10.8.n", "10.8, 9.0-10.8.n", "10.8.0, 9.0-10.8.n",
			"10.8.12, 9.0-10.8.n", "10.9,",
			"11.0, 11.0-11.4.1", "11, 11.0-11.4.1", "11.4, 11.0-11.4.1", "11.4.0, 11.0-11.4.1", "11.4.1, 11.0-11.4.1",
			"11.4.1.3, 11.0-11.4.1", "11.4.2,", "11.4.9,",
			"11.5, 11.5-11.6.1", "11.6, 11.5-11.6.1", "11.6.1, 11.5-11.6.1", "11.6.1.2, 11.5-11.6.1", "11.6.2,", "11.7,",
			"11.19.6,", "12.0," })
	void everyBoundary(String version, String column) {
		assertEquals(Optional.ofNullable(column), ToolkitColumn.of(ToolkitVersion.parse(version)).map(ToolkitColumn::label));
	}

	@Test
	void versionsOutsideTheTableAreToldWhy() {
		assertEquals("Toolkit 6.1 is older than the table's first column (7.1-7.2): the table does not say what it needs.",
				ToolkitColumn.whyNoColumn(ToolkitVersion.parse("6.1")));
		assertEquals("Toolkit 11.7 is newer than the table's last column (11.5-11.6.1): the table does not say what it needs.",
				ToolkitColumn.whyNoColumn(ToolkitVersion.parse("11.7")));
		assertEquals("Toolkit 11.4.2 falls between the columns 11.0-11.4.1 and 11.5-11.6.1: the table has no column for it.",
				ToolkitColumn.whyNoColumn(ToolkitVersion.parse("11.4.2")));
		assertEquals("Toolkit 10.9 falls between the columns 9.0-10.8.n and 11.0-11.4.1: the table has no column for it.",
				ToolkitColumn.whyNoColumn(ToolkitVersion.parse("10.9")));
	}

	@Test
	void versionsAreNumbersSeparatedByDots() {
		assertEquals(ToolkitVersion.parse("11.0"), ToolkitVersion.parse("v11.0.0"));
		assertEquals(ToolkitVersion.parse("11.0").hashCode(), ToolkitVersion.parse("11.0.0").hashCode());
		assertTrue(ToolkitVersion.parse("10.10").compareTo(ToolkitVersion.parse("10.9")) > 0, "numbers, not text");
		IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> ToolkitVersion.parse("11.x"));
		assertEquals("'11.x' is not a toolkit version: write it as numbers separated by dots, e.g. 11.0 or 10.8.3", bad.getMessage());
		assertThrows(IllegalArgumentException.class, () -> ToolkitVersion.parse(""));
		assertThrows(IllegalArgumentException.class, () -> ToolkitVersion.parse("11..0"));
	}
}
