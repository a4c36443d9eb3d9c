package org.seatkeeper.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.ui.internal.preferences.messages";

	public static String SettingsPage_description;
	public static String SettingsPage_server;
	public static String SettingsPage_embedded;
	public static String SettingsPage_remote;
	public static String SettingsPage_host;
	public static String SettingsPage_hostMissing;
	public static String SettingsPage_port;
	public static String SettingsPage_portInvalid;
	public static String SettingsPage_https;
	public static String SettingsPage_pageSize;
	public static String SettingsPage_pageSizeInvalid;
	public static String SettingsPage_allowDrop;
	public static String SettingsPage_refresh;
	public static String SettingsPage_refreshInvalid;
	public static String SettingsPage_notSaved;
	// fields

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
