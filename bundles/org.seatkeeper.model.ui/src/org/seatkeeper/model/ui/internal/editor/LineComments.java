package org.seatkeeper.model.ui.internal.editor;

/**
 * Toggles {@code //} line comments on a block of whole lines: when every non-blank line is commented,
 * the comment marks (and one space after them) are removed; otherwise {@code // } is added to every
 * non-blank line at the block's least indentation, so the block stays aligned.
 */
public final class LineComments {

	private LineComments() {
	}

	public static String toggle(String block) {
		String[] lines = block.split("(?<=\n)", -1);
		boolean allCommented = true;
		boolean anyCode = false;
		int indent = Integer.MAX_VALUE;
		for (String line : lines) {
			String content = strip(line);
			if (content.isBlank()) {
				continue;
			}
			anyCode = true;
			int lead = leading(content);
			indent = Math.min(indent, lead);
			allCommented &= content.startsWith("//", lead);
		}
		if (!anyCode) {
			return block;
		}
		StringBuilder result = new StringBuilder(block.length() + lines.length * 3);
		for (String line : lines) {
			String content = strip(line);
			String ending = line.substring(content.length());
			if (content.isBlank()) {
				result.append(line);
			} else if (allCommented) {
				int lead = leading(content);
				int after = lead + 2;
				if (after < content.length() && content.charAt(after) == ' ') {
					after++;
				}
				result.append(content, 0, lead).append(content.substring(after)).append(ending);
			} else {
				result.append(content, 0, indent).append("// ").append(content.substring(indent)).append(ending);
			}
		}
		return result.toString();
	}

	private static String strip(String line) {
		int end = line.length();
		while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
			end--;
		}
		return line.substring(0, end);
	}

	private static int leading(String line) {
		int i = 0;
		while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
			i++;
		}
		return i;
	}
}
