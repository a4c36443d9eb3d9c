package org.seatkeeper.ui.internal.devices;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.ui.internal.devices.messages";

	public static String Devices_loading;
	public static String Devices_filterHint;
	public static String Devices_id;
	public static String Devices_idType;
	public static String Devices_type;
	public static String Devices_alias;
	public static String Devices_status;
	public static String Devices_countsHeld;
	public static String Devices_expiry;
	public static String Devices_lastRequest;
	public static String Devices_consumed;
	public static String Devices_consumedCount;
	public static String Devices_consumedLookingUp;
	public static String Devices_consumedNotListed;
	public static String Devices_featureName;
	public static String Devices_version;
	public static String Devices_used;
	public static String Devices_featureExpiry;
	public static String Devices_startDate;
	public static String Devices_vendorString;
	public static String Devices_pool;
	public static String Devices_selectOne;
	public static String Devices_drop;
	public static String Devices_dropAll;
	public static String Devices_dropOff;
	public static String Devices_dropNeeds;
	public static String Devices_dropTip;
	public static String Devices_dropAllOff;
	public static String Devices_dropAllNeeds;
	public static String Devices_dropAllTip;
	public static String Devices_hostType;
	public static String Devices_user;
	public static String Devices_hostIdOnRecord;
	public static String Devices_serverHostId;
	public static String Devices_trusted;
	public static String Devices_yes;
	public static String Devices_no;
	public static String Devices_lastOperation;
	public static String Devices_details;
	public static String Devices_findingHeld;
	public static String Devices_heldUnknown;
	public static String Devices_recordsNote;
	public static String Devices_dropTitle;
	public static String Devices_droppingOne;
	public static String Devices_droppingMany;
	public static String Devices_dropped;
	public static String Devices_dropAllTitle;
	public static String Devices_droppingAll;
	public static String Devices_allDropped;
	public static String Devices_countOne;
	public static String Devices_countMany;
	public static String Drop_allQuestion;
	public static String Drop_holdsCounts;
	public static String Drop_oneHolds;
	public static String Drop_manyHold;
	public static String Drop_oneCount;
	public static String Drop_counts;
	public static String Drop_atLeastCounts;
	public static String Drop_cannotUndo;
	public static String Drop_questionOne;
	public static String Drop_questionMany;
	public static String Drop_notListed;
	public static String Drop_holdsNothing;
	public static String Drop_frees;
	public static String Drop_more;
	public static String Drop_inAll;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
