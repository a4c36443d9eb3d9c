package org.seatkeeper.ui.internal.files;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.ui.internal.files.messages";

	public static String Open_action;
	public static String Open_tooltip;
	public static String Open_dialogTitle;
	public static String Open_filterModels;
	public static String Open_filterAll;
	public static String Open_title;
	public static String Open_missing;
	public static String Open_notAFile;
	public static String Open_notAModel;
	public static String Open_failed;
	public static String Recent_none;
	public static String Recent_item;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
