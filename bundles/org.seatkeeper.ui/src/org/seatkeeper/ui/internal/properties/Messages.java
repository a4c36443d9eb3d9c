package org.seatkeeper.ui.internal.properties;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.ui.internal.properties.messages";

	public static String Properties_producerOnly;
	public static String Properties_hostIdLabel;
	public static String Properties_loading;
	public static String Properties_setting;
	public static String Properties_value;
	public static String Properties_default;
	public static String Properties_description;
	public static String Properties_revert;
	public static String Properties_save;
	public static String Properties_notChosen;
	public static String Properties_hostIdOne;
	public static String Properties_hostIds;
	public static String Properties_readOnlySetting;
	public static String Properties_saveTitle;
	public static String Properties_saveQuestion;
	public static String Properties_savingOne;
	public static String Properties_saving;
	public static String Properties_savedOne;
	public static String Properties_saved;
	public static String Properties_readOnly;
	public static String Properties_doubleClick;
	public static String Properties_unsavedOne;
	public static String Properties_unsaved;
	public static String Properties_hostIdUnknown;
	public static String Properties_otherSettings;
	public static String Properties_counts;
	public static String Properties_countsAndHostId;
	public static String Record_hostId;
	public static String Record_id;
	public static String Record_uuid;
	public static String Record_vendorDictionary;
	public static String Record_isDefault;
	public static String Record_slices;
	public static String Record_groupLabel;
	public static String Record_recordedHostId;
	public static String Record_serverHostId;
	public static String Record_trusted;
	public static String Record_requestOperation;
	public static String Record_collectedHostIds;
	public static String Record_useCount;
	public static String Record_usageKind;
	public static String Record_unreadable;
	public static String Record_none;
	public static String Record_oneEntry;
	public static String Record_entries;
	public static String Record_yes;
	public static String Record_no;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
