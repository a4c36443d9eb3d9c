package org.seatkeeper.model.tests;

import java.util.ArrayList;
import java.util.List;

/**
 * A test text with the expected ranges marked in it: {@code on any() { use ⟦"nope"⟧ accept }}. The
 * markers are removed from {@link #text()}; {@link #range(int)} gives the offset and length of the i-th
 * marked part in the clean text.
 */
public record Marked(String text, List<int[]> ranges) {

	public static final char OPEN = '\u27e6';
	public static final char CLOSE = '\u27e7';

	public static Marked of(String marked) {
		StringBuilder text = new StringBuilder();
		List<int[]> ranges = new ArrayList<>();
		int open = -1;
		for (int i = 0; i < marked.length(); i++) {
			char c = marked.charAt(i);
			if (c == OPEN) {
				open = text.length();
			} else if (c == CLOSE) {
				ranges.add(new int[] { open, text.length() - open });
			} else {
				text.append(c);
			}
		}
		return new Marked(text.toString(), ranges);
	}

	public int offset(int i) {
		return ranges.get(i)[0];
	}

	public int length(int i) {
		return ranges.get(i)[1];
	}
}
