package org.seatkeeper.ui.internal.connection;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;
import org.osgi.framework.FrameworkUtil;
import org.seatkeeper.core.fleet.ServerListFile;
import org.seatkeeper.core.offline.ExchangeHistory;
import org.seatkeeper.model.ui.ModelServer;

/**
 * Makes the one {@link ServerConnections} of the workbench (extension {@code org.eclipse.ui.services}),
 * the {@link ModelServer} that offers it to the model-definition editor, and the {@link ExchangeHistory}.
 * Windows and parts that ask get the workbench's (it is kept in the workbench's context), so every view
 * shares the same list and current server; it is disposed when the workbench has closed, which stops the embedded server.
 */
public class ServerConnectionsFactory extends AbstractServiceFactory {

	@Override
	public Object create(@SuppressWarnings("rawtypes") Class serviceInterface, IServiceLocator parentLocator,
			IServiceLocator locator) {
		if (serviceInterface == ModelServer.class) {
			// the model-definition editor's view of the same server
			IEclipseContext context = PlatformUI.getWorkbench().getService(IEclipseContext.class);
			ModelServer existing = context.get(ModelServer.class);
			if (existing == null) {
				existing = new ConnectionsModelServer(PlatformUI.getWorkbench().getService(ServerConnections.class));
				context.set(ModelServer.class, existing);
			}
			return existing;
		}
		if (serviceInterface == ExchangeHistory.class) {
			// the history of offline exchanges, kept in the workspace's state
			IEclipseContext context = PlatformUI.getWorkbench().getService(IEclipseContext.class);
			ExchangeHistory existing = context.get(ExchangeHistory.class);
			if (existing == null) {
				Path state = Platform.getStateLocation(FrameworkUtil.getBundle(getClass())).toPath();
				existing = new ExchangeHistory(state.resolve("offline-exchanges.json"));
				context.set(ExchangeHistory.class, existing);
			}
			return existing;
		}
		if (serviceInterface != ServerConnections.class) {
			return null;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		// one for the whole workbench, kept in its context: windows and parts asking later find it there
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		ServerConnections existing = context.get(ServerConnections.class);
		if (existing != null) {
			return existing;
		}
		Path state = Platform.getStateLocation(FrameworkUtil.getBundle(getClass())).toPath();
		// the list the command line shares: ~/.seatkeeper/servers.json, or the file SEATKEEPER_SERVERS names
		ServerConnections connections = new ServerConnections(ServerConnections.preferenceNode(), ServerListFile.of(System.getenv()),
				state.resolve("demo-server"), SecureCredentials.ofDefault());
		connections.setPrompt(new DialogLoginPrompt(workbench));
		connections.setTrustPrompt(new DialogTrustPrompt(workbench));
		context.set(ServerConnections.class, connections);
		workbench.addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench closing, boolean forced) {
				return true;
			}

			@Override
			public void postShutdown(IWorkbench closed) {
				connections.dispose();
			}
		});
		return connections;
	}
}
