package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.application.LicenseServerPerspective;
import org.seatkeeper.ui.internal.devices.DevicesView;
import org.seatkeeper.ui.internal.features.FeaturesView;

/** The window at 1280×800: the tables get the height, the details pane's split is remembered, no IDE clutter. */
class WindowLayoutTest {

	@TempDir
	Path data;
	private TestServer server;
	private IWorkbenchWindow window;
	private IWorkbenchPage page;

	@BeforeEach
	void smallWindow() throws Exception {
		window = UiTestSupport.waitFor("the workbench window", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		page = window.getActivePage();
		page.closeAllEditors(false);
		Shell shell = window.getShell();
		shell.setMaximized(false);
		shell.setBounds(0, 0, 1280, 800);
		page.resetPerspective();
		UiTestSupport.processEvents();
		server = new TestServer(data).withFeatures();
		server.connect(50);
	}

	@AfterEach
	void close() throws Exception {
		server.close();
	}

	/** How many rows {@code table} shows at once. */
	private static int rowsShown(Table table) {
		return (table.getClientArea().height - table.getHeaderHeight()) / table.getItemHeight();
	}

	/** Once {@code loaded}, the view's table shows at least 15 rows; the window is saved as a picture. */
	private void assertFifteenRows(String view, java.util.function.BooleanSupplier loaded, java.util.function.Supplier<Table> table) {
		UiTestSupport.waitUntil("the " + view, loaded);
		UiTestSupport.processEvents();
		int rows = rowsShown(table.get());
		UiTestSupport.screenshot(window.getShell(), Screenshots.file("window-1280x800-" + view.toLowerCase(java.util.Locale.ROOT) + ".png"));
		assertTrue(rows >= 15, "the " + view + " table shows " + rows + " rows");
	}

	@Test
	void theErrorLogAndThePropertiesStartMinimizedAndTheTablesShowFifteenRows() throws Exception {
		org.eclipse.e4.ui.workbench.modeling.EModelService models = window.getService(org.eclipse.e4.ui.workbench.modeling.EModelService.class);
		org.eclipse.e4.ui.model.application.ui.MUIElement bottom = models.find(LicenseServerPerspective.BOTTOM_FOLDER,
				window.getService(org.eclipse.e4.ui.model.application.ui.basic.MWindow.class));
		assertTrue(bottom.getTags().contains(org.eclipse.e4.ui.workbench.IPresentationEngine.MINIMIZED),
				"the Error Log and the Properties view start minimized: " + bottom.getTags());

		FeaturesView features = (FeaturesView) page.showView(SeatkeeperUi.FEATURES_VIEW_ID);
		assertFifteenRows("Features", () -> features.current() != null, () -> features.summaryTable().table().table());
		DevicesView devices = (DevicesView) page.showView(SeatkeeperUi.DEVICES_VIEW_ID);
		assertFifteenRows("Devices", () -> devices.current() != null, () -> devices.devicesTable().table().table());

		// a device's details in the small lower part: what does not fit can be scrolled to
		server.checkout("dev-a", "[{\"name\":\"f1\",\"version\":\"1.0\",\"count\":2}]");
		devices.refresh();
		UiTestSupport.waitUntil("the device", () -> devices.current() != null && devices.current().size() == 1);
		Table table = devices.devicesTable().table().table();
		table.setSelection(0);
		table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		UiTestSupport.waitUntil("the device's details", () -> !devices.detailValues().isEmpty());
		UiTestSupport.processEvents();
		org.eclipse.swt.custom.ScrolledComposite lower = (org.eclipse.swt.custom.ScrolledComposite) Arrays
				.stream(((SashForm) devices.devicesTable().control().getParent()).getChildren())
				.filter(org.eclipse.swt.custom.ScrolledComposite.class::isInstance).findFirst().orElseThrow();
		int needed = lower.getContent().computeSize(lower.getClientArea().width, org.eclipse.swt.SWT.DEFAULT).y;
		assertEquals(needed, lower.getMinHeight(), "the details' whole height can be scrolled through");
		assertTrue(needed <= lower.getClientArea().height || lower.getVerticalBar().getVisible(),
				"a scroll bar when the details need " + needed + " px and have " + lower.getClientArea().height);
		UiTestSupport.screenshot(window.getShell(), Screenshots.file("window-1280x800-device-details.png"));
	}

	@Test
	void theDetailsSplitAndTheColumnWidthsAreKeptWhenTheViewOpensAgain() throws Exception {
		DevicesView devices = (DevicesView) page.showView(SeatkeeperUi.DEVICES_VIEW_ID);
		UiTestSupport.waitUntil("the devices", () -> devices.current() != null);
		SashForm sash = (SashForm) devices.devicesTable().control().getParent();
		int[] original = sash.getWeights();
		int originalWidth = devices.devicesTable().table().table().getColumn(0).getWidth();
		sash.setWeights(40, 60);
		int[] weights = sash.getWeights();
		Table table = devices.devicesTable().table().table();
		table.getColumn(0).setWidth(333);
		page.hideView(devices);
		UiTestSupport.processEvents();

		DevicesView again = (DevicesView) page.showView(SeatkeeperUi.DEVICES_VIEW_ID);
		UiTestSupport.processEvents();
		Control parent = again.devicesTable().control().getParent();
		assertArrayEquals(weights, ((SashForm) parent).getWeights(), "the split as the person left it");
		assertEquals(333, again.devicesTable().table().table().getColumn(0).getWidth());
		// as it was, for the tests after this one
		((SashForm) parent).setWeights(original);
		again.devicesTable().table().table().getColumn(0).setWidth(originalWidth);
		page.hideView(again);
	}

	@Test
	void thePreferencesHoldNoIdePages() {
		List<String> pages = Arrays.stream(PlatformUI.getWorkbench().getPreferenceManager().getRootSubNodes())
				.map(IPreferenceNode::getLabelText).toList();
		org.eclipse.jface.preference.PreferenceDialog dialog = org.eclipse.ui.dialogs.PreferencesUtil.createPreferenceDialogOn(
				window.getShell(), SeatkeeperUi.SETTINGS_PAGE_ID, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			UiTestSupport.screenshot(dialog.getShell(), Screenshots.file("preferences.png"));
			org.eclipse.swt.widgets.Tree tree = UiTestSupport.find(dialog.getShell(), org.eclipse.swt.widgets.Tree.class, t -> true);
			for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
				org.eclipse.swt.graphics.Rectangle bounds = item.getBounds();
				assertTrue(bounds.x + bounds.width <= tree.getClientArea().width, "'" + item.getText() + "' fits in the tree: " + bounds
						+ " in " + tree.getClientArea());
			}
		} finally {
			dialog.close();
		}
		assertEquals(List.of("General", "Model Editor", "License Server"), pages, "no Version Control (Team)");
	}
}
