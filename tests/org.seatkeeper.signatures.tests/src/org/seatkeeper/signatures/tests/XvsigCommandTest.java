package org.seatkeeper.signatures.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.signatures.internal.cli.XvsigCommand;

/** {@code seatkeeper xvsig} as a shell user runs it. */
class XvsigCommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new XvsigCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(List.of(args));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void keywordsAndToolkitsGiveATableAndTheValuesToSelect() {
		assertEquals(0, run("--toolkit", "11.0", "--toolkit", "8.4", "VM_PLATFORMS", "BORROW"));
		assertEquals("""
				Keyword       11.0 (11.0-11.4.1)  8.4
				BORROW        -                   -
				VM_PLATFORMS  11.4                8.4
				(- : that toolkit reads the keyword already; no cross-version signature is needed)

				Select these FlexNet Publisher Versions: 11.4, 8.4
				""", out().substring(0, out().indexOf("  Applications")));
		assertTrue(out().contains("Applications built with toolkit 11.0 (column 11.0-11.4.1) cannot read VM_PLATFORMS: select FlexNet "
				+ "Publisher Version 11.4"), out());
		assertTrue(out().contains("License servers (vendor daemons) built with a toolkit older than a keyword cannot understand"), out());
		assertEquals("", err());
	}

	@Test
	void aLicenseFileGivesTheKeywords() throws Exception {
		Path license = Files.writeString(folder.resolve("demo.lic"), LicenseFileReaderTest.LICENSE);
		assertEquals(0, run("--toolkit=11.5", "--license", license.toString()));
		assertTrue(out().contains("  line 5: FEATURE cad 2.0: TZ, VM_PLATFORMS"), out());
		assertTrue(out().contains("  line 12: FEATURE BORROW 1.0: no keyword of the table"), out());
		assertTrue(out().contains("Select these FlexNet Publisher Versions: 11.6"), out());
	}

	@Test
	void whatIsNotUnderstoodIsNamedAndTheRestAnswered() {
		assertEquals(1, run("--toolkit", "11.0", "--toolkit", "12.0", "TZ", "FOO"));
		assertTrue(out().contains("Select these FlexNet Publisher Versions: 11.4"), out());
		assertTrue(err().contains("seatkeeper xvsig: Toolkit 12.0 is newer than the table's last column (11.5-11.6.1)"), err());
		assertTrue(err().contains("seatkeeper xvsig: 'FOO' is not a keyword of the cross-version table"), err());
	}

	@Test
	void wrongUseSaysWhatIsMissing() {
		assertEquals(2, run("TZ"));
		assertTrue(err().startsWith("seatkeeper xvsig: name at least one toolkit version with --toolkit"), err());
		err.reset();
		assertEquals(2, run("--toolkit", "11.0"));
		assertTrue(err().startsWith("seatkeeper xvsig: name the keywords the license uses, or give the license with --license"), err());
		err.reset();
		assertEquals(2, run("--toolkit", "11.0", "--license", folder.resolve("missing.lic").toString()));
		assertTrue(err().contains("missing.lic: no such file"), err());
		err.reset();
		assertEquals(2, run("--toolkit"));
		assertTrue(err().startsWith("seatkeeper xvsig: missing required parameter for option '--toolkit' (VERSION)"
				+ " (see 'seatkeeper xvsig --help')"), err());
		assertEquals(1, err().lines().count(), err());
		err.reset();
		assertEquals(2, run("--toolkit", "11.0", "--tolkit", "8.4", "TZ"));
		assertEquals("seatkeeper xvsig: unknown option '--tolkit' (see 'seatkeeper xvsig --help')\n", err());
		assertEquals(0, run("--help"));
		assertTrue(out().startsWith("Usage: seatkeeper xvsig [-h] [--toolkit=VERSION]... [--license=FILE]... [KEYWORD...]"), out());
		assertTrue(out().contains("A keyword the license uses: BORROW, COMPOSITE,"), out());
		assertTrue(out().contains("Exit status:"), out());
	}
}
