package org.seatkeeper.ui.internal.help;

import java.io.IOException;
import java.net.URL;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.seatkeeper.ui.SeatkeeperUi;

/**
 * The user guide: HTML pages in this bundle's {@code guide} folder, opened in the system's browser through the
 * workbench's browser support. Help › Seatkeeper User Guide opens its contents; F1 in a view opens that view's
 * page.
 */
public final class UserGuide {

	/** The page of the contents. */
	public static final String CONTENTS = "index.html";

	/** The page of each part that has one; other parts get the contents. */
	static final Map<String, String> PAGES = Map.ofEntries(Map.entry(SeatkeeperUi.SERVERS_VIEW_ID, "fleet.html"),
			Map.entry(SeatkeeperUi.FLEET_VIEW_ID, "fleet.html"), Map.entry(SeatkeeperUi.FEATURES_VIEW_ID, "features.html"),
			Map.entry(SeatkeeperUi.DEVICES_VIEW_ID, "devices.html"), Map.entry(SeatkeeperUi.RESERVATIONS_VIEW_ID, "reservations.html"),
			Map.entry(SeatkeeperUi.POOLS_VIEW_ID, "pools.html"), Map.entry(SeatkeeperUi.SERVER_PROPERTIES_VIEW_ID, "server-properties.html"),
			Map.entry(SeatkeeperUi.ABOUT_VIEW_ID, "about.html"), Map.entry(SeatkeeperUi.OFFLINE_EXCHANGES_VIEW_ID, "offline.html"),
			Map.entry(SeatkeeperUi.SIGNATURES_VIEW_ID, "signatures.html"), Map.entry(SeatkeeperUi.USAGE_HISTORY_VIEW_ID, "history.html"),
			Map.entry(SeatkeeperUi.PEAK_REPORT_VIEW_ID, "history.html"), Map.entry(SeatkeeperUi.ALERTS_VIEW_ID, "history.html"));

	private static volatile Consumer<URL> opener = UserGuide::openInBrowser;

	private UserGuide() {
	}

	/** The page for {@code part} (a view, an editor, or null). */
	public static String pageFor(IWorkbenchPart part) {
		if (part == null) {
			return CONTENTS;
		}
		if (part instanceof org.eclipse.ui.IEditorPart) {
			return "model-files.html";
		}
		return PAGES.getOrDefault(part.getSite().getId(), CONTENTS);
	}

	/**
	 * The page as a file on disk: the whole guide is unpacked from the bundle on first use, so that its links and
	 * style sheet work.
	 */
	public static URL url(String page) throws IOException {
		URL folder = FileLocator.toFileURL(Platform.getBundle(SeatkeeperUi.PLUGIN_ID).getEntry("guide/"));
		return new URL(folder, page);
	}

	/** Opens {@code page}; a failure to find it is shown where the person asked. */
	public static void open(String page) {
		try {
			opener.accept(url(page));
		} catch (IOException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(null, Messages.Guide_title, missing(page, e));
		}
	}

	private static String missing(String page, IOException e) {
		return org.eclipse.osgi.util.NLS.bind(Messages.Guide_missing, page, e.getMessage());
	}

	/** Where pages go instead of the browser (tests); null for the browser again. */
	public static void openWith(Consumer<URL> instead) {
		opener = instead == null ? UserGuide::openInBrowser : instead;
	}

	private static void openInBrowser(URL url) {
		try {
			PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(url);
		} catch (PartInitException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(null, Messages.Guide_title,
					org.eclipse.osgi.util.NLS.bind(Messages.Guide_noBrowser, url, e.getMessage()));
		}
	}
}
