package org.seatkeeper.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.ui.internal.preferences.messages";

	public static String SettingsPage_description;
	public static String SettingsPage_pageSize;
	public static String SettingsPage_pageSizeInvalid;
	public static String SettingsPage_allowDrop;
	public static String SettingsPage_refresh;
	public static String SettingsPage_refreshInvalid;
	public static String SettingsPage_notSaved;
	public static String SettingsPage_servers;
	public static String SettingsPage_serversNote;
	public static String SettingsPage_name;
	public static String SettingsPage_group;
	public static String SettingsPage_address;
	public static String SettingsPage_current;
	public static String SettingsPage_embedded;
	public static String SettingsPage_add;
	public static String SettingsPage_edit;
	public static String SettingsPage_duplicate;
	public static String SettingsPage_remove;
	public static String SettingsPage_makeCurrent;
	public static String SettingsPage_import;
	public static String SettingsPage_export;
	// fields

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
