package org.seatkeeper.ui.internal.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.osgi.service.prefs.BackingStoreException;
import org.seatkeeper.history.HistoryDatabase;
import org.seatkeeper.history.alerts.AlertRules;
import org.seatkeeper.ui.internal.connection.ServerConnections;

/**
 * Where the window keeps its usage history and how it collects: the database (the embedded H2 file by default,
 * else a JDBC URL of a shared PostgreSQL with its user, whose password is in Eclipse Secure Storage, never in
 * the preferences), the interval, and the alert rules. Read whenever needed, so a change applies at the next
 * round.
 */
public final class HistorySettings {

	public static final String URL = "history.url";
	public static final String USER = "history.user";
	public static final String INTERVAL = "history.interval";
	public static final String EXPIRY_DAYS = "alerts.expiryDays";
	public static final String USE_PERCENT = "alerts.usePercent";
	public static final String USE_MINUTES = "alerts.useMinutes";
	public static final String DOWN_MINUTES = "alerts.unreachableMinutes";
	public static final String POOL_DEFICIT = "alerts.poolDeficit";
	public static final String REFUSALS = "alerts.refusals";
	/** The alerts muted, and until when; and the active alerts a person has seen: kept over a restart. */
	public static final String MUTED = "alerts.muted";
	public static final String SEEN = "alerts.seen";

	/** The interval a first start has, and the shortest and longest allowed. */
	public static final int DEFAULT_INTERVAL = 60;
	public static final int SHORTEST_INTERVAL = 10;
	public static final int LONGEST_INTERVAL = 3600;

	private static final String SECURE_NODE = "org.seatkeeper.ui/history";
	private static final String PASSWORD = "password";

	private final IEclipsePreferences preferences;
	private final ISecurePreferences secure;

	public HistorySettings(IEclipsePreferences preferences, ISecurePreferences secure) {
		this.preferences = preferences;
		this.secure = secure;
	}

	static HistorySettings ofPreferences() {
		return new HistorySettings(ServerConnections.preferenceNode(), SecurePreferencesFactory.getDefault());
	}

	/** The history's JDBC URL: the one set, else the default H2 file. */
	public String url() {
		String url = preferences.get(URL, "").strip();
		return url.isEmpty() ? HistoryService.defaultUrl() : url;
	}

	/** Whether the history is a shared database (a URL is set). */
	public boolean shared() {
		return !preferences.get(URL, "").isBlank();
	}

	/** Who logs in to the database, if a user is set. */
	public Optional<String> user() {
		String user = preferences.get(USER, "").strip();
		return user.isEmpty() ? Optional.empty() : Optional.of(user);
	}

	/** How often every server is asked. */
	public Duration interval() {
		int seconds = preferences.getInt(INTERVAL, DEFAULT_INTERVAL);
		return Duration.ofSeconds(Math.max(SHORTEST_INTERVAL, Math.min(LONGEST_INTERVAL, seconds)));
	}

	/** The alert rules. */
	public AlertRules rules() {
		AlertRules d = AlertRules.DEFAULTS;
		try {
			return new AlertRules(preferences.getInt(EXPIRY_DAYS, d.expiryDays()), preferences.getInt(USE_PERCENT, d.usePercent()),
					preferences.getInt(USE_MINUTES, d.useMinutes()), preferences.getInt(DOWN_MINUTES, d.unreachableMinutes()),
					preferences.getBoolean(POOL_DEFICIT, d.poolDeficit()), preferences.getBoolean(REFUSALS, d.refusals()));
		} catch (IllegalArgumentException e) {
			return d; // the page never stores such values
		}
	}

