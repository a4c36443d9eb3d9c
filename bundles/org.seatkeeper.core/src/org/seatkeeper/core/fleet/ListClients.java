package org.seatkeeper.core.fleet;

import java.time.Duration;
import java.util.Optional;

import org.seatkeeper.core.client.ClientOptions;
import org.seatkeeper.core.client.Credentials;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.TrustedCertificates;

/**
 * Clients for the servers of a list as a command line or a service asks them, many at once and unattended:
 * each logs in, when its server asks, as the user the list gives the server (or the user given for all) with
 * the one password given, and nothing is ever asked on a console; a server that wants a login without a
 * password is told as such. HTTPS certificates are verified, or pinned in {@code trusted}.
 */
public final class ListClients {

	private final Optional<String> user;
	private final Optional<String> password;
	private final TrustedCertificates trusted;
	private final Duration timeout;

	/**
	 * @param user     who logs in on every server, or empty for the user each entry gives (else {@code fallback})
	 * @param password the password of the logins, or empty when there is none
	 * @param timeout  how long one request may take
	 */
	public ListClients(Optional<String> user, Optional<String> password, TrustedCertificates trusted, Duration timeout) {
		this.user = user;
		this.password = password;
		this.trusted = trusted;
		this.timeout = timeout;
	}

	/** A client of {@code entry} (the caller closes it); {@code fallback} logs in when neither the caller nor the entry names a user. */
	public LicenseServerClient client(ServerEntry entry, String fallback) {
		String name = user.orElse(entry.user().isEmpty() ? fallback : entry.user());
		return new LicenseServerClient(ClientOptions.of(entry.address())
				.withCredentials((where, problem) -> problem == null ? password.map(p -> new Credentials(name, p.toCharArray())) : Optional.empty())
				.withTimeouts(ClientOptions.DEFAULT_CONNECT_TIMEOUT, timeout).withTrusted(trusted));
	}
}
