package org.seatkeeper.ui.internal.connection;

import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.seatkeeper.core.client.Credentials;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.client.Session;
import org.seatkeeper.core.client.UntrustedCertificateException;
import org.seatkeeper.core.domain.Role;

/**
 * A license server as a view, a wizard or the editor uses it: one server of the list
 * ({@link ServerConnection}), or whichever is the current one ({@link ServerConnections}). Its methods
 * that talk to the server block: call them in a Job.
 */
public interface ServerLink {

	/** The server's name in the list, e.g. "Berlin production". */
	String name();

	/** The server as shown to people: its name and where it is, e.g. "Berlin production (10.0.0.5:7070, HTTPS)". */
	String describe();

	/** The client for the server, made on first use (the embedded server starts then: call it in a Job). */
	LicenseServerClient client(IProgressMonitor monitor) throws ServerException;

	/** The login of the current client, if it has logged in. */
	Optional<Session> session();

	/**
	 * Whether the current login lacks {@code role}: true only when the server named the login's roles and
	 * {@code role} is not among them (unknown roles never disable anything).
	 */
	default boolean lacks(Role role) {
		Optional<Session> session = session();
		return session.isPresent() && !session.get().roles().isEmpty() && !session.get().has(role);
	}

	/** Counts changes of server or address; views drop answers that arrive for an older one. */
	long generation();

	/** Called with no argument, on any thread, when the server, its address or the login changed. */
	void addListener(Runnable listener);

	void removeListener(Runnable listener);

	/** Logs in as {@code credentials}, keeping them in Secure Storage if asked. */
	LoginResult logIn(Credentials credentials, boolean remember, IProgressMonitor monitor) throws ServerException;

	/** Forgets the login, here and in Secure Storage. */
	void logOut();

	/** Drops the client so that the next call connects afresh, e.g. after the server came back. */
	void reconnect();

	/** Tells the listeners that the server's data changed by another way than the views (an upload), so that they reload. */
	void serverChanged();

	/**
	 * Offers to trust the certificate {@code untrusted} names, asking the person once per certificate and
	 * run (from the calling Job; the dialog names the server). Answers whether it is trusted now, so that
	 * the caller tries again.
	 */
	boolean offerTrust(UntrustedCertificateException untrusted);

	/** How the views show records: the Settings' page size, device drop and automatic refresh. */
	ConnectionSettings settings();

	/**
	 * A login that worked.
	 *
	 * @param session the server's session, with the user's roles
	 * @param notKept why the login could not be kept in Secure Storage as asked, or empty
	 */
	record LoginResult(Session session, Optional<String> notKept) {
	}
}
