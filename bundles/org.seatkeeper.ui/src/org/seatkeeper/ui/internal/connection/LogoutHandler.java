package org.seatkeeper.ui.internal.connection;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;

/** "Log Out": forgets the login; the next request asks for one. */
public class LogoutHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		PlatformUI.getWorkbench().getService(ServerConnections.class).logOut();
		return null;
	}
}
