package org.seatkeeper.ui.internal.connection;

import java.util.Optional;

import org.seatkeeper.core.client.Credentials;

/** Asks a person for a login when a server wants one: the login dialog, or a test's stand-in. */
@FunctionalInterface
public interface LoginPrompt {

	/** What the person answered: the login and whether to keep it in Secure Storage. */
	record Answer(Credentials credentials, boolean remember) {
	}

	/** Never asks: requests go without a login. */
	LoginPrompt NONE = (server, problem, user) -> Optional.empty();

	/**
	 * Asks for a login to {@code server}; may be called from any thread and waits for the answer.
	 *
	 * @param server  the server as shown to the person
	 * @param problem why a login is needed again (the server's reason), or {@code null}
	 * @param user    the user name to propose, or {@code ""}
	 * @return the answer, or empty if the person cancelled
	 */
	Optional<Answer> ask(String server, String problem, String user);
}
