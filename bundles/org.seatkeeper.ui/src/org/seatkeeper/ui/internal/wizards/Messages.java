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
	public static String ClientKey_window;
	public static String ClientKey_uploading;
	public static String ClientKey_notUploaded;
	public static String ClientKey_cancelled;
	public static String ClientKey_title;
	public static String ClientKey_description;
	public static String Wizards_server;
	public static String ClientKey_onServer;
	public static String Wizards_asking;
	public static String ClientKey_file;
	public static String ClientKey_fileHint;
	public static String ClientKey_files;
	public static String ClientKey_convert;
	public static String ClientKey_inFile;
	public static String ClientKey_form;
	public static String ClientKey_noFile;
	public static String ClientKey_reading;
	public static String ClientKey_fingerprint;
	public static String ClientKey_none;
	public static String Wizards_unknown;
	public static String ClientKey_checking;
	public static String ClientKey_checkingFile;
	public static String ClientKey_aPublicKey;
	public static String ClientKey_der;
	public static String ClientKey_pemConverted;
	public static String ClientKey_pemToConvert;
	public static String ClientKey_notTaken;
	public static String ClientKey_adminOnly;
	public static String ClientKey_pemWarning;
	public static String ClientKey_ready;
	public static String Operation_title;
	public static String Operation_description;
	public static String Operation_waitingFor;
	public static String Operation_capability;
	public static String Operation_capabilityTip;
	public static String Operation_activation;
	public static String Operation_activationTip;
	public static String Operation_upload;
	public static String Operation_uploadTip;
	public static String Operation_reading;
	public static String Operation_unlisted;
	public static String Operation_noneWaiting;
	public static String Operation_waitingOne;
	public static String Operation_waitingMany;
	public static String Operation_capabilityRequest;
	public static String Operation_activationRequest;
	public static String Operation_offlineRole;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
