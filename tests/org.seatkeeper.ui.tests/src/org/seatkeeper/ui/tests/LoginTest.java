package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.client.Session;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.features.FeaturesView;

/** The Log In dialog as a user fills it: a wrong password, the server's reason, then the right one. */
class LoginTest {

	@TempDir
	Path data;
	private TestServer server;
	private FeaturesView view;

	@BeforeEach
	void open() throws Exception {
		server = new TestServer(data).withFeatures();
		server.createReader();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		view = (FeaturesView) page.showView(SeatkeeperUi.FEATURES_VIEW_ID);
		server.connect(50);
	}

	@AfterEach
	void close() throws Exception {
		server.close();
	}

	/** The view's own controls: the composite above its tables that holds the header too. */
	private Composite viewRoot() {
		Control control = view.summaryTable().table().table();
		while (!(control.getParent() instanceof Composite parent)
				|| UiTestSupport.findAll(parent, Button.class, b -> "Log In\u2026".equals(b.getText())).isEmpty()) {
			control = control.getParent();
		}
		return control.getParent();
	}

	private static String shown(Shell shell) {
		StringBuilder text = new StringBuilder();
		UiTestSupport.findAll(shell, Label.class, l -> true).forEach(l -> text.append(l.getText()).append('\n'));
		UiTestSupport.findAll(shell, Text.class, t -> (t.getStyle() & SWT.PASSWORD) == 0).forEach(t -> text.append(t.getText()).append('\n'));
		return text.toString();
	}

	private static Button logInButton(Shell shell) {
		return UiTestSupport.find(shell, Button.class, b -> "Log In".equals(b.getText()));
	}

	private static Text field(Shell shell, String name) {
		return UiTestSupport.find(shell, Text.class, t -> name.equals(t.getData("name")));
	}

	@Test
	void aRefusedLoginAsksAgainWithTheServersReasonAndTheRolesAreShownAfterwards() {
		Composite root = viewRoot();
		Label header = UiTestSupport.find(root, Label.class, l -> "server".equals(l.getData("name")));
		assertTrue(header.getText().contains("Logged in as admin ("), header.getText());

		List<String> first = new ArrayList<>();
		String[] second = new String[1];
		UiTestSupport.whenShell("Log In", dialog -> {
			Text user = field(dialog, "user");
			first.add(user.getText());
			first.add(shown(dialog));
			Button remember = UiTestSupport.find(dialog, Button.class, b -> "remember".equals(b.getData("name")));
			assertEquals("&Remember this login in Secure Storage", remember.getText());
			assertFalse(remember.getSelection(), "nothing is kept unless the user asks");
			first.add("ok enabled with no password: " + logInButton(dialog).isEnabled());
			user.setText("reader");
			field(dialog, "password").setText("not-the-password");
			first.add("ok enabled with both: " + logInButton(dialog).isEnabled());
			UiTestSupport.whenShell("Log In", again -> {
				second[0] = shown(again);
				assertEquals("reader", field(again, "user").getText());
				UiTestSupport.screenshot(again, Screenshots.file("login-dialog.png"));
				field(again, "password").setText(TestServer.READER_PASSWORD);
				logInButton(again).notifyListeners(SWT.Selection, new Event());
			});
			logInButton(dialog).notifyListeners(SWT.Selection, new Event());
		});
		UiTestSupport.click(UiTestSupport.find(root, Button.class, b -> "Log In\u2026".equals(b.getText())));

		UiTestSupport.waitUntil("the login as reader", () -> TestServer.connections().session().map(Session::user).equals(Optional.of("reader")));
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.waitUntil("the header to name the reader", () -> header.getText().contains("Logged in as reader (Read)"));

		assertEquals("admin", first.get(0), "the current user is proposed");
		assertTrue(first.get(1).contains("Log in to Test server (127.0.0.1:" + server.port() + ", HTTP)"), first.get(1));
		assertEquals("ok enabled with no password: false", first.get(2));
		assertEquals("ok enabled with both: true", first.get(3));
		assertTrue(second[0].contains("The server refused the user name or password (user reader)"), "the reason, in words: " + second[0]);
		assertFalse(second[0].contains("BadCredentialsException"), "the server's Java exception names are not shown: " + second[0]);
		assertFalse(second[0].contains("not-the-password"), "a password is never shown");
	}
}
