package org.seatkeeper.ui.internal.application;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.seatkeeper.ui.SeatkeeperUi;

/** Opens windows on the License Server perspective and keeps their layout between runs. */
public class SeatkeeperWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
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
