package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;

/** The window the Seatkeeper application opens: title, perspective, menus without IDE clutter. */
class WorkbenchWindowTest {

	private IWorkbenchWindow window;

	@BeforeEach
	void activeWindow() {
		window = UiTestSupport.waitFor("the workbench window", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		window.getActivePage().resetPerspective();
		UiTestSupport.processEvents();
	}

	@Test
	void windowShowsTheLicenseServerPerspectiveWithTheAboutView() {
		assertEquals("Seatkeeper", window.getShell().getText());
		IWorkbenchPage page = window.getActivePage();
		assertEquals(SeatkeeperUi.PERSPECTIVE_ID, page.getPerspective().getId());
		assertEquals("License Server", page.getPerspective().getLabel());
		assertNotNull(page.findView(SeatkeeperUi.ABOUT_VIEW_ID), "the About view is open");
	}

	@Test
	void menusHoldOnlySeatkeepersCommands() {
		Shell shell = window.getShell();
		Menu bar = shell.getMenuBar();
		assertEquals(List.of("File", "License Server", "Window", "Help"), labels(bar.getItems()));
		assertEquals(FILE_MENU, labels(shown(bar.getItems()[0])));
		assertEquals(LICENSE_SERVER_MENU, labels(shown(bar.getItems()[1])));
		assertEquals(List.of("Show View", "Reset Perspective...", "Preferences..."), labels(shown(bar.getItems()[2])));
		// key assist (Ctrl+Shift+L) is worth keeping: it lists every shortcut of the window
		assertEquals(List.of("Show Active Keybindings...", "Seatkeeper User Guide", "About Seatkeeper"), labels(shown(bar.getItems()[3])));
	}

	static final List<String> FILE_MENU = List.of("New", "Open File\u2026", "Open Recent", "Save", "Save As...", "Close Editor",
			"Close All Editors", "Exit");

	/** Show View lists the perspective's views in alphabetical order. */
	static final List<String> SHOW_VIEW_MENU = List.of("About", "Alerts", "Cross-Version Signatures", "Devices", "Features", "Fleet Overview",
			"License Server Properties", "License Servers", "Named License Pools", "Offline Exchanges", "Peak Report", "Properties", "Reservations",
			"Usage History", "Other...");

	static final List<String> LICENSE_SERVER_MENU = List.of("License Servers", "Fleet Overview", "Usage History", "Peak Report", "Alerts", "Features", "Devices", "Reservations", "Named License Pools",
			"License Server Properties", "Refresh", "Offline Server Updates...", "Offline Exchanges", "Upload Client Public Key...", "Log In...",
			"Log Out", "Settings...");

	@Test
	void theToolbarOffersTheWizards() {
		List<String> tips = new java.util.ArrayList<>();
		collectToolTips(window.getShell(), tips);
		assertTrue(tips.contains("Upload a client public key to the license server"), tips.toString());
		assertTrue(tips.contains("Exchange files with the back office: save a request, upload a response"), tips.toString());
	}

	private static void collectToolTips(org.eclipse.swt.widgets.Control control, List<String> tips) {
		if (control instanceof org.eclipse.swt.widgets.ToolBar bar) {
			for (org.eclipse.swt.widgets.ToolItem item : bar.getItems()) {
				tips.add(item.getToolTipText());
			}
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				collectToolTips(child, tips);
			}
		}
	}

	@Test
	void showViewOffersTheServersViews() {
		MenuItem showView = shown(window.getShell().getMenuBar().getItems()[2])[0];
		List<String> views = labels(shown(showView));
		assertEquals(SHOW_VIEW_MENU, views);
	}

	/** The items of a cascade's menu after it has been shown, as the menu is filled when shown. */
	static MenuItem[] shown(MenuItem cascade) {
		Menu menu = cascade.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		UiTestSupport.processEvents();
		MenuItem[] items = menu.getItems();
		menu.notifyListeners(SWT.Hide, new Event());
		return items;
	}

	/** Visible labels without mnemonics and accelerators; separators left out. */
	static List<String> labels(MenuItem[] items) {
		List<String> labels = new ArrayList<>();
		for (MenuItem item : items) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0 && !item.getText().isEmpty()) {
				labels.add(item.getText().replace("&", "").replaceAll("\t.*", ""));
			}
		}
		return labels;
	}
}
