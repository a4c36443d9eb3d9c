package org.seatkeeper.ui.internal.application;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
import org.seatkeeper.ui.internal.files.FileHandoff;

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
		Object arguments = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<Path> files = FileHandoff.modelFiles(arguments instanceof String[] given ? given : new String[0]);
		FileHandoff handoff = null;
		try {
			if (!lockWorkspace(display, workspace, files)) {
				return EXIT_OK;
			}
			handoff = listenForFiles(display, workspace);
			context.applicationRunning();
			int code = PlatformUI.createAndRunWorkbench(display, new SeatkeeperWorkbenchAdvisor(files));
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			if (handoff != null) {
				handoff.close();
			}
			if (workspace != null && workspace.isLocked()) {
				workspace.release();
			}
			display.dispose();
		}
	}

	/** The workspace's metadata folder, or null without a workspace. */
	private static Path metadata(Location workspace) {
		if (workspace == null || workspace.isReadOnly()) {
			return null;
		}
		Path folder = workspace.getURL() == null ? DEFAULT_WORKSPACE : Path.of(workspace.getURL().getFile());
		return folder.resolve(".metadata");
	}

	/** Takes the files a second start on this workspace names (see {@link FileHandoff}). */
	private static FileHandoff listenForFiles(Display display, Location workspace) {
		Path metadata = metadata(workspace);
		if (metadata == null) {
			return null;
		}
		try {
			return FileHandoff.listen(metadata, files -> display.asyncExec(() -> {
				if (PlatformUI.isWorkbenchRunning()) {
					SeatkeeperWorkbenchAdvisor.openFiles(PlatformUI.getWorkbench(), files);
				}
			}));
		} catch (IOException e) {
			ILog.of(SeatkeeperApplication.class).warn("Files named when Seatkeeper is started again will not open here", e);
			return null;
		}
	}

	/**
	 * Takes the workspace for this run. A workspace in use by another Seatkeeper is not shared: the files
	 * named on the command line are handed to that one, which opens them; without files, or when it does not
	 * take them, the user is told which folder is in use. Either way this run ends.
	 */
	private static boolean lockWorkspace(Display display, Location workspace, List<Path> files) throws IOException {
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
		Path metadata = metadata(workspace);
		if (!files.isEmpty() && metadata != null && FileHandoff.send(metadata, files, Duration.ofSeconds(5))) {
			return false; // the running Seatkeeper opens them
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
