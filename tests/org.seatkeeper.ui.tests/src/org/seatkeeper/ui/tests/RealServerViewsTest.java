package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.core.domain.Device;
import org.seatkeeper.core.domain.FeatureSummary;
import org.seatkeeper.testing.shapes.StandInServer;
import org.seatkeeper.testing.shapes.StandInServer.Part;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.devices.DevicesView;
import org.seatkeeper.ui.internal.features.FeaturesView;
import org.seatkeeper.ui.internal.pools.PoolsView;
import org.seatkeeper.ui.internal.views.ServerView;

/**
 * The views against a stand-in that answers with real servers' shapes: the devices a feature serves come from
 * the usage records, and a server that lacks parts of the API gets what it offers shown, with one line about
 * the rest.
 */
class RealServerViewsTest {

	private StandInServer server;
	private IWorkbenchPage page;
	/** How the Properties view was before the test, which may show it (the tests after it take screenshots). */
	private int propertiesState;

	@BeforeEach
	void page() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		propertiesState = properties() == null ? -1 : page.getPartState(properties());
	}

	private IViewReference properties() {
		return page.findViewReference(IPageLayout.ID_PROP_SHEET);
	}

	@AfterEach
	void close() throws Exception {
		TestServer.pointViewsBack();
		server.close();
		if (propertiesState == -1 && properties() != null) {
			page.hideView(properties());
		} else if (properties() != null && page.getPartState(properties()) != propertiesState) {
			page.setPartState(properties(), propertiesState);
		}
	}

	private void serve(StandInServer standIn) throws Exception {
		server = standIn;
		TestServer.pointViewsAt(standIn.port(), 50, StandInServer.USER, StandInServer.PASSWORD);
	}

	/** The line a view shows about what the server does not offer, as the user sees it ("" when hidden). */
	private static String missingLine(ServerView<?> view) {
		Label line = view.missingLabel();
		String shown = line.getVisible() ? line.getText() : "";
		assertEquals(view.missingLine(), shown, "the line shows what the view knows");
		return shown;
	}

	/** A screenshot of {@code view} alone in a 1280×800 window, as a user who maximized it sees it. */
	private void screenshot(ServerView<?> view, String name) {
		view.getSite().getShell().setSize(1280, 800);
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		UiTestSupport.processEvents();
		UiTestSupport.screenshot(view.getSite().getShell(), Screenshots.file(name));
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
		UiTestSupport.processEvents();
	}

	private FeaturesView features() throws Exception {
		FeaturesView view = (FeaturesView) page.showView(SeatkeeperUi.FEATURES_VIEW_ID);
		view.searchField().setText("");
		view.searchField().notifyListeners(SWT.DefaultSelection, new Event());
		view.filterField().setText("");
		view.tabs().setSelection(0);
		view.refresh();
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.waitUntil("the features", () -> view.current() != null && view.current().features().size() == 3);
		return view;
	}

	private DevicesView devices() throws Exception {
		DevicesView view = (DevicesView) page.showView(SeatkeeperUi.DEVICES_VIEW_ID);
		view.refresh();
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.waitUntil("the devices", () -> view.current() != null && view.current().size() == 3);
		return view;
	}

	/** Selects the device with the server's id {@code id}, as a click does, and waits for what that loads. */
	private static void selectDevice(DevicesView view, long id) {
		Table table = view.devicesTable().table().table();
		List<Device> items = view.devicesTable().table().items();
		table.setSelection(items.indexOf(items.stream().filter(d -> d.id() == id).findFirst().orElseThrow()));
		table.notifyListeners(SWT.Selection, new Event());
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
	}

	private static void selectSummary(FeaturesView view, String name) {
		List<FeatureSummary> items = view.summaryTable().table().items();
		Table table = view.summaryTable().table().table();
		table.setSelection(items.indexOf(items.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow()));
		table.notifyListeners(SWT.Selection, new Event());
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.processEvents();
	}

	@Test
	void aFeaturesDetailsListTheDevicesOfTheUsageRecordsWithTheirCounts() throws Exception {
		serve(StandInServer.offeringAll());
		FeaturesView view = features();
		selectSummary(view, "cad_base");
		UiTestSupport.waitUntil("the served devices", () -> view.servedTable().items().size() == 2);
		Table served = view.servedTable().table();
		assertEquals(List.of("Device ID", "Device ID Type", "Device Type", "Device Alias", "Count Used", "Reserved", "Kind",
				"Device Expiry"), FeaturesViewTest.columns(served));
		view.servedTable().sortBy(0, true);
		assertEquals(List.of("5C60BA1F4E27A0D31C88", "STRING", "PHYSICAL", "", "2", "0", "CONCURRENT"),
				FeaturesViewTest.row(served, 0).subList(0, 7));
		assertEquals(List.of("9E2D77C0B4A1", "ETHERNET", "VIRTUAL", "", "1", "1", "CONCURRENT"),
				FeaturesViewTest.row(served, 1).subList(0, 7));
		assertEquals("", missingLine(view), "this server offers every part the view uses");
		assertTrue(server.seen.contains("/api/1.0/instances/~/features/41/clients"), server.seen.toString());
		screenshot(view, "features-real-server.png");

		PropertiesViewTest.showProperties(view.getSite().getPage());
		view.getSite().getPage().activate(view);
		served.setSelection(0);
		served.notifyListeners(SWT.Selection, new Event());
		Map<String, String> usage = PropertiesViewTest.propertiesOf(view);
		assertEquals("2", usage.get("Count used"));
		assertEquals("0", usage.get("Reserved count"));
		assertEquals("CONCURRENT", usage.get("Kind of use"));
		assertEquals("5C60BA1F4E27A0D31C88 (STRING)", usage.get("Device"));
		Map<String, String> device = PropertiesViewTest.expand(view, "Device");
		assertEquals("PHYSICAL", device.get("Device type"));
		assertEquals("0050568A3C1D (ETHERNET)", device.get("Server hostid"));
		assertEquals("no", device.get("Trusted device"));
		assertEquals("REQUEST", device.get("Last operation"));
		assertEquals("c0ffee01-4b2a-4d8e-9f10-2a3b4c5d6e7f", device.get("Correlation ID"));
	}

	@Test
	void featuresWithoutSummariesOrUsageRecords() throws Exception {
		serve(StandInServer.offering(Part.HEALTH, Part.FEATURES, Part.CLIENTS));
		FeaturesView view = features();
		assertEquals(List.of("cad_base", "render_farm"), view.summaryTable().table().items().stream().map(FeatureSummary::name).toList());
		assertEquals(List.of("cad_base", "2.0", "25", "4", "21"), FeaturesViewTest.row(view.summaryTable().table().table(), 0).subList(0, 5),
				"added up from records 41 and 42");
		assertEquals("This server has no feature summaries; the Summary tab is computed from the feature records.", missingLine(view));
		selectSummary(view, "cad_base");
		UiTestSupport.waitUntil("the line about the devices", () -> missingLine(view).contains("devices a feature serves"));
		assertEquals("This server has no feature summaries; the Summary tab is computed from the feature records. "
				+ "This server has no list of the devices a feature serves; a feature's details cannot show them.", missingLine(view));
		assertTrue(view.servedTable().items().isEmpty());
		screenshot(view, "features-older-server.png");
	}

	@Test
	void devicesWithoutWhatTheyHold() throws Exception {
		serve(StandInServer.offering(Part.HEALTH, Part.FEATURES, Part.CLIENTS));
		DevicesView view = devices();
		Table table = view.devicesTable().table().table();
		view.devicesTable().table().sortBy(0, true);
		assertEquals(List.of("5C60BA1F4E27A0D31C88", "STRING", "PHYSICAL", "ws-design-07", "NORMAL", ""),
				FeaturesViewTest.row(table, 0).subList(0, 6), "what a device holds is not shown as 0 when the server does not say");
		assertEquals("Its device records do not list what each device holds: it is looked up when you select a device.",
				missingLine(view));
		selectDevice(view, 3112);
		UiTestSupport.waitUntil("the line about the lookup", () -> missingLine(view).startsWith("This server has no list"));
		assertEquals("This server has no list of the devices a feature serves; what a device holds cannot be shown. "
				+ "Its device records do not list what each device holds: it is looked up when you select a device.", missingLine(view));
		assertEquals("VIRTUAL", view.detailValues().get("Device Type"));
		assertEquals("VM-4C1F-88A2 (VM_UUID)", view.detailValues().get("Hostid on Record"));
		assertEquals("0050568A3C1D (ETHERNET)", view.detailValues().get("Server Hostid"));
		assertEquals("yes", view.detailValues().get("Trusted"));
		assertEquals("REQUEST", view.detailValues().get("Last Operation"));
		assertTrue(view.consumedTable().items().isEmpty());
		screenshot(view, "devices-older-server.png");
		Map<String, String> properties = PropertiesViewTest.propertiesOf(view);
		assertEquals("VM-4C1F-88A2 (VM_UUID)", properties.get("Hostid on record"));
		assertEquals("yes", properties.get("Trusted device"));
		assertEquals("VM_UUID:VM-4C1F-88A2", properties.get("Collected hostids"));
		assertTrue(!properties.containsKey("Features listed"), "how the record was read is not a property: " + properties.keySet());
	}

	@Test
	void devicesHoldingsAreLookedUpInTheUsageRecords() throws Exception {
		serve(StandInServer.offeringAll());
		DevicesView view = devices();
		selectDevice(view, 3107);
		UiTestSupport.waitUntil("what it holds", () -> view.consumedTable().items().size() == 1);
		assertEquals(List.of("cad_base", "2.0", "2"), FeaturesViewTest.row(view.consumedTable().table(), 0).subList(0, 3));
		assertEquals("Its device records do not list what each device holds: it is looked up when you select a device.",
				missingLine(view));
	}

	@Test
	void poolsMadeFromTheFeatureRecords() throws Exception {
		serve(StandInServer.offering(Part.HEALTH, Part.FEATURES, Part.CLIENTS));
		PoolsView view = (PoolsView) page.showView(SeatkeeperUi.POOLS_VIEW_ID);
		view.refresh();
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.waitUntil("the pools", () -> view.current() != null);
		Tree tree = view.poolsViewer().getTree();
		assertEquals(1, tree.getItemCount());
		assertTrue(tree.getItem(0).getText(0).startsWith("Default pool"), tree.getItem(0).getText(0));
		assertEquals(List.of("cad_base", "cad_base", "render_farm"),
				Arrays.stream(tree.getItem(0).getItems()).map(i -> i.getText(0)).toList());
		assertEquals("31", tree.getItem(0).getText(3), "every count (20 + 5 + 8) but the 2 reserved");
		assertEquals("This server has no model definition; the Model tab cannot show one. "
				+ "This server has no license pools; the default pool is made from the feature records.", missingLine(view));
		assertNull(view.current().model());
		screenshot(view, "pools-older-server.png");
	}
}
