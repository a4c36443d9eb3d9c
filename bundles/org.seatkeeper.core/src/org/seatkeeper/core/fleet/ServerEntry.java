package org.seatkeeper.core.fleet;

import java.util.Locale;

import org.seatkeeper.core.client.ServerAddress;

/**
 * One license server of the list: what a person calls it, where it is, and how it is grouped.
 *
 * @param name     unique in the list (letter case aside), shown everywhere the server is named
 * @param url      its address as given ({@link ServerAddress#parse}); empty for the embedded demo server
 * @param group    a site or a vendor, or empty
 * @param user     who logs in by default, or empty for {@code admin}
 * @param notes    anything the administrators want to remember, or empty
 * @param embedded whether it is the demo server Seatkeeper's window runs in-process (it has no address of
 *                 its own until the window starts it)
 */
public record ServerEntry(String name, String url, String group, String user, String notes, boolean embedded) {

	/** The longest name: it must fit a tree row and a table cell. */
	public static final int MAX_NAME = 80;
	/** The name the embedded demo server has in a new list. */
	public static final String DEMO_NAME = "Demo server";

	/**
	 * @throws IllegalArgumentException saying which field is wrong and why
	 */
	public ServerEntry {
		name = name == null ? "" : name.strip();
		url = url == null ? "" : url.strip();
		group = group == null ? "" : group.strip();
		user = user == null ? "" : user.strip();
		notes = notes == null ? "" : notes;
		if (name.isEmpty()) {
			throw new IllegalArgumentException("A server needs a name");
		}
		if (name.length() > MAX_NAME) {
			throw new IllegalArgumentException("The name '" + name.substring(0, 20) + "…' is " + name.length() + " characters long; at most "
					+ MAX_NAME + " fit");
		}
		if (name.chars().anyMatch(Character::isISOControl) || group.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("The name and group of '" + name + "' may not hold control characters");
		}
		if (embedded) {
			if (!url.isEmpty()) {
				throw new IllegalArgumentException("'" + name + "' is the embedded server: it has no address to give");
			}
		} else {
			try {
				ServerAddress.parse(url);
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("The address of '" + name + "': " + e.getMessage(), e);
			}
		}
	}

	/** A server at {@code url}. */
	public static ServerEntry of(String name, String url) {
		return new ServerEntry(name, url, "", "", "", false);
	}

	/** The embedded demo server's entry. */
	public static ServerEntry demo() {
		return new ServerEntry(DEMO_NAME, "", "", "", "The demo server Seatkeeper's window starts on this computer", true);
	}

	/** Its address; the embedded server has none outside the window that runs it. */
	public ServerAddress address() {
		if (embedded) {
			throw new IllegalStateException("'" + name + "' is the embedded demo server, which only Seatkeeper's window runs");
		}
		return ServerAddress.parse(url);
	}

	/** Who logs in by default: the entry's user, else {@code admin}. */
	public String userOrDefault() {
		return user.isEmpty() ? "admin" : user;
	}

	/** The key that makes names unique: letter case does not tell two servers apart. */
	String key() {
		return key(name);
	}

	static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	public ServerEntry withName(String newName) {
		return new ServerEntry(newName, url, group, user, notes, embedded);
	}

	public ServerEntry withGroup(String newGroup) {
		return new ServerEntry(name, url, newGroup, user, notes, embedded);
	}
}
