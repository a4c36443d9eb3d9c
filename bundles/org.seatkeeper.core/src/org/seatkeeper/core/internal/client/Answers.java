package org.seatkeeper.core.internal.client;

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.seatkeeper.core.client.ServerErrorException;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.client.UnexpectedAnswerException;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/** Reads answers: strict JSON, error bodies, and clear messages for what is not a license server's JSON. */
public final class Answers {

	private static final TypeAdapter<JsonElement> ELEMENT = new Gson().getAdapter(JsonElement.class);
	private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
	private static final Pattern LOCATION = Pattern.compile("at line (\\d+) column (\\d+)");

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
		JsonReader reader = new JsonReader(new StringReader(text));
		reader.setStrictness(Strictness.STRICT);
		JsonElement element;
		try {
			element = ELEMENT.read(reader);
		} catch (IOException | JsonParseException | IllegalStateException e) {
			if (e instanceof EOFException || atEnd(e.getMessage(), text)) {
				throw new UnexpectedAnswerException(answer.uri(), answer.status(), "The server's answer when asked to " + what
						+ " ends in the middle of its JSON (after " + answer.body().length
						+ " bytes); the connection may have been cut.", e);
			}
			throw new UnexpectedAnswerException(answer.uri(), answer.status(), "The server's answer when asked to " + what
					+ " is not valid JSON: " + readable(e.getMessage()) + ".", e);
		}
		boolean more;
		try {
			more = reader.peek() != JsonToken.END_DOCUMENT;
		} catch (IOException e) {
			more = true;
		}
		if (more) {
			throw new UnexpectedAnswerException(answer.uri(), answer.status(), "The server's answer when asked to " + what
					+ " is not valid JSON: more follows after the JSON value.", null);
		}
		return element;
	}

	/** Whether a parse error's position is the end of {@code text}: the JSON was cut short. */
	private static boolean atEnd(String message, String text) {
		if (message == null) {
			return false;
		}
		Matcher at = LOCATION.matcher(message);
		if (!at.find()) {
			return message.contains("End of input");
		}
		int line = Integer.parseInt(at.group(1));
		int column = Integer.parseInt(at.group(2));
		String[] lines = text.stripTrailing().split("\n", -1);
		return line >= lines.length && column > lines[lines.length - 1].length();
	}

	private static String readable(String message) {
		if (message == null) {
			return "it cannot be read";
		}
		String text = message.replaceFirst("^com\\.google\\.gson\\.[\\w.]+: ", "").replaceAll("\\s*See https://\\S+", "")
				.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "Malformed JSON");
		Matcher at = LOCATION.matcher(text);
		if (at.find()) {
			String head = text.substring(0, at.start()).trim();
			return "line " + at.group(1) + ", column " + at.group(2) + ": " + head.toLowerCase(Locale.ROOT);
		}
		return text;
	}

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
	 * {@link ServerErrorException}, or a clear {@link UnexpectedAnswerException} when the body is not one.
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
				return new ServerErrorException(answer.uri(), answer.status(), key, message, arguments);
			}
		}
		return new ServerErrorException(answer.uri(), answer.status(), "",
				"The server refused to " + what + " (" + status(answer) + ") with an answer that gives no message: "
						+ oneLine(text, 120),
				List.of());
	}
}
