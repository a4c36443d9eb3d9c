package org.seatkeeper.server.internal.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a handler answers: a body in memory, or one written straight to the connection.
 *
 * @param status      the HTTP status
 * @param contentType the media type of the body
 * @param body        the body; empty for none (or when {@code writer} writes it)
 * @param headers     extra headers
 * @param writer      writes a body too large to hold in memory (sent in chunks), or {@code null}
 */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers, BodyWriter writer) {

	public static final String JSON = "application/json";

	/** Writes a body as it is sent, e.g. the JSON of 100,000 devices one device at a time. */
	@FunctionalInterface
	public interface BodyWriter {
		void write(OutputStream out) throws IOException;
	}

	public Response(int status, String contentType, byte[] body, Map<String, String> headers) {
		this(status, contentType, body, headers, null);
	}

	public static Response json(int status, String json) {
		return new Response(status, JSON, json.getBytes(StandardCharsets.UTF_8), Map.of());
	}

	public static Response ok(String json) {
		return json(200, json);
	}

	/** An answer record (or a Gson tree) written as JSON by {@link WireJson#GSON}. */
	public static Response json(int status, Object answer) {
		return json(status, WireJson.GSON.toJson(answer));
	}

	/** An answer record (or a Gson tree) written as JSON by {@link WireJson#GSON}. */
	public static Response ok(Object answer) {
		return json(200, answer);
	}

	/** A JSON answer written by {@code writer} as it is sent. */
	public static Response streamed(BodyWriter writer) {
		return new Response(200, JSON, new byte[0], Map.of(), writer);
	}

	public static Response text(String text) {
		return new Response(200, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
	}

	public static Response empty(int status) {
		return new Response(status, JSON, new byte[0], Map.of());
	}
}
