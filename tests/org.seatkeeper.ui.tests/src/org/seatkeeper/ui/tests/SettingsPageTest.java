package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.features.FeaturesView;

/** The Settings page as a user fills it, and the views following it. */
class SettingsPageTest {

	@TempDir
	Path data;
	private TestServer server;
	private PreferenceDialog dialog;

	@BeforeEach
	void start() throws Exception {
		server = new TestServer(data).withFeatures();
	}

	@AfterEach
	void close() throws Exception {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		server.close();
	}

	private Shell openSettings() {
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		dialog = PreferencesUtil.createPreferenceDialogOn(window, SeatkeeperUi.SETTINGS_PAGE_ID, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		UiTestSupport.processEvents();
		return dialog.getShell();
	}

	/** The control right after the label {@code label} (a field editor's field). */
	private static <T extends Control> T after(Shell shell, String label, Class<T> type) {
		Label found = UiTestSupport.find(shell, Label.class, l -> label.equals(l.getText()));
		List<Control> siblings = Arrays.asList(found.getParent().getChildren());
		return type.cast(siblings.get(siblings.indexOf(found) + 1));
	}

	/** The error the page shows in the dialog's message area, or null. */
	private String errorMessage() {
		return ((org.eclipse.jface.preference.IPreferencePage) dialog.getSelectedPage()).getErrorMessage();
	}

	private static Button button(Shell shell, String text) {
		return UiTestSupport.find(shell, Button.class, b -> text.equals(b.getText().replace("&", "")));
	}

	private static void type(Text field, String text) {
		field.setText(text);
		Event key = new Event();
		key.character = text.isEmpty() ? SWT.BS : text.charAt(text.length() - 1);
		field.notifyListeners(SWT.KeyDown, key);
		field.notifyListeners(SWT.KeyUp, key); // field editors check their value as keys are released
		UiTestSupport.processEvents();
	}

	@Test
	void theServerListIsOnThePageAServerAddedThereBecomesCurrentAndTheViewsFollowItsPageSize() throws Exception {
		ServerConnections connections = TestServer.connections();
		TestServer.pointViewsBack();
		TestServer.answerLoginsAs("admin", TestServer.ADMIN_PASSWORD); // as the login dialog would
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		FeaturesView features = (FeaturesView) page.showView(SeatkeeperUi.FEATURES_VIEW_ID);
		features.summaryTable().setFilter("");
		features.detailsTable().setFilter("");
		Shell shell = openSettings();
		Table list = UiTestSupport.find(shell, Table.class, t -> "serverList".equals(t.getData("name")));
		assertEquals(1, list.getItemCount());
		assertEquals("Demo server (current)", list.getItem(0).getText(0).replace("\u2002", " "));

		// Add…: the entry dialog checks as the person types
		List<String> seen = new java.util.ArrayList<>();
		UiTestSupport.whenShell("Add Server", add -> {
			TitleAreaDialog dialog = (TitleAreaDialog) add.getData();
			Text name = UiTestSupport.find(add, Text.class, t -> "name".equals(t.getData("name")));
			Text address = UiTestSupport.find(add, Text.class, t -> "address".equals(t.getData("name")));
			Button ok = button(add, "OK");
			seen.add(dialog.getErrorMessage() + " / " + ok.isEnabled());
			name.setText("DEMO SERVER");
			address.setText("127.0.0.1:" + server.port());
			seen.add(dialog.getErrorMessage() + " / " + ok.isEnabled());
			name.setText("Lab");
			address.setText("ftp://127.0.0.1");
			seen.add(dialog.getErrorMessage() + " / " + ok.isEnabled());
			address.setText("127.0.0.1:" + server.port());
			UiTestSupport.find(add, Combo.class, c -> "group".equals(c.getData("name"))).setText("Berlin");
			seen.add(dialog.getErrorMessage() + " / " + ok.isEnabled());
			ok.notifyListeners(SWT.Selection, new Event());
		});
		UiTestSupport.click(button(shell, "Add\u2026"));
		assertEquals(List.of("Give the server a name, as people call it (e.g. \u201cBerlin production\u201d). / false",
				"The list has a server named \u201cDemo server\u201d already: names are told apart regardless of letter case. / false",
				"The address of 'Lab': 'ftp://127.0.0.1' is not an http or https address / false", "null / true"), seen);
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.waitUntil("the list to show the new server", () -> list.getItemCount() == 2);
		assertEquals("Lab", list.getItem(1).getText(0));
		assertEquals("Berlin", list.getItem(1).getText(1));
		assertEquals("Berlin", connections.listFile().read().find("Lab").orElseThrow().group(), "written to servers.json");

		list.setSelection(1);
		list.notifyListeners(SWT.Selection, new Event());
		UiTestSupport.click(button(shell, "Make Current"));
		assertEquals("Lab", connections.currentName());
		type(after(shell, "Records per p&age (0: the most a page holds, 5,000):", Text.class), "abc");
		assertTrue(errorMessage().startsWith("Records per page is a whole number from 0 to"));
		type(after(shell, "Records per p&age (0: the most a page holds, 5,000):", Text.class), "2");
		assertEquals(null, errorMessage());
		shell.setSize(960, 680);
		UiTestSupport.screenshot(shell, Screenshots.file("settings-page.png"));
		UiTestSupport.click(button(shell, "Apply and Close"));

		assertEquals(2, connections.settings().pageSize());
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.waitUntil("the features of the server on the network, two per page",
				() -> features.summaryTable().paging().text().equals("Records 1\u20132 of 3   \u00b7   Page 1 of 2"));
		assertEquals("Features \u2013 Lab", features.getPartName(), "the view's title names its server");
	}

	@Test
	void theSettingsCanBeChangedWhileTheServerCannotBeReached() throws Exception {
		server.connect(50);
		server.stop();
		Shell shell = openSettings();
		type(after(shell, "Records per p&age (0: the most a page holds, 5,000):", Text.class), "25");
		UiTestSupport.click(button(shell, "Apply and Close"));
		assertEquals(25, TestServer.connections().settings().pageSize());
	}
}
