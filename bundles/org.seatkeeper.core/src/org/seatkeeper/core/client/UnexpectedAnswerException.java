package org.seatkeeper.core.client;

import java.net.URI;

/**
 * The server answered, but not as a license server does: an HTML page (often from a proxy or a
 * wrong port), an empty or truncated body, or JSON of another shape. The message says what came back.
 */
public final class UnexpectedAnswerException extends ServerException {

	private static final long serialVersionUID = 1L;

	private final int status;

	public UnexpectedAnswerException(URI uri, int status, String message, Throwable cause) {
		super(uri, message, cause);
		this.status = status;
	}

	/** The HTTP status of the answer. */
	public int status() {
		return status;
	}
}
