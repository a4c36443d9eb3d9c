package org.seatkeeper.core.client;

import java.util.Optional;

/**
 * Supplies a user name and password when a server asks for a login: from the environment, a console,
 * Secure Storage or a dialog.
 */
@FunctionalInterface
public interface CredentialsProvider {

	/** A provider that has no credentials: requests go without a login. */
	CredentialsProvider NONE = (server, problem) -> Optional.empty();

	/**
	 * Credentials for {@code server}, or empty to give up (the request then fails with the server's
	 * refusal).
	 *
	 * @param server  the server that asks
	 * @param problem {@code null} on the first ask; else why the last credentials did not do, in the
	 *                server's words, so that a dialog can show it
	 */
	Optional<Credentials> credentials(ServerAddress server, String problem);

	/** Always the same credentials. */
	static CredentialsProvider of(String user, char[] password) {
		Credentials credentials = new Credentials(user, password);
		return (server, problem) -> problem == null ? Optional.of(credentials) : Optional.empty();
	}
}
