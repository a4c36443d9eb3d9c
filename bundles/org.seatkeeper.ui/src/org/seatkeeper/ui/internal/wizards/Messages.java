package org.seatkeeper.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.ui.internal.wizards.messages";

	public static String Response_title;
	public static String Response_description;
	public static String Response_file;
	public static String Response_fileHint;
	public static String Response_files;
	public static String Wizards_allFiles;
	public static String Response_size;
	public static String Response_sha256;
	public static String Response_format;
	public static String Response_answers;
	public static String Response_change;
	public static String Response_feature;
	public static String Response_version;
	public static String Response_activation;
	public static String Response_count;
	public static String Response_expiry;
	public static String Response_added;
	public static String Response_changed;
	public static String Response_unchanged;
	public static String Response_removed;
	public static String Wizards_notAFileName;
	public static String Wizards_reading;
	public static String Wizards_readingFile;
	public static String Response_aResponse;
	public static String Wizards_unreadable;
	public static String Response_foreignFormat;
	public static String Response_unknown;
	public static String Response_foreignNoPreview;
	public static String Response_isRequest;
	public static String Response_otherInstance;
	public static String Response_notWaiting;
	public static String Response_capabilityRequest;
	public static String Response_activationRequest;
	public static String Response_of;
	public static String Response_issued;
	public static String Response_signed;
	public static String Wizards_fileProblem;
	public static String Response_serverUnasked;
	public static String Response_next;
	public static String Response_shortBy;
	public static String Response_overages;
	public static String Response_noChanges;
	public static String Response_changesOne;
	public static String Response_changes;
	public static String Response_confirmationNeeded;
	public static String Response_noConfirmation;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
