package org.seatkeeper.history.report;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.seatkeeper.core.files.Csv;
import org.seatkeeper.history.FeatureKey;
import org.seatkeeper.history.MonthPeak;

/**
 * The peak report an administrator takes to a renewal or a true-up: for each feature and version of a server,
 * per month of a range and over the whole range, the peak use, the average use, the peak as a percentage of
 * the count, and the hours every count was in use. A month without samples is empty, never zero. Built from
 * the daily rollups ({@code HistoryDatabase.peaks}); written as text, CSV or HTML.
 */
public final class PeakReport {

	/** The measures of one feature over one month or the whole range. */
	public record Cell(int peak, double average, int total, Duration atFull, long samples) {

		static Cell of(MonthPeak month) {
			return new Cell(month.peak(), month.average(), month.total(), month.atFull(), month.samples());
		}

		/** The peak as a percentage of the count; empty without counts (an uncounted feature). */
		public Optional<Double> percentOfCount() {
			return total == 0 ? Optional.empty() : Optional.of(100.0 * peak / total);
		}

		/** Hours at 100 %. */
		public double hoursAtFull() {
			return atFull.toSeconds() / 3600.0;
		}

		/** The measures of several months together: the highest peak and count, the average over all samples, the time summed. */
		static Cell sum(List<Cell> cells) {
			int peak = 0;
			int total = 0;
			double used = 0;
			long samples = 0;
			Duration full = Duration.ZERO;
			for (Cell cell : cells) {
				peak = Math.max(peak, cell.peak);
				total = Math.max(total, cell.total);
				used += cell.average * cell.samples;
				samples += cell.samples;
				full = full.plus(cell.atFull);
			}
			return new Cell(peak, samples == 0 ? 0 : used / samples, total, full, samples);
		}
	}

	/** One feature and version: its months (those with samples) and the whole range. */
	public record Row(FeatureKey feature, Map<YearMonth, Cell> months, Cell range) {
	}

	/** The measures, in the order they are shown. */
	public static final List<String> MEASURES = List.of("peak used", "average", "% of count", "hours at 100 %");

	private final String server;
	private final boolean demo;
	private final List<YearMonth> months;
	private final List<Row> rows;

	private PeakReport(String server, boolean demo, List<YearMonth> months, List<Row> rows) {
		this.server = server;
		this.demo = demo;
		this.months = months;
		this.rows = rows;
	}

