package org.seatkeeper.core.fleet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.seatkeeper.core.fleet.FleetSurvey.Row;

/**
 * The Fleet Overview as CSV (RFC 4180: comma-separated, fields quoted when they hold a comma, a quote or a
 * line break, CRLF line ends), one line per server with its figures as plain numbers, so that a
 * spreadsheet sorts and sums them. A server not asked yet has its name and state only.
 */
public final class FleetCsv {

	/** The header line's fields. */
	public static final List<String> HEADER = List.of("name", "group", "address", "state", "detail", "version", "features", "used", "count",
			"percent_in_use", "nearest_expiry", "devices", "answered_ms");

	private FleetCsv() {
	}

	/** One server as the overview shows it: its entry and its last row, if it was asked. */
	public record Line(ServerEntry server, Optional<Row> row) {
	}

	public static String write(List<Line> lines) {
		StringBuilder csv = new StringBuilder();
		append(csv, HEADER);
		for (Line line : lines) {
			ServerEntry server = line.server();
			String address = server.embedded() ? "" : server.address().hostAndPort();
			if (line.row().isEmpty()) {
				append(csv, List.of(server.name(), server.group(), address, "NOT_ASKED", "", "", "", "", "", "", "", "", ""));
				continue;
			}
			Row row = line.row().get();
			boolean up = row.state() == FleetSurvey.State.UP;
			append(csv, List.of(server.name(), server.group(), address, row.state().name(), row.detail(), row.version(),
					up ? Integer.toString(row.features()) : "", up ? Long.toString(row.used()) : "", up ? Long.toString(row.count()) : "",
					up && row.count() > 0 ? String.format(Locale.ROOT, "%.1f", row.percentInUse()) : "",
					up && row.nearestExpiry() != null ? row.nearestExpiry().toString() : "",
					up && row.devices() >= 0 ? Integer.toString(row.devices()) : "", Long.toString(row.took().toMillis())));
		}
		return csv.toString();
	}

	private static void append(StringBuilder csv, List<String> fields) {
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
