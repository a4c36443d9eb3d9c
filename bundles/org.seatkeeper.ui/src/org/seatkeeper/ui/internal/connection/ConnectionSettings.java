package org.seatkeeper.ui.internal.connection;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.seatkeeper.ui.internal.tables.PagedTable;

/**
 * How the views show a server's records, as the Settings preference page keeps them (which servers there
 * are is the server list's business: {@link ServerConnections}).
 *
 * @param pageSize           records per page in the views; 0 for pages as long as they may be
 *                           ({@link PagedTable#ROWS_AT_MOST})
 * @param allowDeviceDrop    whether the Devices view offers to drop devices
 * @param autoRefreshSeconds how often the views reload by themselves; 0 for never
 */
public record ConnectionSettings(int pageSize, boolean allowDeviceDrop, int autoRefreshSeconds) {

	public static final String PAGE_SIZE = "view.pageSize";
	public static final String ALLOW_DEVICE_DROP = "view.allowDeviceDrop";
	public static final String AUTO_REFRESH = "view.autoRefreshSeconds";

	public static final int DEFAULT_PORT = 7070;
	public static final int DEFAULT_PAGE_SIZE = 50;
	public static final int MAX_PAGE_SIZE = PagedTable.ROWS_AT_MOST;

	/** The settings a fresh installation starts with. */
	public static final ConnectionSettings DEFAULTS = new ConnectionSettings(DEFAULT_PAGE_SIZE, false, 0);

	/** The settings in {@code node}, with the defaults where a value is missing or unusable. */
	public static ConnectionSettings read(IEclipsePreferences node) {
		int pageSize = node.getInt(PAGE_SIZE, DEFAULT_PAGE_SIZE);
		int refresh = node.getInt(AUTO_REFRESH, 0);
		return new ConnectionSettings(pageSize < 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE),
				node.getBoolean(ALLOW_DEVICE_DROP, false), Math.max(0, refresh));
	}

	/** Writes every value into {@code node} (the caller flushes). */
	public void write(IEclipsePreferences node) {
		node.putInt(PAGE_SIZE, pageSize);
		node.putBoolean(ALLOW_DEVICE_DROP, allowDeviceDrop);
		node.putInt(AUTO_REFRESH, autoRefreshSeconds);
	}

	public ConnectionSettings withPageSize(int size) {
		return new ConnectionSettings(size, allowDeviceDrop, autoRefreshSeconds);
	}

	public ConnectionSettings withDeviceDrop(boolean allowed) {
		return new ConnectionSettings(pageSize, allowed, autoRefreshSeconds);
	}

	public ConnectionSettings withAutoRefresh(int seconds) {
		return new ConnectionSettings(pageSize, allowDeviceDrop, seconds);
	}
}
