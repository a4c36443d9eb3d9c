package org.seatkeeper.server.internal.api;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.seatkeeper.server.internal.security.Principal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * One API request as a handler sees it.
 *
 * @param method      GET, POST, PUT or DELETE (HEAD arrives as GET)
 * @param path        the request's path as the server read it (runs of slashes made one), e.g.
 *                    {@code /api/1.0/instances/~/features/12/clients}
 * @param resource    the path below the API base, e.g. {@code features/12/clients}
 * @param parameters  the values of the route's path parameters, in order
 * @param contentType the media type of the body without parameters, lower case; empty if none
 * @param body        the body
 * @param principal   who is asking
 * @param remote      the client's address
 * @param headers     the request's headers (names in any case)
 */
public record Request(String method, String path, String resource, List<String> parameters, String contentType, byte[] body,
		Principal principal, InetAddress remote, java.util.function.Function<String, String> headers) {

	/** The first value of header {@code name} (any case), or null. */
	public String header(String name) {
		return headers.apply(name);
	}

	/** The i-th path parameter. */
	public String parameter(int i) {
		return parameters.get(i);
	}

	/** The body as a JSON object; a 415 if it is not declared JSON, a 400 if it is no JSON object. */
	public JsonObject jsonObject() throws ApiException {
		JsonElement json = json();
		if (!json.isJsonObject()) {
			throw ApiException.badRequest("glsErr.invalidJson", "The request body must be a JSON object");
		}
		return json.getAsJsonObject();
	}

	public JsonElement json() throws ApiException {
		requireContentType("application/json");
		try {
			return JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
		} catch (JsonParseException e) {
			throw ApiException.badRequest("glsErr.invalidJson", "The request body is not valid JSON: " + rootMessage(e));
		}
	}

	/** Refuses with 415 unless the body is of one of {@code types}. */
	public void requireContentType(String... types) throws ApiException {
		if (!List.of(types).contains(contentType)) {
			throw new ApiException(415, "glsErr.unsupportedMediaType", "Expected a body of type " + String.join(" or ", types)
					+ (contentType.isEmpty() ? " but the request declares none" : " but got " + contentType), contentType);
		}
	}

	/** A string member of a JSON object, or a 400 naming it. */
	public static String text(JsonObject object, String member) throws ApiException {
		return optionalText(object, member)
				.orElseThrow(() -> ApiException.badRequest("glsErr.missingField", "The field '" + member + "' is missing", member));
	}

	public static Optional<String> optionalText(JsonObject object, String member) throws ApiException {
		JsonElement value = object.get(member);
		if (value == null || value.isJsonNull()) {
			return Optional.empty();
		}
		if (!value.isJsonPrimitive()) {
			throw ApiException.badRequest("glsErr.invalidField", "The field '" + member + "' must be a string", member);
		}
		return Optional.of(value.getAsString());
	}

	private static String rootMessage(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}
}
