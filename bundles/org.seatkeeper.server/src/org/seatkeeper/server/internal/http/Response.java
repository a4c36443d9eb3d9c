package org.seatkeeper.server.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a handler answers.
 *
 * @param status      the HTTP status
 * @param contentType the media type of the body
 * @param body        the body; empty for none
 * @param headers     extra headers
 */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {

	public static final String JSON = "application/json";

	public static Response json(int status, String json) {
		return new Response(status, JSON, json.getBytes(StandardCharsets.UTF_8), Map.of());
	}

	public static Response ok(String json) {
		return json(200, json);
	}

	public static Response text(String text) {
		return new Response(200, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
	}

	public static Response empty(int status) {
		return new Response(status, JSON, new byte[0], Map.of());
	}
}