	/**
	 * The report of {@code server} for the months {@code from} to {@code to}, from {@code peaks} (as the database
	 * gives them); {@code demo} when the history is the demo server's made-up one, which the title then says.
	 */
	public static PeakReport of(String server, boolean demo, YearMonth from, YearMonth to, List<MonthPeak> peaks) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The report ends (" + to + ") before it begins (" + from + ")");
		}
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			months.add(month);
		}
		Map<FeatureKey, Map<YearMonth, Cell>> byFeature = new LinkedHashMap<>();
		for (MonthPeak peak : peaks) {
			if (!peak.month().isBefore(from) && !peak.month().isAfter(to)) {
				byFeature.computeIfAbsent(new FeatureKey(peak.feature(), peak.version()), key -> new LinkedHashMap<>()).put(peak.month(), Cell.of(peak));
			}
		}
		List<Row> rows = new ArrayList<>();
		byFeature.forEach((feature, cells) -> rows.add(new Row(feature, Map.copyOf(cells), Cell.sum(List.copyOf(cells.values())))));
		return new PeakReport(server, demo, List.copyOf(months), List.copyOf(rows));
	}

	public String server() {
		return server;
	}

	public List<YearMonth> months() {
		return months;
	}

	public List<Row> rows() {
		return rows;
	}

	/** The text of {@code measure} (an index of {@link #MEASURES}) in {@code cell}; empty for no cell or no value. */
	public static String value(Cell cell, int measure) {
		if (cell == null) {
			return "";
		}
		return switch (measure) {
		case 0 -> Integer.toString(cell.peak());
		case 1 -> String.format(Locale.ROOT, "%.1f", cell.average());
		case 2 -> cell.percentOfCount().map(p -> String.format(Locale.ROOT, "%.0f", p)).orElse("");
		case 3 -> String.format(Locale.ROOT, "%.1f", cell.hoursAtFull());
		default -> throw new IllegalArgumentException("No measure " + measure);
		};
	}

	/** One line per feature, the measures of each month then of the whole range in columns: for a spreadsheet. */
	public String csv() {
		StringBuilder csv = new StringBuilder();
		List<String> header = new ArrayList<>(List.of("feature", "version"));
		for (YearMonth month : months) {
			MEASURES.forEach(measure -> header.add(month + " " + measure));
		}
		MEASURES.forEach(measure -> header.add("total " + measure));
		Csv.line(csv, header);
		for (Row row : rows) {
			List<String> fields = new ArrayList<>(List.of(row.feature().feature(), row.feature().version()));
			for (YearMonth month : months) {
				for (int m = 0; m < MEASURES.size(); m++) {
					fields.add(value(row.months().get(month), m));
				}
			}
			for (int m = 0; m < MEASURES.size(); m++) {
				fields.add(value(row.range(), m));
			}
			Csv.line(csv, fields);
		}
		return csv.toString();
	}

	/** A page to print or mail: a table with a line per measure of each feature, the months and the total in columns. */
	public String html() {
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
				.append(escape(title())).append("</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
						+ "th,td{border:1px solid #bbb;padding:3px 8px}td.n{text-align:right}th{background:#eee}"
						+ "tbody tr.first td{border-top:2px solid #666}td.total{font-weight:bold}</style></head><body>\n<h1>")
				.append(escape(title())).append("</h1>\n");
		if (rows.isEmpty()) {
			return html.append("<p>No history in this range.</p>\n</body></html>\n").toString();
		}
		html.append("<table>\n<thead><tr><th>Feature</th><th>Version</th><th>Measure</th>");
		months.forEach(month -> html.append("<th>").append(month).append("</th>"));
		html.append("<th>Total</th></tr></thead>\n<tbody>\n");
		for (Row row : rows) {
			for (int m = 0; m < MEASURES.size(); m++) {
				html.append(m == 0 ? "<tr class=\"first\">" : "<tr>");
				if (m == 0) {
					html.append("<td rowspan=\"4\">").append(escape(row.feature().feature())).append("</td><td rowspan=\"4\">")
							.append(escape(row.feature().version())).append("</td>");
				}
				html.append("<td>").append(escape(MEASURES.get(m))).append("</td>");
				for (YearMonth month : months) {
					html.append("<td class=\"n\">").append(value(row.months().get(month), m)).append("</td>");
				}
				html.append("<td class=\"n total\">").append(value(row.range(), m)).append("</td></tr>\n");
			}
		}
		return html.append("</tbody></table>\n</body></html>\n").toString();
	}

	/** Columns of text for a console: a line per measure of each feature. */
	public String text() {
		List<List<String>> lines = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of("FEATURE", "VERSION", "MEASURE"));
		months.forEach(month -> header.add(month.toString()));
		header.add("TOTAL");
		lines.add(header);
		for (Row row : rows) {
			for (int m = 0; m < MEASURES.size(); m++) {
				List<String> line = new ArrayList<>(List.of(m == 0 ? row.feature().feature() : "", m == 0 ? row.feature().version() : "",
						MEASURES.get(m)));
				for (YearMonth month : months) {
					line.add(value(row.months().get(month), m));
				}
				line.add(value(row.range(), m));
				lines.add(line);
			}
		}
		int[] widths = new int[header.size()];
		lines.forEach(line -> {
			for (int i = 0; i < line.size(); i++) {
				widths[i] = Math.max(widths[i], line.get(i).length());
			}
		});
		StringBuilder text = new StringBuilder(title()).append('\n');
		for (List<String> line : lines) {
			StringBuilder out = new StringBuilder();
			for (int i = 0; i < line.size(); i++) {
				String cell = line.get(i);
				boolean number = i >= 3;
				out.append(number ? " ".repeat(widths[i] - cell.length()) + cell : cell + " ".repeat(widths[i] - cell.length()));
				out.append(i < line.size() - 1 ? "  " : "");
			}
			text.append(out.toString().stripTrailing()).append('\n');
		}
		if (rows.isEmpty()) {
			text.append("(no history in this range)\n");
		}
		return text.toString();
	}

	/** What the report is of: the server, the months, and whether its history is made up. */
	public String title() {
		return "Peak use of " + server + ", " + months.get(0) + (months.size() > 1 ? " to " + months.get(months.size() - 1) : "")
				+ (demo ? " (demo data, made up)" : "");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
