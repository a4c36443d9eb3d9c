package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
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
import org.seatkeeper.ui.internal.connection.ConnectionSettings;
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
	void pointingTheViewsAtAServerOnTheNetworkWithItsOwnPageSize() throws Exception {
		ServerConnections.store(ConnectionSettings.DEFAULTS);
		TestServer.answerLoginsAs("admin", TestServer.ADMIN_PASSWORD); // as the login dialog would
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		FeaturesView features = (FeaturesView) page.showView(SeatkeeperUi.FEATURES_VIEW_ID);
		features.summaryTable().setFilter("");
		features.detailsTable().setFilter("");
		Shell shell = openSettings();

		Text host = after(shell, "&Host name or address:", Text.class);
		Text port = after(shell, "&Port (default 7070):", Text.class);
		assertFalse(host.isEnabled(), "the host is for a server on the network only");
		assertEquals("7070", port.getText());
		Button network = button(shell, "A license server on the network:");
		network.setSelection(true);
		button(shell, "Embedded demo server (runs inside Seatkeeper, on this computer only)").setSelection(false);
		network.notifyListeners(SWT.Selection, new Event());
		UiTestSupport.processEvents();
		assertTrue(host.isEnabled() && port.isEnabled(), "a server on the network asks for its host and port");

		Button apply = button(shell, "Apply and Close");
		type(port, "70000");
		assertFalse(apply.isEnabled(), "a port out of range cannot be applied");
		assertEquals("The port is a whole number from 1 to 65535.", errorMessage());
		type(host, "");
		type(port, Integer.toString(server.port()));
		assertEquals("Give the host name or IP address of the license server.", errorMessage());
		type(host, "127.0.0.1");
		type(after(shell, "Records per p&age (0: the most a page holds, 5,000):", Text.class), "abc");
		assertTrue(errorMessage().startsWith("Records per page is a whole number from 0 to"));
		type(after(shell, "Records per p&age (0: the most a page holds, 5,000):", Text.class), "2");
		assertEquals(null, errorMessage());
		assertTrue(apply.isEnabled());
		shell.setSize(960, 600);
		UiTestSupport.screenshot(shell, Screenshots.file("settings-page.png"));
		UiTestSupport.click(apply);

		ConnectionSettings saved = TestServer.connections().settings();
		assertEquals("127.0.0.1", saved.host());
		assertEquals(server.port(), saved.port());
		assertEquals(2, saved.pageSize());
		assertFalse(saved.embedded());
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.waitUntil("the features of the server on the network, two per page",
				() -> features.summaryTable().paging().text().equals("Records 1\u20132 of 3   \u00b7   Page 1 of 2"));
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
