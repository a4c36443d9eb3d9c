package org.seatkeeper.ui.internal.features;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.ui.internal.features.messages";

	public static String Features_feature;
	public static String Features_version;
	public static String Features_totalCount;
	public static String Features_totalUsed;
	public static String Features_totalAvailable;
	public static String Features_firstExpiration;
	public static String Features_lastExpiration;
	public static String Features_totalOverdraft;
	public static String Features_metered;
	public static String Features_counted;
	public static String Features_use;
	public static String Features_count;
	public static String Features_used;
	public static String Features_available;
	public static String Features_reserved;
	public static String Features_overdraft;
	public static String Features_overage;
	public static String Features_expiry;
	public static String Features_startDate;
	public static String Features_type;
	public static String Features_activationID;
	public static String Features_vendorString;
	public static String Features_deviceID;
	public static String Features_deviceIDType;
	public static String Features_deviceType;
	public static String Features_deviceAlias;
	public static String Features_countUsed;
	public static String Features_kind;
	public static String Features_deviceExpiry;
	public static String Features_featureName;
	public static String Features_usedCount;
	public static String Features_reservedCount;
	public static String Features_reservedInUse;
	public static String Features_featureExpiry;
	public static String Features_issuer;
	public static String Features_searchFeature;
	public static String Features_clear;
	public static String Features_exactFeatureNameThenEnter;
	public static String Features_wordsInAnyColumn;
	public static String Features_summary;
	public static String Features_details;
	public static String Features_devicesServed;
	public static String Features_selectAFeatureToSee;
	public static String Features_devicesServedLoading;
	public static String Features_loading;
	public static String Features_uncounted;
	public static String Features_endsSoon;
	public static String Features_summaryComputed;
	public static String Features_devicesUnknown;
	public static String Features_counts;
	public static String Features_detailsOf;
	public static String Features_detailsOfRecords;
	public static String Features_loadingDevices;
	public static String Features_devicesNotListed;
	public static String Features_devicesServedCount;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
