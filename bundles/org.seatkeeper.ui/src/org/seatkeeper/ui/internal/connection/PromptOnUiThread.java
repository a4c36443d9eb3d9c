package org.seatkeeper.ui.internal.connection;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Opens a dialog for a Job that needs a person's answer: the Job waits while the dialog is open on the UI
 * thread (the UI thread itself never waits). While the workbench closes, nobody is asked.
 */
final class PromptOnUiThread {

	private PromptOnUiThread() {
	}

	/** What {@code dialog} answers, opened over the active window; {@code none} when nobody can be asked. */
	static <T> T ask(IWorkbench workbench, Function<Shell, T> dialog, T none) {
		Display display = workbench.getDisplay();
		if (display.isDisposed() || workbench.isClosing()) {
			return none;
		}
		AtomicReference<T> answer = new AtomicReference<>(none);
		Runnable open = () -> {
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			Shell parent = window == null ? display.getActiveShell() : window.getShell();
			answer.set(dialog.apply(parent));
		};
		if (Display.getCurrent() == display) {
			open.run();
		} else {
			display.syncExec(open);
		}
		return answer.get();
	}
}
