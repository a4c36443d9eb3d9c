package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.domain.Device;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.connection.ConnectionSettings;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.devices.DevicesView;

/** The Devices view against the embedded server, including drop, a read-only login and a server that goes away. */
class DevicesViewTest {

	@TempDir
	Path data;
	private TestServer server;
	private DevicesView view;

	@BeforeEach
	void open() throws Exception {
		server = new TestServer(data).withFeatures();
		server.checkout("dev-a", "[{\"name\":\"f1\",\"version\":\"1.0\",\"count\":2}]");
		server.checkout("dev-b", "[{\"name\":\"f1\",\"version\":\"1.0\",\"count\":1},{\"name\":\"f2\",\"version\":\"2.0\",\"count\":1}]");
		server.checkout("dev-c", "[{\"name\":\"f3\",\"version\":\"1.5\",\"count\":1}]");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		view = (DevicesView) page.showView(SeatkeeperUi.DEVICES_VIEW_ID);
		server.connect(50);
		UiTestSupport.waitUntil("the devices", () -> view.current() != null && view.current().size() == 3);
	}

	@AfterEach
	void close() throws Exception {
		server.close();
	}

	private void select(String... hostIds) {
		Table table = view.devicesTable().table().table();
		List<Device> items = view.devicesTable().table().items();
		int[] indices = java.util.Arrays.stream(hostIds)
				.mapToInt(id -> items.indexOf(items.stream().filter(d -> d.hostId().value().equals(id)).findFirst().orElseThrow()))
				.toArray();
		table.setSelection(indices);
		table.notifyListeners(SWT.Selection, new Event());
		UiTestSupport.processEvents();
	}

	@Test
	void listsTheDevicesWithTheGuidesColumnsAndTheTotal() {
		Table table = view.devicesTable().table().table();
		assertEquals(List.of("Device ID", "Device ID Type", "Device Type", "Device Alias"), FeaturesViewTest.columns(table).subList(0, 4));
		assertEquals(3, table.getItemCount());
		view.devicesTable().table().sortBy(0, true);
		assertEquals(List.of("dev-a", "STRING"), FeaturesViewTest.row(table, 0).subList(0, 2));
		assertEquals("dev-a.example.com", FeaturesViewTest.row(table, 0).get(3));
		assertEquals("Records 1\u20133 of 3   \u00b7   Page 1 of 1", view.devicesTable().paging().text());
		assertEquals("3 devices", view.getContentDescription());
	}

	@Test
	void detailsListTheFeaturesTheDeviceConsumes() {
		select("dev-b");
		assertEquals("dev-b", view.detailValues().get("Device ID"));
		assertEquals("STRING", view.detailValues().get("Device ID Type"));
		assertEquals("dev-b.example.com", view.detailValues().get("Device Alias"));
		assertFalse(view.detailValues().get("Device Expiry").equals("\u2014"), "a borrowed device has an expiry");
		List<String> features = view.consumedTable().items().stream().map(f -> f.name() + " " + f.version() + " x" + f.count()).sorted()
				.toList();
		assertEquals(List.of("f1 1.0 x1", "f2 2.0 x1"), features);
		assertEquals(List.of("Feature Name", "Version", "Used", "Expiry", "Start Date", "Vendor String", "Pool"),
				FeaturesViewTest.columns(view.consumedTable().table()));
	}

	@Test
	void autoRefreshShowsANewDeviceWithoutBeingAsked() throws Exception {
		server.checkout("dev-d", "[{\"name\":\"f2\",\"version\":\"2.0\",\"count\":1}]");
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.processEvents();
		assertEquals(3, view.current().size(), "nothing reloads by itself while auto-refresh is off");
		ServerConnections.store(TestServer.connections().settings().withAutoRefresh(1));
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.processEvents();
		server.checkout("dev-e", "[{\"name\":\"f3\",\"version\":\"1.5\",\"count\":1}]");
		UiTestSupport.waitUntil("the device that came later, without a refresh", () -> view.current().size() == 5);
		assertEquals("5 devices", view.getContentDescription());
	}

	@Test
	void dropIsOfferedOnlyWhenTheSettingsAllowIt() throws Exception {
		select("dev-a");
		assertFalse(view.dropAction().isEnabled());
		assertTrue(view.dropAction().getToolTipText().contains("Allow device drop"), view.dropAction().getToolTipText());
		ServerConnections.store(TestServer.connections().settings().withDeviceDrop(true));
		UiTestSupport.waitUntil("drop to be offered", () -> view.dropAction().isEnabled());
	}

	/**
	 * Presses OK in the confirmation titled {@code title} once it opens, keeping its message (the label
	 * containing {@code text}) in the array returned.
	 */
	private static String[] confirmWhenAsked(String title, String text) {
		String[] message = new String[1];
		UiTestSupport.display().timerExec(100, new Runnable() {
			@Override
			public void run() {
				for (org.eclipse.swt.widgets.Shell shell : UiTestSupport.display().getShells()) {
					if (title.equals(shell.getText()) && shell.isVisible()) {
						message[0] = UiTestSupport.findAll(shell, Label.class, l -> l.getText().contains(text)).get(0).getText();
						UiTestSupport.findAll(shell, Button.class, b -> b.getText().replace("&", "").equals("OK")).get(0)
								.notifyListeners(SWT.Selection, new Event());
						return;
					}
				}
				UiTestSupport.display().timerExec(50, this);
			}
		});
		return message;
	}

