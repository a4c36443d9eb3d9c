package org.seatkeeper.core.about.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.seatkeeper.core.about.ReportEntry;
import org.seatkeeper.core.about.ReportSection;
import org.seatkeeper.core.about.SystemReport;

class SystemReportTest {

	@Test
	void sectionsAndEntriesKeepTheOrderTheyWereFirstAddedIn() {
		SystemReport report = SystemReport.builder() //
				.add("B", "one", "1") //
				.add("A", "two", "2") //
				.add("B", "three", "3") //
				.build();
		assertEquals(List.of("B", "A"), report.sections().stream().map(ReportSection::title).toList());
		assertEquals(List.of(new ReportEntry("one", "1"), new ReportEntry("three", "3")), report.sections().get(0).entries());
	}

	@Test
	void unknownValuesAreLeftOutAndEmptySectionsDropped() {
		SystemReport report = SystemReport.builder() //
				.add("Empty", "nothing", null) //
				.add("Java", "Version", "  21.0.2 ") //
				.add("Java", "Vendor", " ") //
				.build();
		assertEquals(1, report.sections().size());
		assertEquals(Optional.of("21.0.2"), report.value("Java", "Version"));
		assertEquals(Optional.empty(), report.value("Java", "Vendor"));
		assertEquals(Optional.empty(), report.section("Empty"));
	}

	@Test
	void textAlignsValuesWithinEachSection() {
		SystemReport report = SystemReport.builder() //
				.add("Java runtime", "Version", "21") //
				.add("Java runtime", "Home", "/opt/jdk") //
				.add("OS", "Name", "Linux") //
				.build();
		assertEquals("""
				Java runtime
				  Version: 21
				  Home:    /opt/jdk

				OS
				  Name: Linux
				""", report.toText());
	}
}
