package org.seatkeeper.ui.internal.application;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The Seatkeeper application: a workbench with the License Server perspective and none of the IDE's
 * menus. It owns the workspace (the instance location) for as long as it runs.
 */
public class SeatkeeperApplication implements IApplication {

	/** Used when neither {@code -data} nor {@code osgi.instance.area.default} names a workspace. */
	static final Path DEFAULT_WORKSPACE = Path.of(System.getProperty("user.home"), ".seatkeeper", "workspace");

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display display = PlatformUI.createDisplay();
		Location workspace = Platform.getInstanceLocation();
		try {
			if (!lockWorkspace(display, workspace)) {
				return EXIT_OK;
			}
			context.applicationRunning();
			int code = PlatformUI.createAndRunWorkbench(display, new SeatkeeperWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			if (workspace != null && workspace.isLocked()) {
				workspace.release();
			}
			display.dispose();
		}
	}

	/**
	 * Takes the workspace for this run. A workspace in use by another Seatkeeper is not shared: the user
	 * is told which folder is in use and this run ends.
	 */
	private static boolean lockWorkspace(Display display, Location workspace) throws IOException {
		if (workspace == null || workspace.isReadOnly()) {
			return true; // -data @none, or read-only: nothing to protect
		}
		if (!workspace.isSet()) {
			Files.createDirectories(DEFAULT_WORKSPACE);
			URL url = DEFAULT_WORKSPACE.toUri().toURL();
			if (workspace.set(url, true)) {
				return true;
			}
		} else if (workspace.lock()) {
			return true;
		}
		String folder = workspace.getURL() == null ? DEFAULT_WORKSPACE.toString() : workspace.getURL().getFile();
		ILog.of(SeatkeeperApplication.class).warn("Workspace " + folder + " is in use; not starting a second Seatkeeper on it.");
		MessageDialog.openError(null, SeatkeeperWindowAdvisor.TITLE, NLS.bind(Messages.Application_running, folder));
		return false;
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
