package org.seatkeeper.server.internal.api;

import java.util.List;

/**
 * A request the server refuses, with the HTTP status and the error body a compatible server sends:
 * {@code {"key":"glsErr....","message":...,"arguments":[...]}}.
 */
public final class ApiException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int status;
	private final String key;
	private final List<String> arguments;
	private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

	public ApiException(int status, String key, String message, String... arguments) {
		super(message);
		this.status = status;
		this.key = key;
		this.arguments = List.of(arguments);
	}

	public int status() {
		return status;
	}

	public String key() {
		return key;
	}

	public List<String> arguments() {
		return arguments;
	}

	/** Headers the refusal is sent with, e.g. {@code Retry-After}. */
	public java.util.Map<String, String> headers() {
		return java.util.Collections.unmodifiableMap(headers);
	}

	/** This refusal with {@code Retry-After: seconds} (at least 1). */
	public ApiException retryAfter(long seconds) {
		headers.put("Retry-After", Long.toString(Math.max(1, seconds)));
		return this;
	}

	public static ApiException badRequest(String key, String message, String... arguments) {
		return new ApiException(400, key, message, arguments);
	}

	public static ApiException notFound(String what) {
		return new ApiException(404, "glsErr.notFound", what + " does not exist", what);
	}

	/** {@code value}, or a 404 saying that {@code what} does not exist when it is null. */
	public static <T> T found(T value, String what) throws ApiException {
		if (value == null) {
			throw notFound(what);
		}
		return value;
	}

	public static ApiException conflict(String key, String message, String... arguments) {
		return new ApiException(409, key, message, arguments);
	}
}
