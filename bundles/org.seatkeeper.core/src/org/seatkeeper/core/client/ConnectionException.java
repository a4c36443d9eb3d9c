package org.seatkeeper.core.client;

import java.net.URI;

/**
 * The server could not be reached or did not answer in time: refused connection, unknown host,
 * timeout, or a TLS handshake that failed. Nothing was changed on the server by this request, or
 * nothing is known of it.
 */
public sealed class ConnectionException extends ServerException permits UntrustedCertificateException {

	private static final long serialVersionUID = 1L;

	public ConnectionException(URI uri, String message, Throwable cause) {
		super(uri, message, cause);
	}
}
