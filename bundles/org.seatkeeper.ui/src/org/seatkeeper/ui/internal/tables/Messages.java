package org.seatkeeper.ui.internal.tables;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.ui.internal.tables.messages";

	public static String Paging_first;
	public static String Paging_previous;
	public static String Paging_next;
	public static String Paging_last;
	public static String Paging_summary;
	public static String Tables_arranging;
	public static String Tables_filtering;
	public static String Tables_sorting;
	public static String Tables_filteringSorting;
	public static String Tables_copiedOne;
	public static String Tables_copied;
	public static String Tables_noProperties;
	public static String Tables_copyAll;
	public static String Tables_copyRows;
	public static String Tables_showProperties;
	public static String Tables_refresh;
	public static String Tables_filter;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
