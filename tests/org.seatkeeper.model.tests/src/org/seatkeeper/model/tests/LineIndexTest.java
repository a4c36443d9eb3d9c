package org.seatkeeper.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.seatkeeper.model.LineIndex;
import org.seatkeeper.model.TextRange;

class LineIndexTest {

	@Test
	void linesAndColumnsAreOneBased() {
		LineIndex index = new LineIndex("model \"m\" {\n  partitions {\n}");
		assertEquals(1, index.line(0));
		assertEquals(1, index.column(0));
		assertEquals(2, index.line(12));
		assertEquals(1, index.column(12));
		assertEquals(3, index.column(14), "the 'p' of partitions");
		assertEquals(3, index.line(27));
		assertEquals(3, index.lineCount());
	}

	@Test
	void everyKindOfLineBreakEndsALine() {
		LineIndex index = new LineIndex("a\nb\r\nc\rd");
		assertEquals(4, index.lineCount());
		assertEquals(2, index.line(2));
		assertEquals(3, index.line(5));
		assertEquals(4, index.line(7));
		assertEquals(5, index.lineStart(3));
		assertEquals(2, index.column(3), "the \\r of a \\r\\n belongs to its line");
	}

	@Test
	void theEndOfTheTextHasAPosition() {
		LineIndex index = new LineIndex("ab\n");
		assertEquals(2, index.lineCount(), "an empty line follows the final line break");
		assertEquals(2, index.line(3));
		assertEquals(1, index.column(3));
		assertEquals(1, new LineIndex("").lineCount());
		assertEquals(new TextRange(0, 0, 1, 1), new LineIndex("").range(0, 0));
	}

	@Test
	void rangeCarriesLineColumnAndEnd() {
		TextRange range = new LineIndex("x\n  use \"p\" accept").range(4, 3);
		assertEquals(new TextRange(4, 3, 2, 3), range);
		assertEquals(7, range.end());
		assertEquals("2:3", range.position());
		assertTrue(range.isWithin(19));
		assertFalse(range.isWithin(6));
	}

	@Test
	void offsetsOutsideTheTextAreRefusedWithTheBounds() {
		LineIndex index = new LineIndex("abc");
		IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> index.line(4));
		assertEquals("Offset 4 is outside 0..3", e.getMessage());
		assertThrows(IndexOutOfBoundsException.class, () -> index.range(2, 2));
		assertThrows(IndexOutOfBoundsException.class, () -> index.lineStart(2));
		assertThrows(IllegalArgumentException.class, () -> new TextRange(-1, 0, 1, 1));
	}

	@Test
	void manyLinesStayCorrectPastTheInitialCapacity() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 1000; i++) {
			text.append("line ").append(i).append('\n');
		}
		LineIndex index = new LineIndex(text);
		assertEquals(1001, index.lineCount());
		int offsetOfLine500 = text.indexOf("line 499\n");
		assertEquals(500, index.line(offsetOfLine500));
		assertEquals(offsetOfLine500, index.lineStart(500));
	}
}
