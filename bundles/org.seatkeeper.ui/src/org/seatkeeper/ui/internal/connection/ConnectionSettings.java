package org.seatkeeper.ui.internal.connection;

import java.util.Objects;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.seatkeeper.core.client.ServerAddress;
import org.seatkeeper.ui.internal.tables.PagedTable;

/**
 * Which server the views administer and how they show it, as the Settings preference page keeps it.
 * These settings can be changed while the server is unreachable.
 *
 * @param embedded           use the product's embedded demo server instead of {@code host:port}
 * @param host               the license server's host name or address
 * @param port               its port (7070 by default)
 * @param https              connect with HTTPS
 * @param pageSize           records per page in the views; 0 for pages as long as they may be
 *                           ({@link PagedTable#ROWS_AT_MOST})
 * @param allowDeviceDrop    whether the Devices view offers to drop devices
 * @param autoRefreshSeconds how often the views reload by themselves; 0 for never
 */
public record ConnectionSettings(boolean embedded, String host, int port, boolean https, int pageSize,
		boolean allowDeviceDrop, int autoRefreshSeconds) {

	public static final String EMBEDDED = "server.embedded";
	public static final String HOST = "server.host";
	public static final String PORT = "server.port";
	public static final String HTTPS = "server.https";
	public static final String PAGE_SIZE = "view.pageSize";
	public static final String ALLOW_DEVICE_DROP = "view.allowDeviceDrop";
	public static final String AUTO_REFRESH = "view.autoRefreshSeconds";

	public static final int DEFAULT_PORT = 7070;
	public static final int DEFAULT_PAGE_SIZE = 50;
	public static final int MAX_PAGE_SIZE = PagedTable.ROWS_AT_MOST;

	/** The settings a fresh installation starts with: the embedded demo server. */
	public static final ConnectionSettings DEFAULTS = new ConnectionSettings(true, "localhost", DEFAULT_PORT, false,
			DEFAULT_PAGE_SIZE, false, 0);

	public ConnectionSettings {
		Objects.requireNonNull(host, "host");
	}

	/** The settings in {@code node}, with the defaults where a value is missing or unusable. */
	public static ConnectionSettings read(IEclipsePreferences node) {
		int port = node.getInt(PORT, DEFAULT_PORT);
		int pageSize = node.getInt(PAGE_SIZE, DEFAULT_PAGE_SIZE);
		int refresh = node.getInt(AUTO_REFRESH, 0);
		return new ConnectionSettings(node.getBoolean(EMBEDDED, DEFAULTS.embedded()), node.get(HOST, DEFAULTS.host()).trim(),
				port > 0 && port <= 65535 ? port : DEFAULT_PORT, node.getBoolean(HTTPS, false),
				pageSize < 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE),
				node.getBoolean(ALLOW_DEVICE_DROP, false), Math.max(0, refresh));
	}

	/** Writes every value into {@code node} (the caller flushes). */
	public void write(IEclipsePreferences node) {
		node.putBoolean(EMBEDDED, embedded);
		node.put(HOST, host);
		node.putInt(PORT, port);
		node.putBoolean(HTTPS, https);
		node.putInt(PAGE_SIZE, pageSize);
		node.putBoolean(ALLOW_DEVICE_DROP, allowDeviceDrop);
		node.putInt(AUTO_REFRESH, autoRefreshSeconds);
	}

	/** The remote server's address ({@link #embedded()} servers get theirs when they start). */
	public ServerAddress remoteAddress() {
		return ServerAddress.of(host, port, https);
	}

	/** Whether {@code other} names a different server (the views must reconnect). */
	public boolean otherServerThan(ConnectionSettings other) {
		return embedded != other.embedded || (!embedded && (!host.equalsIgnoreCase(other.host) || port != other.port || https != other.https));
	}

	public ConnectionSettings withServer(String newHost, int newPort, boolean newHttps) {
		return new ConnectionSettings(false, newHost, newPort, newHttps, pageSize, allowDeviceDrop, autoRefreshSeconds);
	}

	public ConnectionSettings withEmbedded() {
		return new ConnectionSettings(true, host, port, https, pageSize, allowDeviceDrop, autoRefreshSeconds);
	}

	public ConnectionSettings withPageSize(int size) {
		return new ConnectionSettings(embedded, host, port, https, size, allowDeviceDrop, autoRefreshSeconds);
	}

	public ConnectionSettings withDeviceDrop(boolean allowed) {
		return new ConnectionSettings(embedded, host, port, https, pageSize, allowed, autoRefreshSeconds);
	}

	public ConnectionSettings withAutoRefresh(int seconds) {
		return new ConnectionSettings(embedded, host, port, https, pageSize, allowDeviceDrop, seconds);
	}
}
