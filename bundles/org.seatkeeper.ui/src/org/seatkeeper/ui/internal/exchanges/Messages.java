package org.seatkeeper.ui.internal.exchanges;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.ui.internal.exchanges.messages";

	public static String History_time;
	public static String History_operation;
	public static String History_result;
	public static String History_file;
	public static String History_size;
	public static String History_sha256;
	public static String History_server;
	public static String History_reading;
	public static String HistoryView_keptIn;
	public static String HistoryView_copy;
	// fields

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
