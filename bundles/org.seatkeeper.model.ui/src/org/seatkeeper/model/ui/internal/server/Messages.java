package org.seatkeeper.model.ui.internal.server;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.model.ui.internal.server.messages";

	public static String Upload_title;
	public static String Upload_upload;
	public static String Upload_noServer;
	public static String Upload_question;
	public static String Upload_uploading;
	public static String Upload_uploaded;
	public static String Upload_refused;
	public static String Upload_hasError;
	public static String Upload_hasErrors;
	public static String Upload_firstSelected;
	public static String Upload_hasWarning;
	public static String Upload_hasWarnings;
	public static String Upload_at;
	public static String Upload_more;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
