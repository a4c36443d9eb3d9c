package org.seatkeeper.core.fleet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.seatkeeper.core.files.Csv;
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
		Csv.line(csv, HEADER);
		for (Line line : lines) {
			ServerEntry server = line.server();
			String address = server.embedded() ? "" : server.address().hostAndPort();
			if (line.row().isEmpty()) {
				Csv.line(csv, List.of(server.name(), server.group(), address, "NOT_ASKED", "", "", "", "", "", "", "", "", ""));
				continue;
			}
			Row row = line.row().get();
			boolean up = row.state() == FleetSurvey.State.UP;
			Csv.line(csv, List.of(server.name(), server.group(), address, row.state().name(), row.detail(), row.version(),
					up ? Integer.toString(row.features()) : "", up ? Long.toString(row.used()) : "", up ? Long.toString(row.count()) : "",
					up && row.count() > 0 ? String.format(Locale.ROOT, "%.1f", row.percentInUse()) : "",
					up && row.nearestExpiry() != null ? row.nearestExpiry().toString() : "",
					up && row.devices() >= 0 ? Integer.toString(row.devices()) : "", Long.toString(row.took().toMillis())));
		}
		return csv.toString();
	}
}
