package org.seatkeeper.model;

/**
 * Where something stands in a source text: a character offset and length, and the line and column of
 * its first character (both 1-based, as editors and compilers print them).
 *
 * @param offset 0-based offset of the first character
 * @param length number of characters, 0 for a position between two characters
 * @param line   1-based line of {@code offset}
 * @param column 1-based column of {@code offset}, counted in characters
 */
public record TextRange(int offset, int length, int line, int column) {

	public TextRange {
		if (offset < 0 || length < 0 || line < 1 || column < 1) {
			throw new IllegalArgumentException(
					"Invalid range: offset " + offset + ", length " + length + ", line " + line + ", column " + column);
		}
	}

	/** Offset just after the last character. */
	public int end() {
		return offset + length;
	}

	/** True if the range lies within a text of {@code textLength} characters. */
	public boolean isWithin(int textLength) {
		return end() <= textLength;
	}

	/** {@code line:column}, as in {@code model.txt:3:14}. */
	public String position() {
		return line + ":" + column;
	}
}
