package org.seatkeeper.ui.internal.application;

import java.util.List;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PerspectiveAdapter;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.seatkeeper.ui.SeatkeeperUi;
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

	/** The window's size the first time, unless the screen is smaller. */
	static final Point INITIAL_SIZE = new Point(1280, 820);

	/** The window's title. */
	public static final String TITLE = "Seatkeeper";

	/** True when the window came back from the last run's saved state (its stacks as the person left them). */
	private boolean restored;

	public SeatkeeperWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public void postWindowRestore() {
		restored = true;
	}

	@Override
	public void postWindowCreate() {
		Shell shell = getWindowConfigurer().getWindow().getShell();
		Rectangle screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
		if (!restored && (screen.width < INITIAL_SIZE.x || screen.height < INITIAL_SIZE.y)) {
			shell.setMaximized(true); // a screen smaller than the window: all of it, the first time; later, as left
		}
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new SeatkeeperActionBarAdvisor(configurer);
	}

	@Override
	public void postWindowOpen() {
		IWorkbenchWindow window = getWindowConfigurer().getWindow();
		window.getPartService().addPartListener(new RecentFiles.Recorder());
		// files dropped anywhere on the window, not only on the editor area (hidden until an editor opens)
		DropTarget drop = new DropTarget(window.getShell(), DND.DROP_COPY | DND.DROP_DEFAULT);
		drop.setTransfer(FileTransfer.getInstance());
		drop.addDropListener(new ModelFileDrop(window));
		window.addPerspectiveListener(new PerspectiveAdapter() {
			@Override
			public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
				hideIdeActionSets(page);
			}

			@Override
			public void perspectiveChanged(IWorkbenchPage page, IPerspectiveDescriptor perspective, String changeId) {
				if (IWorkbenchPage.CHANGE_RESET_COMPLETE.equals(changeId)) {
					hideIdeActionSets(page);
					minimizeBottomStack(page);
				}
			}
		});
		if (window.getActivePage() != null) {
			hideIdeActionSets(window.getActivePage());
			if (!restored) {
				minimizeBottomStack(window.getActivePage());
			}
		}
	}

	/**
	 * Minimizes the stack of the Error Log and the Properties view to the window's trim, where a click brings it
	 * back: the tables get the height.
	 */
	static void minimizeBottomStack(IWorkbenchPage page) {
		for (String view : new String[] { SeatkeeperUi.ERROR_LOG_VIEW_ID, IPageLayout.ID_PROP_SHEET }) {
			IViewReference reference = page.findViewReference(view);
			if (reference != null) {
				page.setPartState(reference, IWorkbenchPage.STATE_MINIMIZED);
				return;
			}
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
		configurer.setInitialSize(INITIAL_SIZE);
		configurer.setShowCoolBar(true); // the wizards are on the main toolbar
		configurer.setShowPerspectiveBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setTitle(TITLE);
		configurer.addEditorAreaTransfer(FileTransfer.getInstance());
		configurer.configureEditorAreaDropListener(new ModelFileDrop(configurer.getWindow()));
	}
}
