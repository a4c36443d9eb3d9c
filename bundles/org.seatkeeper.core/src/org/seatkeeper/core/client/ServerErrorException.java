package org.seatkeeper.core.client;

import java.net.URI;
import java.util.List;

/**
 * The server refused a request with an error status and, as license servers do, an error body
 * {@code {"key":"glsErr.…","message":"…","arguments":[…]}}. {@link #getMessage()} is the server's own
 * message, or for the refusals Seatkeeper knows, the same said for a person ({@link #serverMessage()} keeps
 * the server's words).
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
	private final String serverMessage;
	private final ApiPart missingPart;

	public ServerErrorException(URI uri, int status, String key, String message, List<String> arguments) {
		this(uri, status, key, message, message, arguments, null);
	}

	/**
	 * @param message       what to tell a person
	 * @param serverMessage the server's own message, word for word
	 * @param missingPart   the part of the API the server does not offer, when that is why it refused; or
	 *                      {@code null}
	 */
	public ServerErrorException(URI uri, int status, String key, String message, String serverMessage, List<String> arguments,
			ApiPart missingPart) {
		super(uri, message, null);
		this.status = status;
		this.key = key;
		this.serverMessage = serverMessage;
		this.arguments = List.copyOf(arguments);
		this.missingPart = missingPart;
	}

	/**
	 * The server's own message. {@link #getMessage()} is the same, except for refusals Seatkeeper words for a
	 * person (a refused login names the user instead of the server's Java exception names).
	 */
	public String serverMessage() {
		return serverMessage;
	}

	/** The part of the API this server does not offer, when that is why it refused (404 or 405 on it). */
	public java.util.Optional<ApiPart> missingPart() {
		return java.util.Optional.ofNullable(missingPart);
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
