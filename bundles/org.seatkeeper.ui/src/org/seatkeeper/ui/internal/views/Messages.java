package org.seatkeeper.ui.internal.views;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.ui.internal.views.messages";

	public static String ServerView_logIn;
	public static String ServerView_logInTip;
	public static String ServerView_retry;
	public static String ServerView_failed;
	public static String ServerView_server;
	public static String ServerView_title;
	public static String ServerView_pinnedTip;
	public static String ServerView_currentTip;
	public static String ServerView_pin;
	public static String ServerView_pinTip;
	public static String ServerView_openOn;
	public static String ServerView_cannotOpen;
	public static String ServerView_loggedInAs;
	public static String ServerView_loggedInAsWithRoles;
	public static String ServerView_loadedAt;
	public static String ServerView_cannotRead;
	public static String Roles_read;
	public static String Roles_reservations;
	public static String Roles_dropDevices;
	public static String Roles_administrator;
	public static String Roles_offline;
	public static String Roles_lacks;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
