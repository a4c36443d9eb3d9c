package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.seatkeeper.core.about.ReportEntry;
import org.seatkeeper.core.about.SystemReports;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.about.AboutView;
import org.seatkeeper.ui.internal.about.UiReports;

/** The About view as a user sees it. */
class AboutViewTest {

	private AboutView view;
	private Composite control;

	@BeforeEach
	void showView() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		view = (AboutView) page.showView(SeatkeeperUi.ABOUT_VIEW_ID);
		control = UiTestSupport.find(page.getWorkbenchWindow().getShell(), ScrolledForm.class, f -> true).getParent();
		UiTestSupport.processEvents();
	}

	private Text value(String section, String name) {
		String key = section + '/' + name;
		return UiTestSupport.find(control, Text.class, t -> key.equals(t.getData(ReportEntry.class.getName())));
	}

	@Test
	void showsSeatkeepersVersionAndTheBuildTime() {
		Version version = FrameworkUtil.getBundle(AboutView.class).getVersion();
		String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
		assertEquals(release, value(SystemReports.SEATKEEPER, "Version").getText());
		assertEquals("Seatkeeper " + release, UiTestSupport.find(control, ScrolledForm.class, f -> true).getText());
		String build = value(SystemReports.SEATKEEPER, "Build").getText();
		assertTrue(build.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC"), "the build replaced the qualifier: " + build);
	}

	@Test
	void showsTheJavaRuntimeOperatingSystemAndToolkit() {
		assertEquals(System.getProperty("java.runtime.version"), value(SystemReports.JAVA, "Version").getText());
		assertEquals(System.getProperty("java.home"), value(SystemReports.JAVA, "Home").getText());
		assertEquals(System.getProperty("os.name"), value(SystemReports.OS, "Name").getText());
		assertEquals(System.getProperty("os.arch"), value(SystemReports.OS, "Architecture").getText());
		String swt = value(UiReports.USER_INTERFACE, "SWT").getText();
		assertTrue(swt.startsWith(SWT.getPlatform() + " " + SWT.getVersion() + " (bundle 3."), swt);
		assertTrue(value(UiReports.USER_INTERFACE, "Workbench").getText().startsWith("3."));
	}

	@Test
	void valuesAreSelectableButNotEditable() {
		Text version = value(SystemReports.SEATKEEPER, "Version");
		assertTrue((version.getStyle() & SWT.READ_ONLY) != 0);
		assertEquals(false, version.getEditable());
	}

	@Test
	void everyValueFitsInsideTheViewWidth() {
		control.getShell().setSize(1024, 700);
		UiTestSupport.processEvents();
		Rectangle viewArea = control.getDisplay().map(control, null, control.getClientArea());
		List<Text> values = UiTestSupport.findAll(control, Text.class, t -> t.getData(ReportEntry.class.getName()) != null);
		assertTrue(values.size() > 15, "values shown: " + values.size());
		for (Text value : values) {
			Rectangle bounds = control.getDisplay().map(value.getParent(), null, value.getBounds());
			assertTrue(bounds.x + bounds.width <= viewArea.x + viewArea.width,
					value.getData(ReportEntry.class.getName()) + " is clipped: " + bounds + " outside " + viewArea);
		}
		UiTestSupport.screenshot(control.getShell(), Path.of("target", "screenshots", "about-view-1024.png"));
	}

	@Test
	void copyPutsTheWholeReportOnTheClipboard() throws Exception {
		IHandlerService handlers = view.getSite().getService(IHandlerService.class);
		handlers.executeCommand("org.seatkeeper.ui.about.copy", null);
		Clipboard clipboard = new Clipboard(control.getDisplay());
		try {
			String text = (String) clipboard.getContents(TextTransfer.getInstance());
			assertEquals(view.report().toText(), text);
			assertTrue(text.contains(System.getProperty("java.runtime.version")), text);
			assertTrue(text.startsWith("Seatkeeper\n  Version:"), text);
		} finally {
			clipboard.dispose();
		}
	}
}
