package org.seatkeeper.core.fleet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The license servers an administrator looks after, in the order they were added; names are unique
 * (letter case aside). Immutable: each change answers a new list. Kept as JSON
 * ({@code {"version":1,"servers":[{"name":…,"url":…,"group":…,"user":…,"notes":…}]}}) in one file that the
 * window and the command line share ({@link ServerListFile}); the same text is what export writes and
 * import reads.
 */
public final class ServerList {

	/** The version of the file's shape this class writes and reads. */
	public static final int VERSION = 1;

	private final List<ServerEntry> entries;

	private ServerList(List<ServerEntry> entries) {
		this.entries = List.copyOf(entries);
	}

	/** An empty list. */
	public static ServerList empty() {
		return new ServerList(List.of());
	}

	/** The list a first start has: the embedded demo server alone. */
	public static ServerList withDemo() {
		return new ServerList(List.of(ServerEntry.demo()));
	}

	/** A list of {@code entries}; their names must be unique. */
	public static ServerList of(List<ServerEntry> entries) {
		ServerList list = empty();
		for (ServerEntry entry : entries) {
			list = list.add(entry);
		}
		return list;
	}

	public List<ServerEntry> entries() {
		return entries;
	}

	public boolean isEmpty() {
		return entries.isEmpty();
	}

	/** The server named {@code name} (letter case aside). */
	public Optional<ServerEntry> find(String name) {
		String key = ServerEntry.key(name);
		return entries.stream().filter(e -> e.key().equals(key)).findFirst();
	}

	/** The groups in use, sorted. */
	public Set<String> groups() {
		Set<String> groups = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		entries.stream().map(ServerEntry::group).filter(g -> !g.isEmpty()).forEach(groups::add);
		return groups;
	}

	/**
	 * The list with {@code entry} at its end.
	 *
	 * @throws IllegalArgumentException when its name is taken, or it is a second embedded server
	 */
	public ServerList add(ServerEntry entry) {
		if (find(entry.name()).isPresent()) {
			throw new IllegalArgumentException("There is already a server named '" + find(entry.name()).get().name() + "'");
		}
		if (entry.embedded() && entries.stream().anyMatch(ServerEntry::embedded)) {
			throw new IllegalArgumentException("The list holds the embedded demo server once");
		}
		List<ServerEntry> more = new ArrayList<>(entries);
		more.add(entry);
		return new ServerList(more);
	}

	/**
	 * The list with the server named {@code name} replaced by {@code entry}, in its place (a rename, a new
	 * address, another group).
	 *
	 * @throws IllegalArgumentException when there is no such server, or the new name is another's
	 */
	public ServerList replace(String name, ServerEntry entry) {
		ServerEntry old = find(name).orElseThrow(() -> new IllegalArgumentException("There is no server named '" + name + "'"));
		Optional<ServerEntry> other = find(entry.name());
		if (other.isPresent() && other.get() != old) {
			throw new IllegalArgumentException("There is already a server named '" + other.get().name() + "'");
		}
		if (entry.embedded() != old.embedded()) {
			throw new IllegalArgumentException("'" + old.name() + "' " + (old.embedded() ? "is" : "is not") + " the embedded demo server, and stays so");
		}
		List<ServerEntry> changed = new ArrayList<>(entries);
		changed.set(entries.indexOf(old), entry);
		return new ServerList(changed);
	}

	/**
	 * The list without the server named {@code name}.
	 *
	 * @throws IllegalArgumentException when there is no such server
	 */
	public ServerList remove(String name) {
		ServerEntry old = find(name).orElseThrow(() -> new IllegalArgumentException("There is no server named '" + name + "'"));
		List<ServerEntry> fewer = new ArrayList<>(entries);
		fewer.remove(old);
		return new ServerList(fewer);
	}

	/**
	 * What importing {@code other} makes of this list.
	 *
	 * @param list     the list afterwards
	 * @param added    the names added
	 * @param replaced the names whose entry the import replaced
	 * @param kept     the names the import also had, kept as they were
	 */
	public record Import(ServerList list, List<String> added, List<String> replaced, List<String> kept) {
	}

