package org.seatkeeper.signatures.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.seatkeeper.signatures.Keyword;
import org.seatkeeper.signatures.LicenseFileReader;
import org.seatkeeper.signatures.LicenseFileReader.LicenseFile;
import org.seatkeeper.signatures.LicenseFileReader.LicenseLine;

class LicenseFileReaderTest {

	static final String LICENSE = """
			# A license for the demo vendor
			SERVER licsrv 0050569A1B2C 27000
			VENDOR demod port=27001
			USE_SERVER
			FEATURE cad demod 2.0 31-dec-2027 10 TZ=EUROPE_CET \\
			    VM_PLATFORMS=PHYSICAL NOTICE="uses BORROW and FLOAT_OK" \\
			    SIGN="0123 4567 89AB"
			INCREMENT viewer demod 1.5 permanent uncounted HOSTID=ANY BORROW=168 FLOAT_OK
			  # a comment between lines
			INCREMENT sim demod 3.0 permanent 4 HOSTID="COMPOSITE=2A7C4F8B1E02 ID=12" SUPERSEDE_SIGN="sim:123"
			PACKAGE suite demod 1.0 COMPONENTS="cad viewer" OPTIONS=SUITE_RESERVED SIGN=ABCD
			FEATURE BORROW demod 1.0 permanent 1 SIGN=EF01
			UPGRADE cad demod 1.0 2.0 permanent 5 tz=UTC
			""";

	@Test
	void findsTheKeywordsOfEachFeatureIncrementUpgradeAndPackageLine() {
		LicenseFile file = LicenseFileReader.read(LICENSE);
		assertEquals(List.of(), file.problems());
		List<LicenseLine> lines = file.lines();
		assertEquals(List.of("5 FEATURE cad 2.0", "8 INCREMENT viewer 1.5", "10 INCREMENT sim 3.0", "11 PACKAGE suite 1.0",
				"12 FEATURE BORROW 1.0", "13 UPGRADE cad 2.0"),
				lines.stream().map(l -> l.line() + " " + l.kind() + " " + l.name() + " " + l.version()).toList());
		assertEquals(List.of(Keyword.TZ, Keyword.VM_PLATFORMS), lines.get(0).sortedKeywords(),
				"over continued lines; words in a quoted NOTICE are not keywords");
		assertEquals(Set.of(Keyword.BORROW, Keyword.FLOAT_OK), lines.get(1).keywords(), "BORROW=168 and the flag FLOAT_OK");
		assertEquals(Set.of(Keyword.COMPOSITE, Keyword.SUPERSEDE_SIGN), lines.get(2).keywords(), "a composite hostid");
		assertEquals(Set.of(Keyword.SUITE_RESERVED), lines.get(3).keywords(), "a package option");
		assertEquals(Set.of(), lines.get(4).keywords(), "a feature named BORROW uses no keyword");
		assertEquals(Set.of(Keyword.TZ), lines.get(5).keywords(), "any case");
		assertEquals(List.of(Keyword.BORROW, Keyword.COMPOSITE, Keyword.FLOAT_OK, Keyword.SUITE_RESERVED, Keyword.SUPERSEDE_SIGN,
				Keyword.TZ, Keyword.VM_PLATFORMS), file.keywords());
	}

	@Test
	void whatIsNotALicenseLineIsReportedWithItsLineNumber() {
		LicenseFile file = LicenseFileReader.read("FEATUR cad demod 1.0 permanent 1\r\nFEATURE cad demod 1.0 permanent 1 NOTICE=\"open\n"
				+ "INCREMENT x demod 1.0 permanent 1 \\");
		assertEquals(List.of("Line 1: 'FEATUR' does not start a license-file line (SERVER, VENDOR, USE_SERVER, FEATURE, INCREMENT, "
				+ "UPGRADE or PACKAGE).", "Line 2: a quoted value is not closed.",
				"Line 3: the file ends after a '\\' that continues the line."), file.problems());
		assertEquals(2, file.lines().size(), "the lines that could be read are still read");
	}

	@Test
	void anEmptyFileHasNoLines() {
		assertTrue(LicenseFileReader.read("").lines().isEmpty());
		assertTrue(LicenseFileReader.read("# only a comment\n\n").problems().isEmpty());
	}
}
