package org.seatkeeper.model;

import java.util.Arrays;

/**
 * Turns character offsets of one source text into lines and columns. Lines end at {@code \n},
 * {@code \r\n} or a lone {@code \r}, like the Eclipse text framework. Built once per text in linear
 * time; each look-up is a binary search.
 */
public final class LineIndex {

	private final int length;
	private final int[] lineStarts;

	public LineIndex(CharSequence text) {
		length = text.length();
		int[] starts = new int[16];
		int count = 1;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
				i++;
			} else if (c != '\r' && c != '\n') {
				continue;
			}
			if (count == starts.length) {
				starts = Arrays.copyOf(starts, count * 2);
			}
			starts[count++] = i + 1;
		}
		lineStarts = Arrays.copyOf(starts, count);
	}

	/** Number of lines; an empty text has one (empty) line, and so does the part after a final line break. */
	public int lineCount() {
		return lineStarts.length;
	}

	/** 1-based line of {@code offset}; {@code offset} may be the text's length (the end). */
	public int line(int offset) {
		checkOffset(offset);
		int i = Arrays.binarySearch(lineStarts, offset);
		return (i >= 0 ? i : -i - 2) + 1;
	}

	/** 1-based column of {@code offset} within its line. */
	public int column(int offset) {
		return offset - lineStarts[line(offset) - 1] + 1;
	}

	/** Offset of the first character of 1-based {@code line}. */
	public int lineStart(int line) {
		if (line < 1 || line > lineStarts.length) {
			throw new IndexOutOfBoundsException("Line " + line + " is outside 1.." + lineStarts.length);
		}
		return lineStarts[line - 1];
	}

	/** The range of {@code length} characters at {@code offset}, with its line and column. */
	public TextRange range(int offset, int length) {
		checkOffset(offset + length);
		return new TextRange(offset, length, line(offset), column(offset));
	}

	private void checkOffset(int offset) {
		if (offset < 0 || offset > length) {
			throw new IndexOutOfBoundsException("Offset " + offset + " is outside 0.." + length);
		}
	}
}
