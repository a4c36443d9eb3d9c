package org.seatkeeper.core.internal.client;

import org.seatkeeper.core.client.ApiPart;

/**
 * One request to a server's resource.
 *
 * @param method      the HTTP method
 * @param resource    the resource, relative to the server's base, e.g. {@code features/3}
 * @param contentType the body's content type, or {@code null} without a body
 * @param body        the body, or {@code null}
 * @param what        what the request is for, as a person would say it ("read the features")
 * @param part        the part of the API a server may not offer that this request asks for, or {@code null}
 *                    when a 404 means the thing asked for does not exist
 */
public record Call(String method, String resource, String contentType, byte[] body, String what, ApiPart part) {

	public static Call get(String resource, String what) {
		return new Call("GET", resource, null, null, what, null);
	}

	/** A GET of a part that a server may not offer. */
	public static Call get(ApiPart part, String resource, String what) {
		return new Call("GET", resource, null, null, what, part);
	}

	public static Call delete(String resource, String what) {
		return new Call("DELETE", resource, null, null, what, null);
	}

	public static Call json(String method, String resource, String json, String what) {
		return new Call(method, resource, "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8), what, null);
	}

	public static Call bytes(String method, String resource, String contentType, byte[] body, String what) {
		return new Call(method, resource, contentType, body, what, null);
	}
}
