package org.seatkeeper.ui.internal.application;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.ui.activities.IWorkbenchActivitySupport;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.seatkeeper.ui.SeatkeeperUi;

/**
 * Opens windows on the License Server perspective, keeps their layout between runs, and hides the IDE's
 * menu entries.
 */
public class SeatkeeperWorkbenchAdvisor extends WorkbenchAdvisor {

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
		SmokeRun.startIfRequested(getWorkbenchConfigurer().getWorkbench());
	}
}
