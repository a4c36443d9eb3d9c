package org.seatkeeper.ui.internal.application;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;

import org.eclipse.ui.activities.IWorkbenchActivitySupport;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.files.ModelFiles;
import org.seatkeeper.ui.internal.history.AlertNotifier;
import org.seatkeeper.ui.internal.history.HistoryService;

/**
 * Opens windows on the License Server perspective, keeps their layout between runs, hides the IDE's menu
 * entries, and opens the model files named on the command line.
 */
public class SeatkeeperWorkbenchAdvisor extends WorkbenchAdvisor {

	private final List<Path> filesToOpen;

	public SeatkeeperWorkbenchAdvisor() {
		this(List.of());
	}

	/** An advisor that opens {@code filesToOpen} (named on the command line) once the window is open. */
	public SeatkeeperWorkbenchAdvisor(List<Path> filesToOpen) {
		this.filesToOpen = List.copyOf(filesToOpen);
	}

	/** Binds the menu entries of Eclipse's IDE bundles that mean nothing in Seatkeeper's window. */
	static final String IDE_MENUS_ACTIVITY = "org.seatkeeper.ui.activities.ideMenus";

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
	}

	@Override
	public void preStartup() {
		super.preStartup();
		hideIdeMenuEntries(getWorkbenchConfigurer().getWorkbench().getActivitySupport());
	}

	/** Disables the activity that binds the IDE's menu entries (enabled by default, as in an IDE). */
	static void hideIdeMenuEntries(IWorkbenchActivitySupport activities) {
		Set<String> enabled = new HashSet<>(activities.getActivityManager().getEnabledActivityIds());
		if (enabled.remove(IDE_MENUS_ACTIVITY)) {
			activities.setEnabledActivityIds(enabled);
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return SeatkeeperUi.PERSPECTIVE_ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new SeatkeeperWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		super.postStartup();
		removeIdePreferencePages(getWorkbenchConfigurer().getWorkbench().getPreferenceManager());
		SmokeRun.startIfRequested(getWorkbenchConfigurer().getWorkbench());
		startHistory(getWorkbenchConfigurer().getWorkbench());
		openFiles(getWorkbenchConfigurer().getWorkbench(), filesToOpen);
	}

	/** Starts recording the usage history, with alerts told as desktop notifications; stopped when the workbench ends. */
	static void startHistory(IWorkbench workbench) {
		HistoryService history = HistoryService.of(workbench);
		history.alerts().setNotifier(new AlertNotifier(workbench.getDisplay()));
		if (!Boolean.getBoolean(HistoryService.MANUAL)) {
			history.start();
		}
	}

	@Override
	public boolean preShutdown() {
		HistoryService.of(getWorkbenchConfigurer().getWorkbench()).stop();
		return super.preShutdown();
	}

	/** Preference pages of Eclipse's IDE bundles that mean nothing in Seatkeeper's window: version control. */
	static void removeIdePreferencePages(org.eclipse.jface.preference.PreferenceManager preferences) {
		for (org.eclipse.jface.preference.IPreferenceNode node : preferences.getRootSubNodes()) {
			if (node.getId().startsWith("org.eclipse.team.")) {
				preferences.remove(node);
			}
		}
	}

	/** Opens model files in the workbench's active window and brings the window to the front. */
	static void openFiles(IWorkbench workbench, List<Path> files) {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow() != null ? workbench.getActiveWorkbenchWindow()
				: workbench.getWorkbenchWindowCount() > 0 ? workbench.getWorkbenchWindows()[0] : null;
		if (window == null || files.isEmpty()) {
			return;
		}
		Shell shell = window.getShell();
		if (shell.getMinimized()) {
			shell.setMinimized(false);
		}
		shell.forceActive();
		ModelFiles.open(window, files);
	}
}
