package org.seatkeeper.ui.internal.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;
import org.seatkeeper.ui.SeatkeeperUi;

/**
 * The License Server perspective: the License Servers view at the left, the current server's views in one
 * large stack, with the Error Log and the
 * Properties view in a stack below it that starts minimized (the window's advisor minimizes it when the
 * perspective is first shown or reset: the page layout cannot). The editor area, at the right, is hidden until
 * an editor is opened.
 */
public class LicenseServerPerspective implements IPerspectiveFactory {

	/** The stack of the server's views. */
	public static final String MAIN_FOLDER = "org.seatkeeper.ui.folders.main";
	/** The stack at the left: the License Servers view. */
	public static final String SERVERS_FOLDER = "org.seatkeeper.ui.folders.servers";
	/** The stack below it: the Error Log and the Properties view. */
	public static final String BOTTOM_FOLDER = "org.seatkeeper.ui.folders.bottom";

	/** The views of the main stack, in tab order. */
	static final String[] SERVER_VIEWS = { SeatkeeperUi.FEATURES_VIEW_ID, SeatkeeperUi.DEVICES_VIEW_ID,
			SeatkeeperUi.RESERVATIONS_VIEW_ID, SeatkeeperUi.POOLS_VIEW_ID, SeatkeeperUi.SERVER_PROPERTIES_VIEW_ID, SeatkeeperUi.ABOUT_VIEW_ID,
			SeatkeeperUi.USAGE_HISTORY_VIEW_ID, SeatkeeperUi.PEAK_REPORT_VIEW_ID, SeatkeeperUi.ALERTS_VIEW_ID };

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(false);

		// the model editors, when one is opened, beside the server's views: the tables keep their height
		IFolderLayout main = layout.createFolder(MAIN_FOLDER, IPageLayout.LEFT, 0.5f, editorArea);
		for (String view : SERVER_VIEWS) {
			main.addView(view);
			layout.addShowViewShortcut(view);
		}
		// every server's figures side by side: opened from the License Servers view, kept with the server's views
		main.addPlaceholder(SeatkeeperUi.FLEET_VIEW_ID);
		main.addPlaceholder(SeatkeeperUi.FEATURES_VIEW_ID + ":*"); // second instances, pinned to another server
		main.addPlaceholder(SeatkeeperUi.DEVICES_VIEW_ID + ":*");
		main.addPlaceholder(SeatkeeperUi.RESERVATIONS_VIEW_ID + ":*");
		main.addPlaceholder(SeatkeeperUi.POOLS_VIEW_ID + ":*");
		main.addPlaceholder(SeatkeeperUi.SERVER_PROPERTIES_VIEW_ID + ":*");
		layout.addShowViewShortcut(SeatkeeperUi.FLEET_VIEW_ID);
		// for producers, needs no server: opened from Show View, then kept in the same stack
		main.addPlaceholder(SeatkeeperUi.SIGNATURES_VIEW_ID);
		layout.addShowViewShortcut(SeatkeeperUi.SIGNATURES_VIEW_ID);

		// the fleet at the left: choosing a server there makes it the one the views show
		IFolderLayout servers = layout.createFolder(SERVERS_FOLDER, IPageLayout.LEFT, 0.16f, MAIN_FOLDER);
		servers.addView(SeatkeeperUi.SERVERS_VIEW_ID);
		layout.addShowViewShortcut(SeatkeeperUi.SERVERS_VIEW_ID);

		IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.74f, MAIN_FOLDER);
		if (PlatformUI.getWorkbench().getViewRegistry().find(SeatkeeperUi.ERROR_LOG_VIEW_ID) != null) {
			bottom.addView(SeatkeeperUi.ERROR_LOG_VIEW_ID);
			layout.addShowViewShortcut(SeatkeeperUi.ERROR_LOG_VIEW_ID);
		}
		// the records selected in the views, in detail
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		// opened from the License Server menu, beside the Properties view
		bottom.addPlaceholder(SeatkeeperUi.OFFLINE_EXCHANGES_VIEW_ID);
		layout.addShowViewShortcut(SeatkeeperUi.OFFLINE_EXCHANGES_VIEW_ID);
	}
}
