package org.seatkeeper.core.client;

import java.net.URI;

/**
 * A server operation failed in a way its caller should show: the server refused it, could not be
 * reached, or answered something that is not what a license server answers. The message is one
 * sentence or two for a person, never a stack trace.
 */
public abstract sealed class ServerException extends Exception
		permits ServerErrorException, ConnectionException, UnexpectedAnswerException {

	private static final long serialVersionUID = 1L;

	private final transient URI uri;

	protected ServerException(URI uri, String message, Throwable cause) {
		super(message, cause);
		this.uri = uri;
	}

	/** The address of the request that failed. */
	public URI uri() {
		return uri;
	}
}
