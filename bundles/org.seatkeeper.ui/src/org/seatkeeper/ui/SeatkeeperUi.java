package org.seatkeeper.ui;

/**
 * Identifiers of Seatkeeper's workbench contributions, for other bundles, tests and the product.
 */
public final class SeatkeeperUi {

	/** The UI bundle's id, also its preference node. */
	public static final String PLUGIN_ID = "org.seatkeeper.ui";

	/** The Seatkeeper application (extension {@code org.eclipse.core.runtime.applications}). */
	public static final String APPLICATION_ID = "org.seatkeeper.ui.application";

	/** The "License Server" perspective. */
	public static final String PERSPECTIVE_ID = "org.seatkeeper.ui.perspective";

	/** The About view. */
	public static final String ABOUT_VIEW_ID = "org.seatkeeper.ui.views.about";

	/** The Features view. */
	public static final String FEATURES_VIEW_ID = "org.seatkeeper.ui.views.features";

	/** The Devices view. */
	public static final String DEVICES_VIEW_ID = "org.seatkeeper.ui.views.devices";

	/** The Reservations view. */
	public static final String RESERVATIONS_VIEW_ID = "org.seatkeeper.ui.views.reservations";

	/** The Named License Pools view. */
	public static final String POOLS_VIEW_ID = "org.seatkeeper.ui.views.pools";

	/** The License Server Properties view. */
	public static final String SERVER_PROPERTIES_VIEW_ID = "org.seatkeeper.ui.views.serverProperties";

	/** The Offline Exchanges view: the history of offline exchanges with the back office. */
	public static final String OFFLINE_EXCHANGES_VIEW_ID = "org.seatkeeper.ui.views.offlineExchanges";

	/** The License Servers view: the server list by group, each server's light and figures; choosing one makes it current. */
	public static final String SERVERS_VIEW_ID = "org.seatkeeper.ui.views.servers";

	/** Usage History: the current server's features over time. */
	public static final String USAGE_HISTORY_VIEW_ID = "org.seatkeeper.ui.views.usageHistory";

	/** Peak Report: per feature and month, for renewals. */
	public static final String PEAK_REPORT_VIEW_ID = "org.seatkeeper.ui.views.peakReport";

	/** Alerts: what the collector's rules raised. */
	public static final String ALERTS_VIEW_ID = "org.seatkeeper.ui.views.alerts";

	/** The Fleet Overview: every server's key figures in one table. */
	public static final String FLEET_VIEW_ID = "org.seatkeeper.ui.views.fleet";

	/** The Cross-Version Signatures view (no server needed). */
	public static final String SIGNATURES_VIEW_ID = "org.seatkeeper.ui.views.signatures";

	/** The Settings preference page (which server, page size, device drop). */
	public static final String SETTINGS_PAGE_ID = "org.seatkeeper.ui.preferences.settings";

	/** The Eclipse Error Log view, shown in the perspective when it is installed. */
	public static final String ERROR_LOG_VIEW_ID = "org.eclipse.pde.runtime.LogView";

	/** The family of every Job that Seatkeeper's UI schedules (tests join it instead of sleeping). */
	public static final Object JOB_FAMILY = SeatkeeperUi.class;

	private SeatkeeperUi() {
	}
}
