package org.seatkeeper.ui.internal.about;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.ui.internal.about.messages";

	public static String About_server;
	public static String About_status;
	public static String About_checking;
	public static String About_checkingHealth;
	public static String About_copied;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
