package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.testing.server.TestLicenseServer;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.features.FeaturesView;

/** The Features view against the embedded server with known features, as a user sees it. */
class FeaturesViewTest {

	@TempDir
	Path data;
	private TestServer server;
	private FeaturesView view;

	@BeforeEach
	void open() throws Exception {
		server = new TestServer(data).withFeatures();
		server.checkout("dev-a", "[{\"name\":\"f1\",\"version\":\"1.0\",\"count\":2}]");
		server.checkout("dev-b", "[{\"name\":\"f1\",\"version\":\"1.0\",\"count\":1},{\"name\":\"f2\",\"version\":\"2.0\",\"count\":1}]");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		view = (FeaturesView) page.showView(SeatkeeperUi.FEATURES_VIEW_ID);
		// the view keeps what the user chose while it is open: start each test from a fresh choice
		view.searchField().setText("");
		view.searchField().notifyListeners(SWT.DefaultSelection, new Event());
		view.filterField().setText("");
		view.summaryTable().table().sortBy(0, true);
		view.detailsTable().table().sortBy(0, true);
		view.tabs().setSelection(0);
		server.connect(2);
		UiTestSupport.waitUntil("the features", () -> view.current() != null && view.detailsTable().all().size() == 4);
	}

	@AfterEach
	void close() throws Exception {
		server.close();
	}

	static List<String> row(Table table, int index) {
		TableItem item = table.getItem(index);
		List<String> cells = new java.util.ArrayList<>();
		for (int i = 0; i < table.getColumnCount(); i++) {
			cells.add(item.getText(i));
		}
		return cells;
	}

	static List<String> columns(Table table) {
		return java.util.Arrays.stream(table.getColumns()).map(c -> c.getText()).toList();
	}

	@Test
	void summaryAddsUpTheRecordsOfEachFeatureWithTheGuidesColumns() {
		Table table = view.summaryTable().table().table();
		assertEquals(List.of("Feature", "Version", "Total Count", "Total Used", "Total Available", "First Expiration",
				"Last Expiration", "Total Overdraft", "Metered", "Counted", "Use (24 h)"), columns(table), "the guide's columns, then the last day's use");
		assertEquals(2, table.getItemCount(), "page size 2");
		assertEquals(List.of("f1", "1.0", "15", "3", "12", TestLicenseServer.SOON.toString(), "permanent", "0", "false", "true", ""), row(table, 0));
		assertEquals(List.of("f2", "2.0", "4", "1", "3", "permanent", "permanent", "2", "false", "true", ""), row(table, 1));
		assertEquals("Records 1\u20132 of 3   \u00b7   Page 1 of 2", view.summaryTable().paging().text());
		assertNotNull(table.getItem(0).getImage(5), "f1 ends within 30 days: marked");
		assertNull(table.getItem(1).getImage(5), "f2 is permanent: not marked");
	}

	@Test
	void pagingMovesThroughTheRecords() {
		UiTestSupport.click(UiTestSupport.find(view.summaryTable().control(), org.eclipse.swt.widgets.Button.class,
				b -> "Next page".equals(b.getData("name"))));
		Table table = view.summaryTable().table().table();
		assertEquals(1, table.getItemCount());
		assertEquals("f3", row(table, 0).get(0));
		assertEquals("Records 3\u20133 of 3   \u00b7   Page 2 of 2", view.summaryTable().paging().text());
	}

	@Test
	void searchKeepsTheExactFeatureNameAndTheFilterNarrowsAsOneTypes() {
		view.searchField().setText("f");
		view.searchField().notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals(0, view.detailsTable().page().total(), "search wants the exact and complete name");
		view.searchField().setText("f1");
		view.searchField().notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals(2, view.detailsTable().page().total());
		assertEquals(1, view.summaryTable().page().total());
		view.searchField().setText("");
		view.searchField().notifyListeners(SWT.DefaultSelection, new Event());
		view.filterField().setText("ACT-F2");
		assertEquals(1, view.detailsTable().page().total());
		assertEquals("f2", view.detailsTable().page().items().get(0).name());
		view.filterField().setText("");
		assertEquals(4, view.detailsTable().page().total());
	}

	@Test
	void detailsShowTheRecordAndTheDevicesItServes() {
		view.tabs().setSelection(1);
		Table details = view.detailsTable().table().table();
		assertEquals(List.of("Feature", "Version", "Count", "Used", "Available", "Reserved", "Overdraft", "Overage", "Expiry", "Start Date", "Type",
				"Activation ID", "Vendor String"), columns(details));
		// the record of f2: the 3rd of 4 in server order, page size 2
		UiTestSupport.click(UiTestSupport.find(view.detailsTable().control(), org.eclipse.swt.widgets.Button.class,
				b -> "Next page".equals(b.getData("name"))));
		Feature f2 = view.detailsTable().page().items().stream().filter(f -> f.name().equals("f2")).findFirst().orElseThrow();
		details.setSelection(view.detailsTable().page().items().indexOf(f2));
		details.notifyListeners(SWT.Selection, new Event());
		UiTestSupport.waitUntil("the served devices", () -> view.servedTable().items().size() == 1);
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		assertEquals("f2", view.detailValues().get("Feature Name"));
		assertEquals("4", view.detailValues().get("Total Count"));
		assertEquals("1", view.detailValues().get("Used Count"));
		assertEquals("3", view.detailValues().get("Available"));
		assertEquals("vs-f2", view.detailValues().get("Vendor String"));
		assertEquals("permanent", view.detailValues().get("Feature Expiry"));
		assertEquals(java.time.LocalDate.now().minusDays(10).toString(), view.detailValues().get("Start Date"));
		assertEquals("dev-b", view.servedTable().items().get(0).device().hostId().value());
		assertEquals(List.of("dev-b", "STRING"), row(view.servedTable().table(), 0).subList(0, 2));
	}

	@Test
	void sortingByAColumnOrdersEveryPage() {
		view.summaryTable().table().sortBy(2, false); // Total Count, descending
		assertEquals(List.of("f1", "f2"), view.summaryTable().page().items().stream().map(s -> s.name()).toList());
		view.summaryTable().table().sortBy(2, true);
		assertEquals(List.of("f3", "f2"), view.summaryTable().page().items().stream().map(s -> s.name()).toList());
		assertTrue(view.summaryTable().table().table().getSortDirection() == SWT.UP);
	}

	@Test
	void copyPutsTheRowsOnTheClipboardAsTabSeparatedText() {
		view.summaryTable().table().table().setSelection(0);
		view.summaryTable().table().table().setFocus();
		// as Ctrl+C does: the workbench's Copy command, which the view handles
		try {
			view.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class)
					.executeCommand(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_COPY, null);
		} catch (org.eclipse.core.commands.common.CommandException e) {
			throw new AssertionError(e);
		}
		org.eclipse.swt.dnd.Clipboard clipboard = new org.eclipse.swt.dnd.Clipboard(view.summaryTable().table().table().getDisplay());
		try {
			String text = (String) clipboard.getContents(org.eclipse.swt.dnd.TextTransfer.getInstance());
			assertTrue(text.startsWith("Feature\tVersion\tTotal Count"), text);
			assertTrue(text.contains("f1\t1.0\t15\t3\t12\t"), text);
		} finally {
			clipboard.dispose();
		}
	}

	@Test
	void screenshot() {
		view.getSite().getShell().setSize(1280, 800);
		view.summaryTable().table().table().setSelection(0);
		view.summaryTable().table().table().notifyListeners(SWT.Selection, new Event());
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.screenshot(view.getSite().getShell(), Screenshots.file("features-view.png"));
	}
}
