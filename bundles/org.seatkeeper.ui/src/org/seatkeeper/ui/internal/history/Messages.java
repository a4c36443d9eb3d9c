package org.seatkeeper.ui.internal.history;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.ui.internal.history.messages";

	public static String History_collecting;
	public static String History_notWritten;
	public static String History_dropped;
	public static String History_unavailable;
	public static String Usage_features;
	public static String Usage_feature;
	public static String Usage_version;
	public static String Usage_range;
	public static String Usage_ranges;
	public static String Usage_resolution;
	public static String Usage_resolutions;
	public static String Usage_style;
	public static String Usage_styles;
	public static String Usage_resetZoom;
	public static String Usage_exportCsv;
	public static String Usage_savePng;
	public static String Usage_saveSvg;
	public static String Usage_reading;
	public static String Usage_none;
	public static String Usage_shown;
	public static String Usage_shownDemo;
	public static String Usage_title;
	public static String Usage_titleDemo;
	public static String Usage_axis;
	public static String Usage_countSeries;
	public static String Usage_peak;
	public static String Usage_writing;
	public static String Usage_written;
	public static String Usage_writeFailed;
	public static String Peaks_from;
	public static String Peaks_to;
	public static String Peaks_feature;
	public static String Peaks_version;
	public static String Peaks_measure;
	public static String Peaks_total;
	public static String Peaks_reading;
	public static String Peaks_exportCsv;
	public static String Peaks_exportHtml;
	public static String Peaks_shown;
	public static String Peaks_none;
	public static String Alerts_state;
	public static String Alerts_server;
	public static String Alerts_rule;
	public static String Alerts_message;
	public static String Alerts_raised;
	public static String Alerts_active;
	public static String Alerts_cleared;
	public static String Alerts_muted;
	public static String Alerts_seen;
	public static String Alerts_acknowledge;
	public static String Alerts_muteHour;
	public static String Alerts_muteDay;
	public static String Alerts_muteWeek;
	public static String Alerts_unmute;
	public static String Alerts_storing;
	public static String Alerts_none;
	public static String Alerts_summary;
	public static String Notify_one;
	public static String Notify_many;
	public static String Notify_more;
	public static String Notify_line;
	public static String Prefs_description;
	public static String Prefs_database;
	public static String Prefs_embedded;
	public static String Prefs_shared;
	public static String Prefs_url;
	public static String Prefs_user;
	public static String Prefs_password;
	public static String Prefs_passwordKept;
	public static String Prefs_test;
	public static String Prefs_testing;
	public static String Prefs_testedOk;
	public static String Prefs_testedFailed;
	public static String Prefs_urlMissing;
	public static String Prefs_urlWrong;
	public static String Prefs_collecting;
	public static String Prefs_interval;
	public static String Prefs_seconds;
	public static String Prefs_alerts;
	public static String Prefs_expiryDays;
	public static String Prefs_days;
	public static String Prefs_usePercent;
	public static String Prefs_useMinutes;
	public static String Prefs_minutes;
	public static String Prefs_downMinutes;
	public static String Prefs_poolDeficit;
	public static String Prefs_refusals;
	public static String Prefs_zeroIsOff;
	public static String Prefs_storeFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
