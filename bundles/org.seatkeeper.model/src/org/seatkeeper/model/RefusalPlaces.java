package org.seatkeeper.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a license server's refusal of a model definition points in the text that was sent, so that an
 * editor can show the reason at that line. Servers say it in one of these ways:
 * <ul>
 * <li>a position {@code LINE:COLUMN} (Seatkeeper's embedded server: "Invalid model posted, 4:7: …");</li>
 * <li>the words {@code line N} ("… at line 12");</li>
 * <li>FlexNet's documented duplicate ("Duplicate feature entries found : [feature=f1, version=1.0, …]"),
 * which names no line: the place is the line of the last entry of that feature and version.</li>
 * </ul>
 * A place outside the text, or a refusal that names none (reservations exist, the model is too large),
 * has no place.
 */
public final class RefusalPlaces {

	private static final Pattern POSITION = Pattern.compile("(?<![\\d.]|\\d:)(\\d{1,7}):(\\d{1,7})(?![\\d.]|:\\d)");
	private static final Pattern LINE = Pattern.compile("(?i)\\bline (\\d{1,7})\\b");
	private static final Pattern DUPLICATE = Pattern.compile("(?i)Duplicate feature entries found\\s*:\\s*\\[feature=([^,\\]]+), version=([^,\\]]+)");

	private RefusalPlaces() {
	}

	/**
	 * The place in {@code text} that {@code message} (the server's reason) names: a position's exact
	 * character (length 0), or for a line alone the line from its first non-blank character to its end.
	 */
	public static Optional<TextRange> of(String text, String message) {
		if (message == null || message.isBlank()) {
			return Optional.empty();
		}
		LineIndex lines = new LineIndex(text);
		Matcher position = POSITION.matcher(message);
		if (position.find()) {
			return at(text, lines, Integer.parseInt(position.group(1)), Integer.parseInt(position.group(2)));
		}
		Matcher line = LINE.matcher(message);
		if (line.find()) {
			return wholeLine(text, lines, Integer.parseInt(line.group(1)));
		}
		Matcher duplicate = DUPLICATE.matcher(message);
		if (duplicate.find()) {
			return lastEntry(text, lines, duplicate.group(1).strip(), duplicate.group(2).strip());
		}
		return Optional.empty();
	}

	private static Optional<TextRange> at(String text, LineIndex lines, int line, int column) {
		if (line < 1 || line > lines.lineCount() || column < 1) {
			return Optional.empty();
		}
		int start = lines.lineStart(line);
		int end = lineEnd(text, start);
		return Optional.of(lines.range(Math.min(start + column - 1, end), 0));
	}

	private static Optional<TextRange> wholeLine(String text, LineIndex lines, int line) {
		if (line < 1 || line > lines.lineCount()) {
			return Optional.empty();
		}
		int start = lines.lineStart(line);
		int end = lineEnd(text, start);
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		return Optional.of(lines.range(start, end - start));
	}

	private static Optional<TextRange> lastEntry(String text, LineIndex lines, String feature, String version) {
		Matcher entry = Pattern.compile("\"" + Pattern.quote(feature) + "\"\\s+" + Pattern.quote(version) + "(?![\\w.])").matcher(text);
		int found = -1;
		while (entry.find()) {
			found = entry.start();
		}
		return found < 0 ? Optional.empty() : wholeLine(text, lines, lines.line(found));
	}

	private static int lineEnd(String text, int start) {
		int end = start;
		while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
			end++;
		}
		return end;
	}
}
