package org.seatkeeper.core.internal.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.seatkeeper.core.client.ServerErrorException;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.client.UnexpectedAnswerException;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Reads answers: strict JSON, error bodies, and clear messages for what is not a license server's JSON. */
public final class Answers {

	private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");

	private Answers() {
	}

	/**
	 * The answer's JSON, read strictly.
	 *
	 * @throws UnexpectedAnswerException if the body is empty, HTML, text or JSON cut short
	 */
	public static JsonElement json(Answer answer, String what) throws UnexpectedAnswerException {
		String text = answer.text();
		String problem = notJson(answer, text);
		if (problem != null) {
			throw new UnexpectedAnswerException(answer.uri(), answer.status(),
					"The server answered " + status(answer) + " " + problem + " when asked to " + what
							+ ", not the JSON a license server sends. Is this the license server's address, or is a proxy in between?",
					null);
		}
		try {
			return StrictJson.parse(text);
		} catch (StrictJson.Problem e) {
			throw invalid(answer, what, e, answer.length());
		}
	}

	/** An answer of {@code length} bytes that is not the JSON it should be. */
	private static UnexpectedAnswerException invalid(Answer answer, String what, StrictJson.Problem e, long length) {
		if (e.isTruncated()) {
			return new UnexpectedAnswerException(answer.uri(), answer.status(), "The server's answer when asked to " + what
					+ " ends in the middle of its JSON (after " + length + " bytes); the connection may have been cut.", e);
		}
		return new UnexpectedAnswerException(answer.uri(), answer.status(), "The server's answer when asked to " + what
				+ " is not valid JSON: " + e.getMessage() + ".", e);
	}

