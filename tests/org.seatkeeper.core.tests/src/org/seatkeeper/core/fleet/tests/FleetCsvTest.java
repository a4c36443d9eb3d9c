package org.seatkeeper.core.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.seatkeeper.core.files.Csv;
import org.seatkeeper.core.fleet.FleetCsv;
import org.seatkeeper.core.fleet.FleetSurvey.Row;
import org.seatkeeper.core.fleet.FleetSurvey.State;
import org.seatkeeper.core.fleet.ServerEntry;

/** The Fleet Overview's CSV: plain numbers, RFC 4180 quoting, no formulas from a server's words. */
class FleetCsvTest {

	@Test
	void eachServerIsALineWithItsFiguresAsPlainNumbers() {
		ServerEntry berlin = new ServerEntry("Berlin, HQ", "https://lls.example.com:7443", "Europe", "", "", false);
		ServerEntry tokyo = new ServerEntry("Tokyo", "10.0.0.9", "Asia", "", "", false);
		Row up = new Row(berlin, State.UP, "", "2024.09", 12, 19, 50, LocalDate.of(2027, 1, 15), 7, Duration.ofMillis(120));
		Row down = new Row(tokyo, State.DOWN, "Connection refused", "", 0, 0, 0, null, -1, Duration.ofMillis(3));
		String csv = FleetCsv.write(List.of(new FleetCsv.Line(berlin, Optional.of(up)), new FleetCsv.Line(tokyo, Optional.of(down)),
				new FleetCsv.Line(ServerEntry.demo(), Optional.empty())));
		assertEquals("name,group,address,state,detail,version,features,used,count,percent_in_use,nearest_expiry,devices,answered_ms\r\n"
				+ "\"Berlin, HQ\",Europe,lls.example.com:7443,UP,,2024.09,12,19,50,38.0,2027-01-15,7,120\r\n"
				+ "Tokyo,Asia,10.0.0.9:7070,DOWN,Connection refused,,,,,,,,3\r\n"
				+ "Demo server,,,NOT_ASKED,,,,,,,,,\r\n", csv);
	}

	@Test
	void quotesAreDoubledAndWhatASpreadsheetTakesForAFormulaIsDefused() {
		assertEquals("\"say \"\"hi\"\"\"", Csv.quote("say \"hi\""));
		assertEquals("\"two\nlines\"", Csv.quote("two\nlines"));
		assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", Csv.quote("=HYPERLINK(\"http://x\")"));
		assertEquals("'=1+1", Csv.quote("=1+1"));
		assertEquals("'@SUM(A1)", Csv.quote("@SUM(A1)"));
		assertEquals("'+cmd", Csv.quote("+cmd"));
		assertEquals("-5", Csv.quote("-5"), "a negative number stays a number");
		assertEquals("'-x", Csv.quote("-x"));
		assertEquals("plain", Csv.quote("plain"));
	}
}
