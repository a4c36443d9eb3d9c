package org.seatkeeper.model.ui.internal.assist;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.model.ui.internal.assist.messages";

	public static String Hover_unasked;
	public static String Hover_noFeature;
	public static String Hover_records;
	public static String Hover_permanent;
	public static String Hover_until;
	public static String Hover_notBefore;
	public static String Hover_vendorString;
	public static String Hover_record;
	public static String Hover_wouldReceiveShort;
	public static String Hover_wouldReceive;
	public static String Hover_slice;
	public static String Hover_takenFrom;
	public static String Hover_oneCount;
	public static String Hover_counts;
	public static String Hover_defaultPool;
	public static String Hover_undefinedPool;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
