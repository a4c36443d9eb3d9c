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
	// fields

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
