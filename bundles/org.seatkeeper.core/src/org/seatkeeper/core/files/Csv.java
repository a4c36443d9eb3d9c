package org.seatkeeper.core.files;

import java.util.List;

/** CSV as spreadsheets read it (RFC 4180: comma-separated, CRLF line ends), safe to open: no field runs as a formula. */
public final class Csv {

	private Csv() {
	}

	/** Appends {@code fields} as one line to {@code csv}. */
	public static void line(StringBuilder csv, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(quote(fields.get(i)));
		}
		csv.append("\r\n");
	}

	/**
	 * {@code field} as a CSV field: quoted, with quotes doubled, when it must be. Text a spreadsheet would
	 * take for a formula (a server's answer may start with {@code =}) gets a leading apostrophe.
	 */
	public static String quote(String text) {
		String field = text;
		if (!field.isEmpty() && ("=+@\t".indexOf(field.charAt(0)) >= 0
				|| field.charAt(0) == '-' && (field.length() == 1 || !Character.isDigit(field.charAt(1))))) {
			field = "'" + field;
		}
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}
}
