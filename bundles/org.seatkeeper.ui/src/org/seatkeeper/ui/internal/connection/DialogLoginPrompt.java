package org.seatkeeper.ui.internal.connection;

import java.util.Optional;

import org.eclipse.ui.IWorkbench;

/** Asks for a login with the {@link LoginDialog}, from the Job that needs it ({@link PromptOnUiThread}). */
final class DialogLoginPrompt implements LoginPrompt {

	private final IWorkbench workbench;

	DialogLoginPrompt(IWorkbench workbench) {
		this.workbench = workbench;
	}

	@Override
	public Optional<Answer> ask(String server, String problem, String user) {
		return PromptOnUiThread.ask(workbench, shell -> {
			LoginDialog dialog = new LoginDialog(shell, server, problem, user);
			return dialog.open() == LoginDialog.OK ? Optional.of(dialog.answer()) : Optional.<Answer>empty();
		}, Optional.empty());
	}
}
