package org.seatkeeper.ui.internal.connection;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Asks for a login with the {@link LoginDialog}, from the Job that needs it: the Job waits while the
 * dialog is open on the UI thread (the UI thread itself never waits).
 */
final class DialogLoginPrompt implements LoginPrompt {

	private final IWorkbench workbench;

	DialogLoginPrompt(IWorkbench workbench) {
		this.workbench = workbench;
	}

	@Override
	public Optional<Answer> ask(String server, String problem, String user) {
		Display display = workbench.getDisplay();
		if (display.isDisposed() || workbench.isClosing()) {
			return Optional.empty();
		}
		AtomicReference<Answer> answer = new AtomicReference<>();
		Runnable open = () -> {
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			Shell parent = window == null ? display.getActiveShell() : window.getShell();
			LoginDialog dialog = new LoginDialog(parent, server, problem, user);
			if (dialog.open() == LoginDialog.OK) {
				answer.set(dialog.answer());
			}
		};
		if (Display.getCurrent() == display) {
			open.run();
		} else {
			display.syncExec(open);
		}
		return Optional.ofNullable(answer.get());
	}
}
