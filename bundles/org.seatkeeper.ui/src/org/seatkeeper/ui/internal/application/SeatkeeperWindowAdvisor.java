package org.seatkeeper.ui.internal.application;

import java.util.List;

import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PerspectiveAdapter;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.seatkeeper.ui.internal.files.ModelFileDrop;
import org.seatkeeper.ui.internal.files.RecentFiles;

/**
 * The Seatkeeper window: title, size, status line with the progress of running jobs, none of the IDE's action
 * sets, model files dropped on the editor area opened, and the files of opened model editors remembered.
 */
public class SeatkeeperWindowAdvisor extends WorkbenchWindowAdvisor {

	/** Action sets of Eclipse's IDE bundles (File > Open File, Convert Line Delimiters) with no place here. */
	static final List<String> IDE_ACTION_SETS = List.of("org.eclipse.ui.actionSet.openFiles",
			"org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo");

	/** The window's title. */
	public static final String TITLE = "Seatkeeper";

	public SeatkeeperWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new SeatkeeperActionBarAdvisor(configurer);
	}

	@Override
	public void postWindowOpen() {
		IWorkbenchWindow window = getWindowConfigurer().getWindow();
		window.getPartService().addPartListener(new RecentFiles.Recorder());
		window.addPerspectiveListener(new PerspectiveAdapter() {
			@Override
			public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
				hideIdeActionSets(page);
			}

			@Override
			public void perspectiveChanged(IWorkbenchPage page, IPerspectiveDescriptor perspective, String changeId) {
				if (IWorkbenchPage.CHANGE_RESET_COMPLETE.equals(changeId)) {
					hideIdeActionSets(page);
				}
			}
		});
		if (window.getActivePage() != null) {
			hideIdeActionSets(window.getActivePage());
		}
	}

	/** The IDE's action sets that every perspective shows; each page hides them again when it is (re)built. */
	static void hideIdeActionSets(IWorkbenchPage page) {
		for (String actionSet : IDE_ACTION_SETS) {
			page.hideActionSet(actionSet);
		}
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 820));
		configurer.setShowCoolBar(true); // the wizards are on the main toolbar
		configurer.setShowPerspectiveBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setTitle(TITLE);
		configurer.addEditorAreaTransfer(FileTransfer.getInstance());
		configurer.configureEditorAreaDropListener(new ModelFileDrop(configurer.getWindow()));
	}
}