	/**
	 * Adds the servers of {@code other}. One whose name is in this list already replaces it when
	 * {@code replace}, else this list keeps its own. An embedded server in {@code other} is left out when this
	 * list has one.
	 */
	public Import importing(ServerList other, boolean replace) {
		ServerList list = this;
		List<String> added = new ArrayList<>();
		List<String> replaced = new ArrayList<>();
		List<String> kept = new ArrayList<>();
		for (ServerEntry entry : other.entries) {
			Optional<ServerEntry> existing = list.find(entry.name());
			if (existing.isPresent() && replace && existing.get().embedded() == entry.embedded()) {
				list = list.replace(entry.name(), entry);
				replaced.add(entry.name());
			} else if (existing.isPresent() || entry.embedded() && list.entries.stream().anyMatch(ServerEntry::embedded)) {
				kept.add(entry.name());
			} else {
				list = list.add(entry);
				added.add(entry.name());
			}
		}
		return new Import(list, added, replaced, kept);
	}

	// ---- JSON

	/** The list as JSON, for the file and for export. */
	public String toJson() {
		JsonObject root = new JsonObject();
		root.addProperty("version", VERSION);
		JsonArray servers = new JsonArray();
		for (ServerEntry entry : entries) {
			JsonObject server = new JsonObject();
			server.addProperty("name", entry.name());
			if (entry.embedded()) {
				server.addProperty("embedded", true);
			} else {
				server.addProperty("url", entry.url());
			}
			putIfSet(server, "group", entry.group());
			putIfSet(server, "user", entry.user());
			putIfSet(server, "notes", entry.notes());
			servers.add(server);
		}
		root.add("servers", servers);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
	}

	private static void putIfSet(JsonObject object, String key, String value) {
		if (!value.isEmpty()) {
			object.addProperty(key, value);
		}
	}

	/**
	 * Reads a list written by {@link #toJson()} (or by hand).
	 *
	 * @param where names the text in messages, e.g. the file
	 * @throws ServerListException saying where and what is wrong: not JSON, a newer version, a server without
	 *                             a name or with a bad address, a name given twice
	 */
	public static ServerList parse(String json, String where) throws ServerListException {
		JsonObject root;
		try {
			JsonElement element = JsonParser.parseString(json);
			if (!element.isJsonObject()) {
				throw new ServerListException(where + " is not a server list: it holds no JSON object");
			}
			root = element.getAsJsonObject();
		} catch (JsonParseException e) {
			throw new ServerListException(where + " is not JSON: " + e.getMessage(), e);
		}
		int version = root.has("version") && root.get("version").isJsonPrimitive() ? root.get("version").getAsInt() : VERSION;
		if (version > VERSION) {
			throw new ServerListException(where + " was written by a newer Seatkeeper (list version " + version + "; this one reads "
					+ VERSION + ")");
		}
		if (!root.has("servers") || !root.get("servers").isJsonArray()) {
			throw new ServerListException(where + " has no \"servers\" array");
		}
		List<ServerEntry> entries = new ArrayList<>();
		Set<String> names = new HashSet<>();
		int index = 0;
		for (JsonElement element : root.getAsJsonArray("servers")) {
			index++;
			if (!element.isJsonObject()) {
				throw new ServerListException(where + ": server " + index + " is not a JSON object");
			}
			JsonObject server = element.getAsJsonObject();
			ServerEntry entry;
			try {
				entry = new ServerEntry(text(server, "name"), text(server, "url"), text(server, "group"), text(server, "user"),
						text(server, "notes"), server.has("embedded") && server.get("embedded").isJsonPrimitive()
								&& server.get("embedded").getAsBoolean());
			} catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
				throw new ServerListException(where + ": server " + index + ": " + e.getMessage(), e);
			}
			if (!names.add(entry.key())) {
				throw new ServerListException(where + ": server " + index + ": the name '" + entry.name() + "' is given twice");
			}
			entries.add(entry);
		}
		try {
			return of(entries);
		} catch (IllegalArgumentException e) {
			throw new ServerListException(where + ": " + e.getMessage(), e);
		}
	}

	private static String text(JsonObject object, String key) {
		JsonElement value = object.get(key);
		return value == null || value.isJsonNull() ? "" : value.getAsString();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ServerList list && list.entries.equals(entries);
	}

	@Override
	public int hashCode() {
		return entries.hashCode();
	}

	@Override
	public String toString() {
		return entries.toString();
	}
}
