package org.seatkeeper.ui.internal.views;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;
import org.seatkeeper.ui.internal.connection.ServerConnections;

/** "Log Out": forgets the login; the next request asks for one. */
public class LogoutHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		PlatformUI.getWorkbench().getService(ServerConnections.class).logOut();
		return null;
	}
}
