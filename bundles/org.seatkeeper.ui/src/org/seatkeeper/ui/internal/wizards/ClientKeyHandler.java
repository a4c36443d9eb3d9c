package org.seatkeeper.ui.internal.wizards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.seatkeeper.ui.internal.connection.ServerConnections;

/** "Upload Client Public Key...": the wizard, then the server's answer. */
public class ClientKeyHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		ServerConnections connections = PlatformUI.getWorkbench().getService(ServerConnections.class);
		ClientKeyWizard wizard = new ClientKeyWizard(connections);
		if (new WizardDialog(shell, wizard).open() == Window.OK && wizard.uploaded() != null) {
			MessageDialog.openInformation(shell, "Client Public Key", "The server " + connections.describe()
					+ " now checks REST licensing requests with the key of SHA-256 fingerprint\n" + wizard.uploaded().fingerprint());
		}
		return null;
	}
}
