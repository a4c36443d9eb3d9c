package org.seatkeeper.ui.internal.connection;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.seatkeeper.ui.internal.jobs.Background;

/**
 * "Log In…": asks for a login with the dialog and logs in in a Job; a refused login opens the dialog
 * again with the server's reason.
 */
public class LoginHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		logIn(HandlerUtil.getActiveShell(event), PlatformUI.getWorkbench().getService(ServerConnections.class));
		return null;
	}

	public static void logIn(Shell shell, ServerLink connections) {
		ask(shell, connections, null, connections.session().map(s -> s.user()).orElse(""));
	}

	private static void ask(Shell shell, ServerLink connections, String problem, String user) {
		LoginDialog dialog = new LoginDialog(shell, connections.describe(), problem, user);
		if (dialog.open() != LoginDialog.OK) {
			return;
		}
		LoginPrompt.Answer answer = dialog.answer();
		String who = answer.credentials().user();
		Background.work(NLS.bind(Messages.Connection_loggingIn, who), monitor -> connections.logIn(answer.credentials(), answer.remember(), monitor))
				.user().deliverTo(shell)
				.onSuccess(result -> result.notKept().ifPresent(reason -> MessageDialog.openWarning(shell, Messages.Connection_logIn,
						NLS.bind(Messages.Connection_notKept, reason))))
				.onFailure(failure -> ask(shell, connections, failure.message(), who))
				.schedule();
	}
}
