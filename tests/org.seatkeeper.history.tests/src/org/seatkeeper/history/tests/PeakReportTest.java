package org.seatkeeper.history.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.history.FeatureSample;
import org.seatkeeper.history.HistoryDatabase;
import org.seatkeeper.history.internal.cli.ReportCommand;
import org.seatkeeper.history.tests.Stores.Store;

/** {@code ./seatkeeper report peaks} on known data: the numbers per month and over the range, as text, CSV and HTML. */
class PeakReportTest {

	@TempDir
	Path dir;
	private String out;
	private String err;

	private int report(String... args) {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		int status = new ReportCommand(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8), Map.of(),
				dir).run(List.of(args));
		out = o.toString(StandardCharsets.UTF_8);
		err = e.toString(StandardCharsets.UTF_8);
		return status;
	}

	private static void sample(HistoryDatabase db, String at, String feature, int used, int total) throws Exception {
		db.recordUp("Berlin", Instant.parse(at), List.of(new FeatureSample(feature, "1.0", used, total, 0, 0, used)));
	}

	@OnBothDatabases
	void peaksPerFeatureAndMonthAndOverTheRange(Store store) throws Exception {
		try (HistoryDatabase db = store.open()) {
			sample(db, "2026-01-05T09:00:00Z", "CAD", 4, 10);
			sample(db, "2026-01-05T09:01:00Z", "CAD", 10, 10); // a minute at 100 %
			sample(db, "2026-01-12T09:00:00Z", "CAD", 10, 10); // another
			sample(db, "2026-01-12T09:01:00Z", "CAD", 6, 10);
			sample(db, "2026-03-02T09:00:00Z", "CAD", 2, 12); // nothing in February
			sample(db, "2026-01-20T09:00:00Z", "CAM", 1, 0); // uncounted: no percentage
			db.markDemo("Paris");
		}
		assertEquals(0, report("peaks", "--server", "berlin", "--from", "2026-01", "--to", "2026-03", "--db", store.url(), "--csv"), err);
		List<String> lines = out.lines().toList();
		assertEquals("feature,version,2026-01 peak used,2026-01 average,2026-01 % of count,2026-01 hours at 100 %,2026-02 peak used,"
				+ "2026-02 average,2026-02 % of count,2026-02 hours at 100 %,2026-03 peak used,2026-03 average,2026-03 % of count,"
				+ "2026-03 hours at 100 %,total peak used,total average,total % of count,total hours at 100 %", lines.get(0));
		assertEquals("CAD,1.0,10,7.5,100,0.0,,,,,2,2.0,17,0.0,10,6.4,83,0.0", lines.get(1),
				"February empty, not zero; the total's average is over all 5 samples (32 / 5), its count the highest (12)");
		assertEquals("CAM,1.0,1,1.0,,0.0,,,,,,,,,1,1.0,,0.0", lines.get(2));
		assertTrue(out.contains("\r\n"), "CSV lines end with CRLF");

		assertEquals(0, report("peaks", "--server", "Berlin", "--from", "2026-01", "--to", "2026-03", "--db", store.url()), err);
		assertTrue(out.startsWith("Peak use of Berlin, 2026-01 to 2026-03\n"), out);
		assertTrue(out.lines().anyMatch(l -> l.matches("CAD +1\\.0 +peak used +10 +2 +10")), out);

		Path page = dir.resolve("peaks.html");
		assertEquals(0, report("peaks", "--server", "Berlin", "--from", "2026-01", "--to", "2026-03", "--db", store.url(), "--html", "--out",
				page.toString()), err);
		assertTrue(out.contains("2 features written to " + page), out);
		String html = Files.readString(page);
		assertTrue(html.contains("<td rowspan=\"4\">CAD</td>") && html.contains("<td class=\"n total\">6.4</td>"), html);

		assertEquals(0, report("peaks", "--server", "Paris", "--from", "2026-01", "--db", store.url()), err);
		assertTrue(out.contains("(demo data, made up)") && out.contains("(no history in this range)"), out);
		assertEquals(2, report("peaks", "--server", "Tokyo", "--from", "2026-01", "--db", store.url()));
		assertTrue(err.contains("the history has no server named 'Tokyo'; it has: Berlin, Paris"), err);
		assertEquals(2, report("peaks", "--server", "Berlin", "--from", "January", "--db", store.url()));
		assertTrue(err.contains("--from 'January' is not a month: write it as 2026-01"), err);
		assertEquals(2, report("peaks", "--server", "Berlin", "--from", "2026-03", "--to", "2026-01", "--db", store.url()));
		assertTrue(err.contains("--to 2026-01 is before --from 2026-03"), err);
		assertEquals(2, report("peaks", "--server", "Berlin", "--from", "2026-01", "--csv", "--html", "--db", store.url()));
	}
}
