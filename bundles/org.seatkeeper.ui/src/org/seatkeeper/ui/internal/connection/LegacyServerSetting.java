package org.seatkeeper.ui.internal.connection;

import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.seatkeeper.core.client.ServerAddress;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.core.fleet.ServerList;

/**
 * The single server the Settings named before the server list: the embedded demo server, or a host, a
 * port and whether to use HTTPS. At the first start with the list, it becomes an entry of the list (unless
 * one has its address) and the current server, and the old preferences are removed, so it happens once.
 *
 * @param embedded whether the embedded demo server was chosen
 */
public record LegacyServerSetting(boolean embedded, String host, int port, boolean https) {

	public static final String EMBEDDED = "server.embedded";
	public static final String HOST = "server.host";
	public static final String PORT = "server.port";
	public static final String HTTPS = "server.https";

	/** The list with the old server in it, and the name of the server to make current. */
	public record Migration(ServerList list, String current) {
	}

	/** The old setting in {@code node}, if an earlier version wrote one. */
	public static Optional<LegacyServerSetting> read(IEclipsePreferences node) {
		if (node.get(EMBEDDED, null) == null && node.get(HOST, null) == null) {
			return Optional.empty();
		}
		int port = node.getInt(PORT, ConnectionSettings.DEFAULT_PORT);
		return Optional.of(new LegacyServerSetting(node.getBoolean(EMBEDDED, true), node.get(HOST, "localhost").strip(),
				port > 0 && port <= 65535 ? port : ConnectionSettings.DEFAULT_PORT, node.getBoolean(HTTPS, false)));
	}

	/**
	 * {@code list} with this server in it: the entry with the same address if there is one, else a new entry
	 * named after its host and port (the embedded one: the list's demo entry, added if missing).
	 */
	public Migration migrate(ServerList list) {
		if (embedded || host.isEmpty()) {
			Optional<ServerEntry> demo = list.entries().stream().filter(ServerEntry::embedded).findFirst();
			return demo.map(d -> new Migration(list, d.name())).orElseGet(() -> {
				ServerEntry fresh = ServerEntry.demo();
				return new Migration(list.add(fresh.withName(unique(list, fresh.name()))), unique(list, fresh.name()));
			});
		}
		ServerAddress address = ServerAddress.of(host, port, https);
		for (ServerEntry entry : list.entries()) {
			if (!entry.embedded() && entry.address().equals(address)) {
				return new Migration(list, entry.name());
			}
		}
		String name = unique(list, address.hostAndPort());
		return new Migration(list.add(ServerEntry.of(name, address.toString())), name);
	}

	private static String unique(ServerList list, String wanted) {
		String name = wanted;
		for (int i = 2; list.find(name).isPresent(); i++) {
			name = wanted + " (" + i + ")";
		}
		return name;
	}

	/** Removes the old setting from {@code node} (the caller flushes). */
	public void remove(IEclipsePreferences node) {
		node.remove(EMBEDDED);
		node.remove(HOST);
		node.remove(PORT);
		node.remove(HTTPS);
	}
}