	/**
	 * The records of a list answer: a JSON array is read one item at a time and each is decoded by
	 * {@code item} (named "{@code itemName} N" in messages), so that a list of 100,000 records is never held
	 * as a whole JSON tree nor as text; any other JSON (a list inside an object, say) is decoded whole by
	 * {@code whole}. Decoders' exceptions pass through.
	 *
	 * @throws UnexpectedAnswerException as {@link #json} does
	 */
	public static <T> List<T> list(Answer answer, String what, java.util.function.Function<JsonElement, List<T>> whole,
			java.util.function.BiFunction<JsonElement, String, T> item, String itemName) throws UnexpectedAnswerException {
		try {
			// read once, letting each chunk go as it is read: 100,000 devices' text does not stay beside the devices
			return list(answer.uri(), answer.status(), answer.contentType(), answer.consume(), what, whole, item, itemName);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e); // an answer in memory reads without fail
		}
	}

	/**
	 * The records of a list answer as its {@code body} arrives (see {@link #list(Answer, String, java.util.function.Function,
	 * java.util.function.BiFunction, String)}).
	 *
	 * @throws java.io.IOException if the body cannot be read
	 */
	public static <T> List<T> list(java.net.URI uri, int status, String contentType, java.io.InputStream body, String what,
			java.util.function.Function<JsonElement, List<T>> whole, java.util.function.BiFunction<JsonElement, String, T> item,
			String itemName) throws UnexpectedAnswerException, java.io.IOException {
		java.io.BufferedInputStream in = new java.io.BufferedInputStream(body, HEAD);
		in.mark(HEAD);
		byte[] head = in.readNBytes(HEAD);
		in.reset();
		Answer start = new Answer(uri, status, contentType, head);
		String text = start.text();
		if (!text.stripLeading().startsWith("[") || notJson(start, text) != null) {
			return whole.apply(json(new Answer(uri, status, contentType, in.readAllBytes()), what));
		}
		long[] read = { 0 };
		java.io.InputStream counted = new java.io.FilterInputStream(in) {
			@Override
			public int read(byte[] into, int offset, int length) throws java.io.IOException {
				int n = super.read(into, offset, length);
				read[0] += Math.max(0, n);
				return n;
			}
		};
		try {
			return StrictJson.items(new java.io.InputStreamReader(counted, java.nio.charset.StandardCharsets.UTF_8),
					(element, index) -> item.apply(element, itemName + " " + (index + 1)));
		} catch (StrictJson.Problem e) {
			throw invalid(start, what, e, read[0]);
		} catch (java.io.UncheckedIOException e) {
			throw e.getCause();
		}
	}

	/** How much of a body is looked at to tell HTML or text from JSON. */
	private static final int HEAD = 64 * 1024;

	private static String notJson(Answer answer, String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			return "with an empty body";
		}
		String type = answer.contentType().toLowerCase(Locale.ROOT);
		if (type.contains("html") || trimmed.startsWith("<")) {
			Matcher title = TITLE.matcher(trimmed);
			return "with an HTML page" + (title.find() ? " ('" + oneLine(title.group(1), 80) + "')" : "");
		}
		char first = trimmed.charAt(0);
		if (first != '{' && first != '[' && first != '"' && !type.contains("json")) {
			return "with text ('" + oneLine(trimmed, 80) + "')";
		}
		return null;
	}

	private static String oneLine(String text, int max) {
		String line = text.replaceAll("\\s+", " ").trim();
		return line.length() <= max ? line : line.substring(0, max) + "…";
	}

	private static String status(Answer answer) {
		return "HTTP " + answer.status();
	}

	/**
	 * The error an answer with a status of 400 or more stands for: the server's error body as a
	 * {@link ServerErrorException}, or a clear {@link UnexpectedAnswerException} when the body is not one. An
	 * answer of 404 or 405 to a part of the API a server may not offer ({@link Call#part()}) says that the
	 * server does not offer it, whatever its body.
	 */
	public static ServerException error(Answer answer, Call call) {
		if (call.part() != null && (answer.status() == 404 || answer.status() == 405)) {
			String said = call.part().missing() + " (" + call.method() + " " + call.resource() + " answered " + status(answer) + ")";
			return new ServerErrorException(answer.uri(), answer.status(), key(answer), said, said, List.of(), call.part());
		}
		return error(answer, call.what());
	}

	/** The error key of an error body, or "" when it has none or is not JSON. */
	private static String key(Answer answer) {
		try {
			JsonElement json = StrictJson.parse(answer.text());
			return json.isJsonObject() ? Decoder.text(json.getAsJsonObject(), "key", "errorKey", "code") : "";
		} catch (StrictJson.Problem | RuntimeException e) {
			return "";
		}
	}

	/**
	 * The error an answer with a status of 400 or more stands for, when asked to {@code what}: the server's
	 * error body as a {@link ServerErrorException} (with the message a person reads for the keys Seatkeeper
	 * knows, see {@link ErrorMessages}), or a clear {@link UnexpectedAnswerException} when the body is not one.
	 */
	public static ServerException error(Answer answer, String what) {
		String text = answer.text();
		if (text.isBlank()) {
			return new ServerErrorException(answer.uri(), answer.status(), "",
					"The server refused to " + what + " (" + status(answer) + ", no explanation given).", List.of());
		}
		JsonElement json;
		try {
			json = json(answer, what);
		} catch (UnexpectedAnswerException e) {
			return e;
		}
		if (json.isJsonObject()) {
			JsonObject body = json.getAsJsonObject();
			String key = Decoder.text(body, "key", "errorKey", "code");
			String message = Decoder.text(body, "message", "error_description", "detail");
			if (message.isEmpty() && body.has("error") && body.get("error").isJsonPrimitive()
					&& body.get("error").getAsJsonPrimitive().isString()) {
				message = body.get("error").getAsString();
			}
			List<String> arguments = new ArrayList<>();
			if (body.has("arguments") && body.get("arguments").isJsonArray()) {
				body.getAsJsonArray("arguments").forEach(a -> arguments.add(a.isJsonPrimitive() ? a.getAsString() : a.toString()));
			}
			if (!message.isEmpty()) {
				return new ServerErrorException(answer.uri(), answer.status(), key, ErrorMessages.forPerson(key, message, arguments),
						message, arguments, null);
			}
		}
		return new ServerErrorException(answer.uri(), answer.status(), "",
				"The server refused to " + what + " (" + status(answer) + ") with an answer that gives no message: "
						+ oneLine(text, 120),
				List.of());
	}
}
