package org.seatkeeper.core.client;

import java.net.URI;
import java.util.List;

/**
 * The server refused a request with an error status and, as license servers do, an error body
 * {@code {"key":"glsErr.…","message":"…","arguments":[…]}}. {@link #getMessage()} is the server's own
 * message.
 */
public final class ServerErrorException extends ServerException {

	private static final long serialVersionUID = 1L;

	/** What kind of refusal this is, from the status. */
	public enum Kind {
		/** 400, 405, 413, 415: the request was wrong, e.g. an invalid model or a bad value. */
		INVALID_REQUEST,
		/** 401: the server wants a (new) login. */
		AUTHENTICATION,
		/** 403: the account lacks the role, or the server does not allow the operation. */
		ACCESS_DENIED,
		/** 404: the resource does not exist (any more). */
		NOT_FOUND,
		/** 409: the server's state forbids it, e.g. a group name already used. */
		CONFLICT,
		/** 410: the resource is gone, as answered by deleting a client key. */
		GONE,
		/** 5xx: the server failed. */
		SERVER_FAILURE,
		/** Any other status. */
		OTHER;

		static Kind of(int status) {
			return switch (status) {
				case 400, 405, 413, 415, 422 -> INVALID_REQUEST;
				case 401 -> AUTHENTICATION;
				case 403 -> ACCESS_DENIED;
				case 404 -> NOT_FOUND;
				case 409 -> CONFLICT;
				case 410 -> GONE;
				default -> status >= 500 ? SERVER_FAILURE : OTHER;
			};
		}
	}

	private final int status;
	private final String key;
	private final List<String> arguments;

	public ServerErrorException(URI uri, int status, String key, String message, List<String> arguments) {
		super(uri, message, null);
		this.status = status;
		this.key = key;
		this.arguments = List.copyOf(arguments);
	}

	/** The HTTP status. */
	public int status() {
		return status;
	}

	/** The server's error key, e.g. {@code glsErr.invalidModel}, or {@code ""} when it sent none. */
	public String key() {
		return key;
	}

	/** The values the server's message names, e.g. each error of a refused model. */
	public List<String> arguments() {
		return arguments;
	}

	public Kind kind() {
		return Kind.of(status);
	}

	/** Whether the account may not do this (403). */
	public boolean isAccessDenied() {
		return kind() == Kind.ACCESS_DENIED;
	}
}
