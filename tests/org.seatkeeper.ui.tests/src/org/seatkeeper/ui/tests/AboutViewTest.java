package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.seatkeeper.core.about.ReportEntry;
import org.seatkeeper.core.about.SystemReports;
import org.seatkeeper.testing.shapes.StandInServer;
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
	void showsARealServersVersionBuildAndSecurityStates() throws Exception {
		try (StandInServer real = StandInServer.offering(StandInServer.Part.HEALTH)) {
			TestServer.pointViewsAt(real.port(), 50, StandInServer.USER, StandInServer.PASSWORD);
			view.checkServer();
			UiTestSupport.waitUntil("the server's health", () -> "Healthy".equals(view.serverValues().get("Status")));
			assertEquals("2021.05.0", value(AboutView.LICENSE_SERVER, "Version").getText());
			assertEquals("build 2021.05.0.241, built 2021-05-20T14:12:09Z, branch release/2021.05, commit 5f3c2a9e81d4, patch 1, "
					+ "FlexNet Embedded 2021.05.0.117", value(AboutView.LICENSE_SERVER, "Build").getText());
			assertEquals("W7K2M9Q4X1ZB", value(AboutView.LICENSE_SERVER, "Instance ID").getText());
			assertEquals("enabled", value(AboutView.LICENSE_SERVER, "REST security").getText());
			assertEquals("disabled", value(AboutView.LICENSE_SERVER, "HTTP authentication").getText());
			assertEquals("enabled", value(AboutView.LICENSE_SERVER, "Licensing security").getText());
			assertFalse(view.serverValues().containsKey("Product"), "a real server names no product: no empty row");
			control.getShell().setSize(1280, 800);
			IWorkbenchPage page = view.getSite().getPage();
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
			UiTestSupport.processEvents();
			UiTestSupport.screenshot(control.getShell(), Path.of("target", "screenshots", "about-view-real-server.png"));
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
		} finally {
			TestServer.pointViewsBack();
		}
	}

	@Test
	void showsTheServersHealthAndVersionAndSaysWhenItCannotBeReached(@TempDir Path data) throws Exception {
		try (TestServer server = new TestServer(data)) {
			server.connect(50);
			view.checkServer(); // the workbench's Refresh
			UiTestSupport.waitUntil("the server's health", () -> "Healthy".equals(view.serverValues().get("Status")));
			String serverVersion = Platform.getBundle("org.seatkeeper.server").getVersion().toString();
			assertEquals(serverVersion, value(AboutView.LICENSE_SERVER, "Version").getText());
			assertEquals("Test server (127.0.0.1:" + server.port() + ", HTTP)", value(AboutView.LICENSE_SERVER, "Server").getText());
			assertEquals("Seatkeeper embedded license server", value(AboutView.LICENSE_SERVER, "Product").getText());
			assertEquals(server.server.instanceId(), value(AboutView.LICENSE_SERVER, "Instance ID").getText());
			assertEquals("success", value(AboutView.LICENSE_SERVER, "Database").getText());
			String report = view.report().toText();
			assertTrue(report.matches("(?s)Seatkeeper\n.*\n\nLicense server\n  Server: +Test server \\(127\\.0\\.0\\.1:" + server.port() + ", HTTP\\)\n  Status: +Healthy\n.*"),
					"the server's section follows Seatkeeper's: " + report);
			UiTestSupport.screenshot(control.getShell(), Path.of("target", "screenshots", "about-view-server.png"));

			server.stop();
			IHandlerService handlers = view.getSite().getService(IHandlerService.class);
			view.getSite().getPage().activate(view);
			handlers.executeCommand(IWorkbenchCommandConstants.FILE_REFRESH, null);
			String status = UiTestSupport.waitFor("the check of the stopped server", () -> {
				String now = view.serverValues().get("Status");
				return now != null && now.startsWith("Cannot be reached") ? now : null;
			});
			assertTrue(status.contains("127.0.0.1:" + server.port()), status);
			assertEquals(null, view.serverValues().get("Version"), "nothing is shown that the server did not say");
		}
	}

	@Test
	void copyPutsTheWholeReportOnTheClipboard() throws Exception {
		IHandlerService handlers = view.getSite().getService(IHandlerService.class);
		handlers.executeCommand(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_COPY, null);
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
