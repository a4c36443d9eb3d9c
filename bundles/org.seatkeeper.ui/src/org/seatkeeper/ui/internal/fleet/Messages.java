package org.seatkeeper.ui.internal.fleet;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.ui.internal.fleet.messages";

	public static String Edit_addTitle;
	public static String Edit_editTitle;
	public static String Edit_duplicateTitle;
	public static String Edit_copyName;
	public static String Edit_adding;
	public static String Edit_changing;
	public static String Edit_removing;
	public static String Edit_moving;
	public static String Edit_removeTitle;
	public static String Edit_removeOne;
	public static String Edit_removeMany;
	public static String Edit_failedTitle;
	public static String Edit_failed;
	public static String Edit_importTitle;
	public static String Edit_importing;
	public static String Edit_imported;
	public static String Edit_importedOne;
	public static String Edit_importKept;
	public static String Edit_importFailed;
	public static String Edit_exportTitle;
	public static String Edit_exporting;
	public static String Edit_exportFailed;
	public static String EntryDialog_message;
	public static String EntryDialog_embeddedMessage;
	public static String EntryDialog_name;
	public static String EntryDialog_address;
	public static String EntryDialog_group;
	public static String EntryDialog_user;
	public static String EntryDialog_notes;
	public static String EntryDialog_nameMissing;
	public static String EntryDialog_addressMissing;
	public static String EntryDialog_nameTaken;
	public static String EntryDialog_certificate;
	public static String EntryDialog_forget;
	public static String EntryDialog_forgetTip;
	public static String EntryDialog_trustEmbedded;
	public static String EntryDialog_trustHttp;
	public static String EntryDialog_trustChecking;
	public static String EntryDialog_trustStore;
	public static String EntryDialog_trustPinned;
	public static String EntryDialog_test;
	public static String EntryDialog_testTip;
	public static String EntryDialog_testing;
	public static String Fleet_surveying;
	public static String Fleet_up;
	public static String Fleet_down;
	public static String Fleet_loginNeeded;
	public static String Fleet_untrusted;
	public static String Fleet_notAsked;
	public static String Fleet_notStarted;
	public static String Fleet_expiresToday;
	public static String Fleet_expiresTomorrow;
	public static String Fleet_expiresIn;
	public static String Fleet_testUp;
	public static String Fleet_testDown;
	public static String Fleet_testLogin;
	public static String Fleet_testUntrusted;
	public static String Group_title;
	public static String Group_message;
	public static String Overview_filter;
	public static String Overview_refresh;
	public static String Overview_export;
	public static String Overview_exportTitle;
	public static String Overview_exporting;
	public static String Overview_state;
	public static String Overview_group;
	public static String Overview_address;
	public static String Overview_embedded;
	public static String Overview_took;
	public static String Overview_detail;
	public static String Overview_shown;
	public static String Overview_notUp;
	public static String Servers_server;
	public static String Servers_version;
	public static String Servers_features;
	public static String Servers_inUse;
	public static String Servers_expiry;
	public static String Servers_devices;
	public static String Servers_group;
	public static String Servers_badge;
	public static String Servers_alerts;
	public static String Servers_reading;
	public static String Servers_count;
	public static String Servers_countOne;
	public static String Servers_askedAt;
	public static String Servers_asking;
	public static String Servers_add;
	public static String Servers_edit;
	public static String Servers_duplicate;
	public static String Servers_move;
	public static String Servers_remove;
	public static String Servers_test;
	public static String Servers_testTitle;
	public static String Servers_logIn;
	public static String Servers_overview;
	public static String Servers_import;
	public static String Servers_export;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
