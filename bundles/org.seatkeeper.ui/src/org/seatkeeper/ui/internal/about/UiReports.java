package org.seatkeeper.ui.internal.about;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;
import org.seatkeeper.core.about.ReportSection;
import org.seatkeeper.core.about.SystemReport;
import org.seatkeeper.core.about.SystemReports;

/** Adds what only the UI knows (SWT, the toolkit, the screen) to the installation's {@link SystemReport}. */
public final class UiReports {

	public static final String USER_INTERFACE = "User interface";

	private UiReports() {
	}

	/** The full report; call on the display's thread. */
	public static SystemReport collect(Display display) {
		SystemReport.Builder report = SystemReport.builder();
		boolean toolkitAdded = false;
		for (ReportSection section : SystemReports.collect().sections()) {
			if (!toolkitAdded && section.title().equals(SystemReports.FRAMEWORK)) {
				addToolkit(report, display); // next to the operating system
				toolkitAdded = true;
			}
			section.entries().forEach(e -> report.add(section.title(), e.name(), e.value()));
		}
		if (!toolkitAdded) {
			addToolkit(report, display);
		}
		return report.build();
	}

	private static void addToolkit(SystemReport.Builder report, Display display) {
		report.add(USER_INTERFACE, "SWT", SWT.getPlatform() + ' ' + SWT.getVersion() + bundleVersion("org.eclipse.swt"));
		report.add(USER_INTERFACE, "GTK", System.getProperty("org.eclipse.swt.internal.gtk.version"));
		report.add(USER_INTERFACE, "Workbench", version("org.eclipse.ui.workbench"));
		report.add(USER_INTERFACE, "JFace", version("org.eclipse.jface"));
		Rectangle screen = display.getPrimaryMonitor().getBounds();
		report.add(USER_INTERFACE, "Screen", screen.width + " × " + screen.height + " at " + display.getPrimaryMonitor().getZoom() + " %");
	}

	private static String bundleVersion(String symbolicName) {
		String version = version(symbolicName);
		return version == null ? "" : " (bundle " + version + ')';
	}

	private static String version(String symbolicName) {
		Bundle bundle = Platform.getBundle(symbolicName);
		return bundle == null ? null : bundle.getVersion().toString();
	}
}
