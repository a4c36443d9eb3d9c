package org.seatkeeper.ui.internal.wizards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.seatkeeper.core.offline.ExchangeHistory;
import org.seatkeeper.ui.internal.connection.ServerConnections;

/** "Offline Server Updates...": the offline exchange wizard. */
public class OfflineExchangeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		OfflineExchangeWizard wizard = new OfflineExchangeWizard(PlatformUI.getWorkbench().getService(ServerConnections.class),
				PlatformUI.getWorkbench().getService(ExchangeHistory.class));
		new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
		return null;
	}
}
