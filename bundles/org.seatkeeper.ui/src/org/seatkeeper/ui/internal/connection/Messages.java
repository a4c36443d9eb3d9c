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
	public static String Connection_modelApplied;
	public static String Connection_modelAppliedPool;
	public static String Connection_modelAppliedPools;
	public static String Connection_stoppingDemo;
	public static String Connection_loggingIn;
	public static String Connection_logIn;
	public static String Connection_notKept;
	public static String Connection_noSecureStorage;
	public static String Connection_updatingSecureStorage;
	public static String Connection_named;
	public static String Connection_embeddedAt;
	public static String Connection_starting;
	public static String Connection_notStarted;
	public static String Connection_removed;
	public static String Connection_readingList;
	public static String Connection_listUnreadable;
	public static String Connection_savingCurrent;
	public static String TrustDialog_title;
	public static String TrustDialog_heading;
	public static String TrustDialog_message;
	public static String TrustDialog_scope;
	public static String TrustDialog_trust;
	public static String TrustDialog_dontTrust;
	public static String Connection_startingDemo;
	public static String Connection_demoFailed;
	public static String Connection_accessDenied;
	// fields

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
