package org.seatkeeper.ui.internal.application;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.ui.internal.application.messages";

	public static String Menu_about;
	public static String Menu_file;
	public static String Menu_new;
	public static String Menu_newModel;
	public static String Menu_openRecent;
	public static String Menu_window;
	public static String Menu_showView;
	public static String Menu_help;
	public static String Application_running;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