	/** The alerts muted (by key) and until when, as last stored; those whose time has passed are left out. */
	public Map<String, Instant> mutedAlerts(Instant now) {
		Map<String, Instant> muted = new LinkedHashMap<>();
		for (String item : preferences.get(MUTED, "").split(",")) {
			int equals = item.lastIndexOf('=');
			if (equals > 0) {
				try {
					Instant until = Instant.ofEpochMilli(Long.parseLong(item.substring(equals + 1)));
					if (until.isAfter(now)) {
						muted.put(decode(item.substring(0, equals)), until);
					}
				} catch (IllegalArgumentException e) {
					// a value this version did not write: left out
				}
			}
		}
		return muted;
	}

	/** The keys of the active alerts a person has seen, as last stored. */
	public Set<String> seenAlerts() {
		Set<String> seen = new LinkedHashSet<>();
		for (String item : preferences.get(SEEN, "").split(",")) {
			if (!item.isEmpty()) {
				try {
					seen.add(decode(item));
				} catch (IllegalArgumentException e) {
					// a value this version did not write: left out
				}
			}
		}
		return seen;
	}

	/** Stores the alerts muted and seen; answers why it could not, or empty. Call it from a Job: it writes a file. */
	public Optional<String> storeAlerts(Map<String, Instant> muted, Set<String> seen) {
		preferences.put(MUTED, muted.entrySet().stream().map(e -> encode(e.getKey()) + "=" + e.getValue().toEpochMilli())
				.collect(Collectors.joining(",")));
		preferences.put(SEEN, seen.stream().map(HistorySettings::encode).collect(Collectors.joining(",")));
		try {
			preferences.flush();
			return Optional.empty();
		} catch (BackingStoreException e) {
			return Optional.of(e.getMessage());
		}
	}

	private static String encode(String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
	}

	private static String decode(String text) {
		return new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
	}

	/** Opens the history with the settings as they are now. */
	public HistoryDatabase open() throws SQLException {
		return HistoryDatabase.open(url(), user().orElse(null), password().orElse(null));
	}

	/** Opens the history at {@code url} as {@code user} (blank: as the URL says) with {@code typed}, else the password kept. */
	public HistoryDatabase open(String url, String user, char[] typed) throws SQLException {
		return HistoryDatabase.open(url, user.isBlank() ? null : user.strip(), typed != null ? typed : password().orElse(null));
	}

	private Optional<char[]> password() {
		if (secure == null || !secure.nodeExists(SECURE_NODE)) {
			return Optional.empty();
		}
		try {
			String password = secure.node(SECURE_NODE).get(PASSWORD, null);
			return Optional.ofNullable(password).map(String::toCharArray);
		} catch (StorageException e) {
			ILog.of(getClass()).warn("The history database's password cannot be read from Secure Storage: " + e.getMessage());
			return Optional.empty();
		}
	}

	/** Whether a password is kept for the database. */
	public boolean hasPassword() {
		return password().isPresent();
	}

	/**
	 * Stores the database, its user and (when not {@code null}) its password, the interval and the rules;
	 * answers why it could not, or empty.
	 */
	public Optional<String> store(String url, String user, char[] password, int intervalSeconds, AlertRules rules) {
		preferences.put(URL, url.strip());
		preferences.put(USER, user.strip());
		preferences.putInt(INTERVAL, intervalSeconds);
		preferences.putInt(EXPIRY_DAYS, rules.expiryDays());
		preferences.putInt(USE_PERCENT, rules.usePercent());
		preferences.putInt(USE_MINUTES, rules.useMinutes());
		preferences.putInt(DOWN_MINUTES, rules.unreachableMinutes());
		preferences.putBoolean(POOL_DEFICIT, rules.poolDeficit());
		preferences.putBoolean(REFUSALS, rules.refusals());
		try {
			preferences.flush();
			if (password != null && secure != null) {
				if (password.length == 0) {
					if (secure.nodeExists(SECURE_NODE)) {
						secure.node(SECURE_NODE).removeNode();
					}
				} else {
					secure.node(SECURE_NODE).put(PASSWORD, new String(password), true);
				}
				secure.flush();
			}
			return Optional.empty();
		} catch (BackingStoreException | StorageException | IOException e) {
			return Optional.of(e.getMessage());
		}
	}
}
