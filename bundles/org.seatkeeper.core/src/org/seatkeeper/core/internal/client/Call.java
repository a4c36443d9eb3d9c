package org.seatkeeper.core.internal.client;

/**
 * One request to a server's resource.
 *
 * @param method      the HTTP method
 * @param resource    the resource, relative to the server's base, e.g. {@code features/3}
 * @param contentType the body's content type, or {@code null} without a body
 * @param body        the body, or {@code null}
 * @param what        what the request is for, as a person would say it ("read the features")
 */
public record Call(String method, String resource, String contentType, byte[] body, String what) {

	public static Call get(String resource, String what) {
		return new Call("GET", resource, null, null, what);
	}

	public static Call delete(String resource, String what) {
		return new Call("DELETE", resource, null, null, what);
	}

	public static Call json(String method, String resource, String json, String what) {
		return new Call(method, resource, "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8), what);
	}

	public static Call bytes(String method, String resource, String contentType, byte[] body, String what) {
		return new Call(method, resource, contentType, body, what);
	}
}
