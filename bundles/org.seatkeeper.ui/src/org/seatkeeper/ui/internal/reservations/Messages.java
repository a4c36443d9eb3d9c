package org.seatkeeper.ui.internal.reservations;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.ui.internal.reservations.messages";

	public static String AddReservations_titleAdd;
	public static String AddReservations_titleEdit;
	public static String AddReservations_headingAdd;
	public static String AddReservations_headingEdit;
	public static String AddReservations_message;
	public static String AddReservations_group;
	public static String AddReservations_idType;
	public static String AddReservations_deviceId;
	public static String AddReservations_feature;
	public static String AddReservations_version;
	public static String AddReservations_count;
	public static String AddReservations_clear;
	public static String AddReservations_remove;
	public static String AddReservations_add;
	public static String AddReservations_pending;
	public static String AddReservations_columnGroup;
	public static String AddReservations_columnIdType;
	public static String AddReservations_columnDeviceId;
	public static String AddReservations_columnFeature;
	public static String AddReservations_columnVersion;
	public static String AddReservations_columnCount;
	public static String AddReservations_okAdd;
	public static String AddReservations_okEdit;
	public static String AddReservations_noGroup;
	public static String AddReservations_otherGroup;
	public static String AddReservations_sameFeature;
	public static String Reservations_status;
	public static String Reservations_deviceID;
	public static String Reservations_idType;
	public static String Reservations_reservationGroup;
	public static String Reservations_featureName;
	public static String Reservations_version;
	public static String Reservations_count;
	public static String Reservations_exportReservations;
	public static String Reservations_deviceGroupOrFeature;
	public static String Reservations_reservationsSubmitted;
	public static String AddReservations_string;
	public static String Reservations_toAdd;
	public static String Reservations_toDelete;
	public static String Reservations_satisfiable;
	public static String Reservations_notSatisfiable;
	public static String Reservations_deviceId;
	public static String Reservations_idTypeProperty;
	public static String Reservations_groupProperty;
	public static String Reservations_featureProperty;
	public static String Reservations_pendingProperty;
	public static String Reservations_pendingAdd;
	public static String Reservations_pendingDelete;
	public static String Reservations_pendingNo;
	public static String Reservations_modelActive;
	public static String Reservations_loading;
	public static String Reservations_add;
	public static String Reservations_addTip;
	public static String Reservations_edit;
	public static String Reservations_editTip;
	public static String Reservations_delete;
	public static String Reservations_deleteTip;
	public static String Reservations_import;
	public static String Reservations_importTip;
	public static String Reservations_export;
	public static String Reservations_exportTip;
	public static String Reservations_disabled;
	public static String Reservations_cancel;
	public static String Reservations_cancelTip;
	public static String Reservations_submit;
	public static String Reservations_submitTip;
	public static String Reservations_readOnly;
	public static String Reservations_noPending;
	public static String Reservations_pending;
	public static String Reservations_oneEntry;
	public static String Reservations_entries;
	public static String Reservations_oneGroup;
	public static String Reservations_groups;
	public static String Reservations_modelRefuses;
	public static String Reservations_duplicates;
	public static String Reservations_changing;
	public static String Reservations_submitting;
	public static String Reservations_importTitle;
	public static String Reservations_importing;
	public static String Reservations_aReservationsFile;
	public static String Reservations_notImportable;
	public static String Reservations_exporting;
	public static String Reservations_notSaved;
	public static String Reservations_exported;
	// fields

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
