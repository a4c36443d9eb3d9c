package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.history.alerts.AlertRules;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.internal.history.HistoryService;
import org.seatkeeper.ui.internal.history.HistorySettings;

/** Settings › History and Alerts as a user fills it: where the history is kept, how often, the alert rules. */
class HistorySettingsPageTest {

	private static final String PAGE = "org.seatkeeper.ui.preferences.history";
	private PreferenceDialog dialog;
	private final HistorySettings settings = HistoryService.of(PlatformUI.getWorkbench()).settings();

	@AfterEach
	void close() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		settings.store("", "", null, HistorySettings.DEFAULT_INTERVAL, AlertRules.DEFAULTS);
	}

	private Shell open() {
		dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), PAGE, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		UiTestSupport.processEvents();
		return dialog.getShell();
	}

	private String error() {
		return ((IPreferencePage) dialog.getSelectedPage()).getErrorMessage();
	}

	private static <T extends org.eclipse.swt.widgets.Control> T named(Shell shell, Class<T> type, String name) {
		return UiTestSupport.find(shell, type, c -> name.equals(c.getData("name")));
	}

	private static void choose(Button radio) {
		for (org.eclipse.swt.widgets.Control sibling : radio.getParent().getChildren()) {
			if (sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0) {
				other.setSelection(other == radio);
			}
		}
		radio.notifyListeners(SWT.Selection, null);
	}

	@Test
	void aSharedDatabaseWantsAPostgreSqlUrlAndTheRulesAndIntervalAreStored() {
		Shell shell = open();
		Button shared = UiTestSupport.find(shell, Button.class, b -> b.getText().startsWith("In a shared PostgreSQL database"));
		Button embedded = UiTestSupport.find(shell, Button.class, b -> b.getText().startsWith("In this computer: "));
		assertTrue(embedded.getSelection(), "the H2 file at first");
		Text url = named(shell, Text.class, "url");
		assertFalse(url.isEnabled());
		choose(shared);
		assertTrue(url.isEnabled());
		assertTrue(error().startsWith("Enter the JDBC URL of the PostgreSQL database"), error());
		url.setText("jdbc:mysql://db/x");
		assertEquals("'jdbc:mysql://db/x' is not a PostgreSQL JDBC URL: it starts with jdbc:postgresql://", error());
		url.setText("jdbc:postgresql://db.example.com/seatkeeper");
		assertNull(error());
		choose(embedded);
		assertNull(error(), "the URL matters only for a shared database");

		named(shell, Spinner.class, "interval").setSelection(30);
		named(shell, Spinner.class, "usePercent").setSelection(80);
		named(shell, Spinner.class, "expiryDays").setSelection(0);
		Button deficit = named(shell, Button.class, "poolDeficit");
		deficit.setSelection(false);
		assertTrue(dialog.getSelectedPage() instanceof IPreferencePage page && page.performOk());
		assertEquals(Duration.ofSeconds(30), settings.interval());
		assertEquals(new AlertRules(0, 80, 15, 5, false, true), settings.rules());
		assertFalse(settings.shared());
		assertTrue(settings.url().startsWith("jdbc:h2:file:"), settings.url());
	}

	@Test
	void testConnectionOpensTheDatabaseAsTypedAndSaysWhatItFound() {
		Shell shell = open();
		UiTestSupport.click(UiTestSupport.find(shell, Button.class, b -> "test".equals(b.getData("name"))));
		Label tested = named(shell, Label.class, "tested");
		UiTestSupport.waitUntil("the test's answer", () -> tested.getText().startsWith("Opened: schema version 2"));
		choose(UiTestSupport.find(shell, Button.class, b -> b.getText().startsWith("In a shared PostgreSQL database")));
		named(shell, Text.class, "url").setText("jdbc:postgresql://127.0.0.1:9/nowhere");
		UiTestSupport.click(UiTestSupport.find(shell, Button.class, b -> "test".equals(b.getData("name"))));
		UiTestSupport.waitUntil("the failure", () -> tested.getText().startsWith("Not opened: "));
	}
}
