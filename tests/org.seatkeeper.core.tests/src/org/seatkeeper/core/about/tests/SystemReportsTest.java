package org.seatkeeper.core.about.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.seatkeeper.core.about.ReportEntry;
import org.seatkeeper.core.about.SystemReport;
import org.seatkeeper.core.about.SystemReports;

class SystemReportsTest {

	private static final Map<String, String> SYSTEM = Map.of( //
			"java.runtime.version", "21.0.5+11-LTS", //
			"java.vendor", "Eclipse Adoptium", //
			"java.vendor.version", "Temurin-21.0.5+11", //
			"java.vm.name", "OpenJDK 64-Bit Server VM", //
			"java.vm.version", "21.0.5+11-LTS", //
			"java.home", "/usr/lib/jvm/temurin-21", //
			"os.name", "Linux", //
			"os.version", "6.1.0", //
			"os.arch", "amd64");

	private static final Map<String, String> FRAMEWORK = Map.of( //
			"osgi.instance.area", "file:/home/ann/.seatkeeper/workspace/", //
			"osgi.ws", "gtk", //
			"org.osgi.framework.vendor", "Eclipse", //
			"org.osgi.framework.version", "1.10.0");

	@Test
	void reportsVersionBuildJavaAndOperatingSystemFromTheGivenFacts() {
		SystemReport report = SystemReports.collect(SYSTEM::get, FRAMEWORK::get, "1.0.0.v20261122-2315", new Bundle[0]);

		assertEquals(Optional.of("1.0.0"), report.value(SystemReports.SEATKEEPER, "Version"));
		assertEquals(Optional.of("2026-11-22 23:15 UTC"), report.value(SystemReports.SEATKEEPER, "Build"));
		assertEquals(Optional.of("/home/ann/.seatkeeper/workspace/"), report.value(SystemReports.SEATKEEPER, "Workspace"));
		assertEquals(Optional.empty(), report.value(SystemReports.SEATKEEPER, "Configuration"), "unknown: left out");
		assertEquals(Optional.of("21.0.5+11-LTS"), report.value(SystemReports.JAVA, "Version"));
		assertEquals(Optional.of("Eclipse Adoptium Temurin-21.0.5+11"), report.value(SystemReports.JAVA, "Vendor"));
		assertEquals(Optional.of("OpenJDK 64-Bit Server VM 21.0.5+11-LTS"), report.value(SystemReports.JAVA, "Virtual machine"));
		assertEquals(Optional.of("Linux"), report.value(SystemReports.OS, "Name"));
		assertEquals(Optional.of("amd64"), report.value(SystemReports.OS, "Architecture"));
		assertEquals(Optional.of("gtk"), report.value(SystemReports.FRAMEWORK, "Window system"));
		assertEquals(List.of(SystemReports.SEATKEEPER, SystemReports.JAVA, SystemReports.OS, SystemReports.FRAMEWORK),
				report.sections().stream().map(s -> s.title()).toList());
	}

	@Test
	void liveReportListsSeatkeeperBundlesWithVersionAndState() {
		SystemReport report = SystemReports.collect();
		Bundle core = FrameworkUtil.getBundle(SystemReports.class);

		List<ReportEntry> bundles = report.section(SystemReports.BUNDLES).orElseThrow().entries();
		ReportEntry coreEntry = bundles.stream().filter(e -> e.name().equals("org.seatkeeper.core")).findFirst()
				.orElseThrow();
		assertTrue(coreEntry.value().startsWith(core.getVersion().toString() + " "), coreEntry.value());
		assertTrue(bundles.stream().allMatch(e -> e.name().startsWith(SystemReports.BUNDLE_PREFIX)), bundles.toString());
		assertEquals(Optional.of(System.getProperty("java.runtime.version")), report.value(SystemReports.JAVA, "Version"));
		assertEquals(Optional.of(core.getVersion().getMajor() + "." + core.getVersion().getMinor() + "."
				+ core.getVersion().getMicro()), report.value(SystemReports.SEATKEEPER, "Version"));
		assertTrue(report.value(SystemReports.FRAMEWORK, "Implementation").orElseThrow().startsWith("org.eclipse.osgi "));
	}

	@Test
	void bundleStatesAreWords() {
		assertEquals("active", SystemReports.state(Bundle.ACTIVE));
		assertEquals("resolved", SystemReports.state(Bundle.RESOLVED));
		assertEquals("installed (not resolved)", SystemReports.state(Bundle.INSTALLED));
		assertEquals("lazy, starts on first use", SystemReports.state(Bundle.STARTING));
	}
}
