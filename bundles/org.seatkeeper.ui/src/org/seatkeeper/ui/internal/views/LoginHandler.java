package org.seatkeeper.ui.internal.views;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.connection.LoginDialog;
import org.seatkeeper.ui.internal.connection.LoginPrompt;
import org.seatkeeper.ui.internal.connection.ServerConnections;

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

	static void logIn(Shell shell, ServerConnections connections) {
		ask(shell, connections, null, connections.session().map(s -> s.user()).orElse(""));
	}

	private static void ask(Shell shell, ServerConnections connections, String problem, String user) {
		LoginDialog dialog = new LoginDialog(shell, connections.describe(), problem, user);
		if (dialog.open() != LoginDialog.OK) {
			return;
		}
		LoginPrompt.Answer answer = dialog.answer();
		Job job = new Job("Logging in as " + answer.credentials().user()) {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				try {
					ServerConnections.LoginResult result = connections.logIn(answer.credentials(), answer.remember(), monitor);
					result.notKept().ifPresent(reason -> shell.getDisplay().asyncExec(() -> MessageDialog.openWarning(shell,
							"Log In", "You are logged in, but the login could not be kept in Secure Storage: " + reason)));
				} catch (ServerException e) {
					if (!shell.isDisposed()) {
						shell.getDisplay().asyncExec(() -> {
							if (!shell.isDisposed()) {
								ask(shell, connections, e.getMessage(), answer.credentials().user());
							}
						});
					}
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == SeatkeeperUi.JOB_FAMILY;
			}
		};
		job.setUser(true);
		job.schedule();
	}
}
