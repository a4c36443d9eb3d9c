package org.seatkeeper.model.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.model.ui.internal.wizards.messages";

	public static String NewModelWizard_title;
	public static String NewModelWizard_pageTitle;
	public static String NewModelWizard_pageDescription;
	public static String NewModelWizard_notOpened;
	public static String NewModelFile_file;
	public static String NewModelFile_browse;
	public static String NewModelFile_empty;
	public static String NewModelFile_invalid;
	public static String NewModelFile_extension;
	public static String NewModelFile_noFolder;
	public static String NewModelFile_existsAlready;
	public static String NewModelFile_exists;
	public static String NewModelFile_notWritten;
	// fields

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
