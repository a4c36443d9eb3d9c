package org.seatkeeper.ui.internal.connection;

import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.seatkeeper.core.client.Credentials;
import org.seatkeeper.core.client.ServerAddress;

/**
 * Logins the user asked Seatkeeper to remember, in Eclipse Secure Storage (the password encrypted), one
 * node per server. Never in preferences, never in a log.
 */
final class SecureCredentials {

	private static final String ROOT = "org.seatkeeper.ui/servers";
	private static final String USER = "user";
	private static final String PASSWORD = "password";

	private final ISecurePreferences storage;

	SecureCredentials(ISecurePreferences storage) {
		this.storage = storage;
	}

	/** The default Secure Storage, or none when the platform has none (then nothing is remembered). */
	static SecureCredentials ofDefault() {
		return new SecureCredentials(SecurePreferencesFactory.getDefault());
	}

	private String path(ServerAddress server) {
		return ROOT + '/' + EncodingUtils.encodeSlashes(server.toString());
	}

	Optional<Credentials> load(ServerAddress server) {
		if (storage == null || !storage.nodeExists(path(server))) {
			return Optional.empty();
		}
		try {
			ISecurePreferences node = storage.node(path(server));
			String user = node.get(USER, null);
			String password = node.get(PASSWORD, null);
			return user == null || password == null ? Optional.empty() : Optional.of(new Credentials(user, password.toCharArray()));
		} catch (StorageException e) {
			ILog.of(getClass()).warn("The login kept for " + server + " cannot be read from Secure Storage: " + e.getMessage());
			return Optional.empty();
		}
	}

	/** Keeps {@code login} for {@code server}; answers why it could not, or empty when it is kept. */
	Optional<String> save(ServerAddress server, Credentials login) {
		if (storage == null) {
			return Optional.of(Messages.Connection_noSecureStorage);
		}
		try {
			ISecurePreferences node = storage.node(path(server));
			node.put(USER, login.user(), false);
			node.put(PASSWORD, new String(login.password()), true);
			node.flush();
			return Optional.empty();
		} catch (StorageException | java.io.IOException e) {
			ILog.of(getClass()).warn("The login for " + server + " cannot be kept in Secure Storage: " + e.getMessage());
			return Optional.of(e.getMessage());
		}
	}

	void forget(ServerAddress server) {
		if (storage != null && storage.nodeExists(path(server))) {
			storage.node(path(server)).removeNode();
			try {
				storage.flush();
			} catch (java.io.IOException e) {
				ILog.of(getClass()).warn("Secure Storage could not be written: " + e.getMessage());
			}
		}
	}
}
