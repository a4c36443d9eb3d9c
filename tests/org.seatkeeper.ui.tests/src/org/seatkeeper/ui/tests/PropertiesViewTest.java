package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.domain.Device;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.devices.DevicesView;
import org.seatkeeper.ui.internal.features.FeaturesView;
import org.seatkeeper.ui.internal.properties.RecordProperties;
import org.seatkeeper.ui.internal.reservations.AddReservationsDialog;
import org.seatkeeper.ui.internal.reservations.ReservationsView;

/** The records selected in the views are shown in the workbench's Properties view. */
class PropertiesViewTest {

	@TempDir
	Path data;
	private TestServer server;
	private IWorkbenchPage page;

	@BeforeEach
	void open() throws Exception {
		server = new TestServer(data).withFeatures();
		server.checkout("dev-a", "[{\"name\":\"f1\",\"version\":\"1.0\",\"count\":2}]");
		server.checkout("dev-b", "[{\"name\":\"f1\",\"version\":\"1.0\",\"count\":1},{\"name\":\"f2\",\"version\":\"2.0\",\"count\":1}]");
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void close() throws Exception {
		server.close();
	}

	/**
	 * Shows the Properties view beside {@code part} (which stays active) and answers its rows, label to value,
	 * once it shows the part's selection.
	 */
	/**
	 * Shows the Properties view as a person does before selecting what to look at: its stack starts minimized, and a
	 * click on it in the window's trim brings it back.
	 */
	static PropertySheet showProperties(IWorkbenchPage page) throws PartInitException {
		PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		page.setPartState(page.findViewReference(IPageLayout.ID_PROP_SHEET), IWorkbenchPage.STATE_RESTORED);
		UiTestSupport.processEvents();
		return sheet;
	}

	static Map<String, String> propertiesOf(IWorkbenchPart part) throws PartInitException {
		IWorkbenchPage page = part.getSite().getPage();
		PropertySheet sheet = showProperties(page);
		page.activate(part);
		UiTestSupport.waitUntil("the Properties view to show the selection",
				() -> sheet.getCurrentPage().getControl() instanceof Tree tree && tree.getItemCount() > 0);
		Map<String, String> shown = new LinkedHashMap<>();
		for (TreeItem item : ((Tree) sheet.getCurrentPage().getControl()).getItems()) {
			shown.put(item.getText(0), item.getText(1));
		}
		return shown;
	}

	/** Selects row {@code index} as a click on it would. */
	private static void select(Table table, int index) {
		table.setSelection(index);
		table.notifyListeners(SWT.Selection, new Event());
		UiTestSupport.processEvents();
	}

	/** Opens a row of the Properties view as a click on its arrow would, and answers its rows. */
	static Map<String, String> expand(IWorkbenchPart part, String label) {
		PropertySheet sheet = (PropertySheet) part.getSite().getPage().findView(IPageLayout.ID_PROP_SHEET);
		Tree tree = (Tree) sheet.getCurrentPage().getControl();
		TreeItem row = java.util.Arrays.stream(tree.getItems()).filter(i -> i.getText(0).equals(label)).findFirst().orElseThrow();
		Event expand = new Event();
		expand.item = row;
		tree.notifyListeners(SWT.Expand, expand);
		row.setExpanded(true);
		UiTestSupport.processEvents();
		Map<String, String> shown = new LinkedHashMap<>();
		for (TreeItem item : row.getItems()) {
			shown.put(item.getText(0), item.getText(1));
		}
		return shown;
	}

	@Test
	void aSelectedDeviceShowsItsValuesAndTheFeaturesItConsumes() throws Exception {
		DevicesView view = (DevicesView) page.showView(SeatkeeperUi.DEVICES_VIEW_ID);
		server.connect(50);
		UiTestSupport.waitUntil("the devices", () -> view.current() != null && view.current().size() == 2);
		Table table = view.devicesTable().table().table();
		List<Device> items = view.devicesTable().table().items();
		select(table, items.indexOf(items.stream().filter(d -> d.hostId().value().equals("dev-b")).findFirst().orElseThrow()));

		Map<String, String> shown = propertiesOf(view);
		assertEquals("dev-b (STRING)", shown.get("Device ID"));
		assertEquals("dev-b.example.com", shown.get("Host name"));
		assertEquals("2 features", shown.get("Features"));
		assertTrue(shown.get("Expiry").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"), shown.get("Expiry"));
		Map<String, String> features = expand(view, "Features");
		assertEquals(List.of("[1] f1 1.0", "[2] f2 2.0"), features.keySet().stream().sorted().toList());
		view.getSite().getShell().setSize(1280, 860);
		UiTestSupport.screenshot(view.getSite().getShell(), Screenshots.file("properties-view.png"));

		// another device: the Properties view follows the selection
		select(table, items.indexOf(items.stream().filter(d -> d.hostId().value().equals("dev-a")).findFirst().orElseThrow()));
		UiTestSupport.waitUntil("dev-a in the Properties view", () -> {
			try {
				return "dev-a (STRING)".equals(propertiesOf(view).get("Device ID"));
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		assertEquals("1 feature", propertiesOf(view).get("Features"));
	}

	@Test
	void aSelectedFeatureShowsItsTotals() throws Exception {
		FeaturesView view = (FeaturesView) page.showView(SeatkeeperUi.FEATURES_VIEW_ID);
		server.connect(50);
		UiTestSupport.waitUntil("the features", () -> view.current() != null);
		Table table = view.summaryTable().table().table();
		int f1 = view.summaryTable().table().items().indexOf(view.summaryTable().table().items().stream()
				.filter(f -> f.name().equals("f1")).findFirst().orElseThrow());
		select(table, f1);
		Map<String, String> shown = propertiesOf(view);
		assertEquals("f1", shown.get("Name"));
		assertEquals("3", shown.get("Total used"));
		assertEquals("yes", shown.get("Counted"));
	}

	@Test
	void aReservationRowSaysWhetherItCanBeSatisfiedAndWhetherItIsPending() throws Exception {
		ReservationsView view = (ReservationsView) page.showView(SeatkeeperUi.RESERVATIONS_VIEW_ID);
		server.connect(50);
		UiTestSupport.waitUntil("the reservations", () -> view.current() != null);
		view.addPending(AddReservationsDialog.groups(List.of(new AddReservationsDialog.Entry("eng", "STRING", "dev-z", "f2", "2.0", 1))));
		Table table = view.rowsTable().table().table();
		select(table, 0);
		Map<String, String> shown = propertiesOf(view);
		assertEquals("dev-z", shown.get("Device ID"));
		assertEquals("eng", shown.get("Reservation group"));
		assertEquals("to be added on Submit", shown.get("Pending"));
		assertTrue(shown.get("Status").startsWith("Can be satisfied"), shown.get("Status"));
	}

	@Test
	void labelsAreWordsAndNestedValuesOpen() {
		assertEquals("Host name", RecordProperties.label("hostName"));
		assertEquals("Activation ID", RecordProperties.label("activationId"));
		assertEquals("Feature record ID", RecordProperties.label("featureRecordId"));
		assertEquals("Device ID", RecordProperties.label("hostId"));
		record Dictionary(Map<String, String> vendorDictionary, List<String> tags) {
		}
		RecordProperties properties = RecordProperties.of(new Dictionary(new java.util.TreeMap<>(Map.of("Region", "EMEA", "Unit", "R&D")),
				List.of("one")));
		RecordProperties dictionary = (RecordProperties) properties.getPropertyValue("vendorDictionary");
		assertEquals("2 entries", dictionary.getEditableValue());
		assertEquals("EMEA", dictionary.getPropertyValue("Region"));
		assertEquals("1 tag", ((RecordProperties) properties.getPropertyValue("tags")).getEditableValue());
		assertEquals(2, properties.getPropertyDescriptors().length);
		record Pool(String name, List<Dictionary> slices) {
		}
		RecordProperties pool = RecordProperties.of(new Pool("eng", List.of(new Dictionary(Map.of(), List.of()))));
		assertEquals("1 feature", ((RecordProperties) pool.getPropertyValue("slices")).getEditableValue());
		assertEquals("Features", pool.properties().get(1).label());
	}

	@Test
	void showPropertiesIsOfferedForASelectedRow() throws Exception {
		DevicesView view = (DevicesView) page.showView(SeatkeeperUi.DEVICES_VIEW_ID);
		if (page.findView(IPageLayout.ID_PROP_SHEET) != null) {
			page.hideView(page.findView(IPageLayout.ID_PROP_SHEET));
		}
		server.connect(50);
		UiTestSupport.waitUntil("the devices", () -> view.current() != null && view.current().size() == 2);
		Table table = view.devicesTable().table().table();
		select(table, 0);
		org.eclipse.swt.widgets.Menu menu = table.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		org.eclipse.swt.widgets.MenuItem show = java.util.Arrays.stream(menu.getItems()).filter(i -> i.getText().equals("Show in Properties"))
				.findFirst().orElseThrow();
		show.notifyListeners(SWT.Selection, new Event());
		UiTestSupport.processEvents();
		assertTrue(page.isPartVisible(page.findView(IPageLayout.ID_PROP_SHEET)));
		assertEquals(view, page.getActivePart(), "the Devices view keeps the focus");
		menu.notifyListeners(SWT.Hide, new Event());
	}
}
