package org.seatkeeper.signatures;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the text of a license file (SERVER, VENDOR, USE_SERVER, FEATURE, INCREMENT, UPGRADE and PACKAGE
 * lines; {@code \} at the end of a line continues it; {@code #} starts a comment line) and finds the
 * cross-version keywords each FEATURE, INCREMENT, UPGRADE and PACKAGE line uses: as a keyword
 * ({@code TZ=...}, {@code BORROW}, {@code FLOAT_OK=...}), as a composite hostid ({@code HOSTID=COMPOSITE=...})
 * or as a package option ({@code OPTIONS=SUITE_RESERVED}). Values in quotes are never taken for keywords.
 */
public final class LicenseFileReader {

	/** The kinds of line a license file has; the others are reported as problems. */
	static final Set<String> KINDS = Set.of("SERVER", "VENDOR", "DAEMON", "USE_SERVER", "FEATURE", "INCREMENT", "UPGRADE",
			"PACKAGE", "FEATURESET");

	/**
	 * A FEATURE, INCREMENT, UPGRADE or PACKAGE line.
	 *
	 * @param line     the number of its first line in the file, from 1
	 * @param kind     FEATURE, INCREMENT, UPGRADE or PACKAGE
	 * @param name     the feature's or package's name
	 * @param version  its version ({@code ""} when the line has none)
	 * @param keywords the cross-version keywords it uses
	 */
	public record LicenseLine(int line, String kind, String name, String version, Set<Keyword> keywords) {

		public LicenseLine {
			keywords = keywords.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(keywords));
		}

		/** The keywords in the table's order. */
		public List<Keyword> sortedKeywords() {
			return List.copyOf(new TreeSet<>(keywords));
		}
	}

	/**
	 * What was read.
	 *
	 * @param lines    the FEATURE, INCREMENT, UPGRADE and PACKAGE lines, in file order
	 * @param problems lines that are not license-file lines, unclosed quotes, with their line numbers
	 */
	public record LicenseFile(List<LicenseLine> lines, List<String> problems) {

		public LicenseFile {
			lines = List.copyOf(lines);
			problems = List.copyOf(problems);
		}

		/** Every keyword used on any line, in the table's order. */
		public List<Keyword> keywords() {
			Set<Keyword> all = new TreeSet<>();
			lines.forEach(line -> all.addAll(line.keywords()));
			return List.copyOf(all);
		}
	}

	private LicenseFileReader() {
	}

	public static LicenseFile read(String text) {
		List<LicenseLine> found = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		String[] physical = text.split("\r\n|\r|\n", -1);
		StringBuilder logical = new StringBuilder();
		int first = 0;
		for (int i = 0; i < physical.length; i++) {
			String line = physical[i];
			if (logical.length() == 0) {
				first = i + 1;
				if (line.isBlank() || line.stripLeading().startsWith("#")) {
					continue;
				}
			}
			String stripped = line.stripTrailing();
			if (stripped.endsWith("\\")) {
				logical.append(stripped, 0, stripped.length() - 1).append(' ');
				if (i == physical.length - 1) {
					problems.add("Line " + (i + 1) + ": the file ends after a '\\' that continues the line.");
				} else {
					continue;
				}
			} else {
				logical.append(line);
			}
			line(first, logical.toString(), found, problems);
			logical.setLength(0);
		}
		return new LicenseFile(found, problems);
	}

	private static void line(int number, String text, List<LicenseLine> found, List<String> problems) {
		List<String> tokens = new ArrayList<>();
		if (!tokens(text, tokens)) {
			problems.add("Line " + number + ": a quoted value is not closed.");
		}
		if (tokens.isEmpty()) {
			return;
		}
		String kind = tokens.get(0).toUpperCase(Locale.ROOT);
		if (!KINDS.contains(kind)) {
			problems.add("Line " + number + ": '" + tokens.get(0) + "' does not start a license-file line (SERVER, VENDOR, "
					+ "USE_SERVER, FEATURE, INCREMENT, UPGRADE or PACKAGE).");
			return;
		}
		int positional = switch (kind) {
		case "FEATURE", "INCREMENT" -> 5; // name vendor version expiry count
		case "UPGRADE" -> 6; // name vendor from-version to-version expiry count
		case "PACKAGE" -> 3; // name vendor version
		default -> -1; // SERVER, VENDOR, USE_SERVER: no keywords of the table
		};
		if (positional < 0) {
			return;
		}
		Set<Keyword> keywords = EnumSet.noneOf(Keyword.class);
		int position = 0;
		for (int t = 1; t < tokens.size(); t++) {
			String token = tokens.get(t);
			int equals = token.indexOf('=');
			if (equals < 0 && position < positional && !token.startsWith("\"")) {
				position++; // a field of the line's fixed part: a name or a version is never a keyword
				continue;
			}
			position = positional;
			if (equals < 0) {
				Keyword.of(token).ifPresent(keywords::add); // a flag such as BORROW or FLOAT_OK
				continue;
			}
			String key = token.substring(0, equals);
			String value = unquote(token.substring(equals + 1));
			Keyword.of(key).ifPresent(keywords::add);
			if (key.equalsIgnoreCase("HOSTID")) {
				for (String hostId : value.split("\\s+")) {
					if (hostId.toUpperCase(Locale.ROOT).startsWith("COMPOSITE=")) {
						keywords.add(Keyword.COMPOSITE);
					}
				}
			} else if (key.equalsIgnoreCase("OPTIONS")) {
				for (String option : value.split("[\\s,]+")) {
					if (option.equalsIgnoreCase(Keyword.SUITE_RESERVED.name())) {
						keywords.add(Keyword.SUITE_RESERVED);
					}
				}
			}
		}
		String name = tokens.size() > 1 && tokens.get(1).indexOf('=') < 0 ? tokens.get(1) : "";
		int versionField = kind.equals("UPGRADE") ? 4 : 3;
		String version = tokens.size() > versionField && tokens.get(versionField).indexOf('=') < 0 ? tokens.get(versionField) : "";
		found.add(new LicenseLine(number, kind, name, version, keywords));
	}

	/** Splits on white space outside double quotes; answers false when a quote is not closed. */
	private static boolean tokens(String text, List<String> tokens) {
		StringBuilder token = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
				token.append(c);
			} else if (Character.isWhitespace(c) && !quoted) {
				if (token.length() > 0) {
					tokens.add(token.toString());
					token.setLength(0);
				}
			} else {
				token.append(c);
			}
		}
		if (token.length() > 0) {
			tokens.add(token.toString());
		}
		return !quoted;
	}

	private static String unquote(String value) {
		return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
	}
}
