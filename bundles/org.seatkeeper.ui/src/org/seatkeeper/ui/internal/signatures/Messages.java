package org.seatkeeper.ui.internal.signatures;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.ui.internal.signatures.messages";

	public static String Signatures_toolkits;
	public static String Signatures_otherVersions;
	public static String Signatures_versionsHint;
	public static String Signatures_versionsTip;
	public static String Signatures_keywords;
	public static String Signatures_licenseFile;
	public static String Signatures_open;
	public static String Signatures_clear;
	public static String Signatures_pasteHint;
	public static String Signatures_keyword;
	public static String Signatures_notNeeded;
	public static String Signatures_tickToolkits;
	public static String Signatures_tickKeywords;
	public static String Signatures_noneNeeded;
	public static String Signatures_select;
	public static String Signatures_openTitle;
	public static String Signatures_licenseFiles;
	public static String Signatures_allFiles;
	public static String Signatures_reading;
	public static String Signatures_unreadable;
	public static String Signatures_aLicenseFile;
	public static String Signatures_line;
	public static String Signatures_noLines;
	public static String Signatures_noKeywords;
	public static String Signatures_found;
	public static String Signatures_copied;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