	@Test
	void dropsSeveralDevicesAfterAConfirmationThatListsWhatIsFreed() throws Exception {
		ServerConnections.store(TestServer.connections().settings().withDeviceDrop(true));
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.waitUntil("the devices", () -> view.current() != null && view.current().size() == 3);
		select("dev-a", "dev-b");
		String[] message = confirmWhenAsked("Drop Devices", "Drop these");
		view.dropSelected();
		assertNotNull(message[0]);
		assertTrue(message[0].contains("Drop these 2 devices?"), message[0]);
		assertTrue(message[0].contains("frees 2 \u00d7 f1 1.0"), message[0]);
		assertTrue(message[0].contains("frees 1 \u00d7 f2 2.0"), message[0]);
		assertTrue(message[0].contains("In all 4 counts are freed."), message[0]);
		UiTestSupport.waitUntil("the devices to be dropped",
				() -> view.current().stream().filter(d -> d.status().equals("DROPPED")).count() == 2);
		for (Device device : view.current()) {
			boolean dropped = !device.hostId().value().equals("dev-c");
			assertEquals(dropped ? "DROPPED" : "NORMAL", device.status(), device.hostId().value());
			assertEquals(dropped ? 0 : 1, device.countsHeld(), device.hostId().value());
		}
	}

	@Test
	void dropsAllDevicesAfterAConfirmationThatSaysWhatIsFreed() throws Exception {
		assertFalse(view.dropAllAction().isEnabled(), "not before the Settings allow drops");
		ServerConnections.store(TestServer.connections().settings().withDeviceDrop(true));
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.waitUntil("the devices", () -> view.current() != null && view.current().size() == 3);
		UiTestSupport.waitUntil("drop all to be offered", () -> view.dropAllAction().isEnabled());
		String[] message = confirmWhenAsked("Drop All Devices", "Drop all");
		view.dropAllAction().run();
		assertNotNull(message[0]);
		assertTrue(message[0].startsWith("Drop all 3 devices this server knows?"), message[0]);
		assertTrue(message[0].contains("3 devices hold counts now: in all 5 counts are freed."), message[0]);
		UiTestSupport.waitUntil("every device to be dropped",
				() -> view.current().stream().allMatch(d -> d.status().equals("DROPPED")));
	}

	@Test
	void aReadOnlyLoginCannotDropAndIsToldWhy() throws Exception {
		server.createReader();
		ServerConnections.store(TestServer.connections().settings().withDeviceDrop(true));
		server.connect(50, TestServer.READER, TestServer.READER_PASSWORD);
		ServerConnections.store(TestServer.connections().settings().withDeviceDrop(true));
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.waitUntil("the reader's devices", () -> view.current() != null && view.current().size() == 3);
		Label header = UiTestSupport.find(view.getSite().getShell(), Label.class,
				l -> "server".equals(l.getData("name")) && l.isVisible() && l.getText().contains("reader"));
		assertTrue(header.getText().contains("Logged in as reader (Read)"), header.getText());
		select("dev-a");
		assertFalse(view.dropAction().isEnabled(), "the role is known up front: drop is disabled");
		assertTrue(view.dropAction().getToolTipText().contains("ROLE_DROPCLIENT"), view.dropAction().getToolTipText());
	}

	@Test
	void aServerThatGoesAwayIsReportedWithoutFreezingAndRetryRecovers() throws Exception {
		server.stop();
		long started = System.nanoTime();
		view.refresh();
		UiTestSupport.waitUntil("the problem to be shown", () -> view.problem() != null);
		long waitedMillis = (System.nanoTime() - started) / 1_000_000;
		assertTrue(view.problem().toLowerCase().contains("refused") || view.problem().toLowerCase().contains("connect"), view.problem());
		Label problem = UiTestSupport.find(view.getSite().getShell(), Label.class,
				l -> "problem".equals(l.getData("name")) && l.isVisible() && !l.getText().isEmpty() && l.getText().equals(view.problem()));
		assertNotNull(problem);
		assertEquals(3, view.devicesTable().table().items().size(), "what was shown before stays");
		assertTrue(waitedMillis < 10_000, "the event loop kept running while the request failed: " + waitedMillis + " ms");
		UiTestSupport.screenshot(view.getSite().getShell(), Screenshots.file("devices-server-gone.png"));

		server.restart();
		Button retry = UiTestSupport.findAll(view.getSite().getShell(), Button.class,
				b -> "retry".equals(b.getData("name")) && b.isVisible()).stream()
				.findFirst().orElseThrow();
		UiTestSupport.click(retry);
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.waitUntil("the view to recover", () -> view.problem() == null && view.current().size() == 3);
		assertNull(view.problem());
	}

	@Test
	void screenshot() {
		view.getSite().getShell().setSize(1280, 800);
		select("dev-b");
		UiTestSupport.screenshot(view.getSite().getShell(), Screenshots.file("devices-view.png"));
	}

	static ConnectionSettings settings() {
		return TestServer.connections().settings();
	}
}
