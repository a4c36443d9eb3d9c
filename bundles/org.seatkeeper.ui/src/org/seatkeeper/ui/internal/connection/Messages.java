package org.seatkeeper.ui.internal.connection;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.ui.internal.connection.messages";

	public static String LoginDialog_title;
	public static String LoginDialog_heading;
	public static String LoginDialog_secured;
	public static String LoginDialog_user;
	public static String LoginDialog_password;
	public static String LoginDialog_remember;
	public static String LoginDialog_logIn;
	// fields

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
