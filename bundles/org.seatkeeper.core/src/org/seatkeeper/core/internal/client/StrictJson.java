package org.seatkeeper.core.internal.client;

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/** Reads JSON strictly (one value, nothing lenient) and says where and why it is not JSON. */
public final class StrictJson {

	/** Text that is not one strict JSON value. */
	public static final class Problem extends Exception {
		private static final long serialVersionUID = 1L;
		private final boolean truncated;

		Problem(String message, boolean truncated, Throwable cause) {
			super(message, cause);
			this.truncated = truncated;
		}

		/** Whether the text ends inside the value: cut short rather than wrong. */
		public boolean isTruncated() {
			return truncated;
		}
	}

	private static final TypeAdapter<JsonElement> ELEMENT = new Gson().getAdapter(JsonElement.class);
	private static final Pattern LOCATION = Pattern.compile("at line (\\d+) column (\\d+)");

	private StrictJson() {
	}

	/**
	 * The JSON value of {@code text}.
	 *
	 * @throws Problem whose message is "line L, column C: what is wrong", "more follows after the JSON
	 *                 value", or (when {@link Problem#isTruncated()}) "the text ends inside the value"
	 */
	public static JsonElement parse(String text) throws Problem {
		JsonReader reader = new JsonReader(new StringReader(text));
		reader.setStrictness(Strictness.STRICT);
		JsonElement element;
		try {
			element = ELEMENT.read(reader);
		} catch (IOException | JsonParseException | IllegalStateException e) {
			if (e instanceof EOFException || atEnd(e.getMessage(), text)) {
				throw new Problem("the text ends inside the value", true, e);
			}
			throw new Problem(readable(e.getMessage()), false, e);
		}
		boolean more;
		try {
			more = reader.peek() != JsonToken.END_DOCUMENT;
		} catch (IOException e) {
			more = true;
		}
		if (more) {
			throw new Problem("more follows after the JSON value", false, null);
		}
		return element;
	}

	/**
	 * The items of the JSON array in {@code text}, each read and handed to {@code item} in turn, so that a
	 * list of 100,000 records never exists as one JSON tree. {@code item}'s own exceptions pass through.
	 *
	 * @throws Problem                     if the text is not one strict JSON array (its message is less precise than
	 *                                      {@link #parse}'s: parse the text again for that)
	 * @throws java.io.UncheckedIOException if the text cannot be read (a connection broken off, say)
	 */
	public static <T> java.util.List<T> items(java.io.Reader text, java.util.function.BiFunction<JsonElement, Integer, T> item)
			throws Problem {
		JsonReader reader = new JsonReader(text);
		reader.setStrictness(Strictness.STRICT);
		java.util.List<T> items = new java.util.ArrayList<>();
		try {
			reader.beginArray();
		} catch (IOException | IllegalStateException e) {
			throw new Problem(readable(e.getMessage()), e instanceof EOFException, e);
		}
		while (true) {
			JsonElement element;
			try {
				if (!reader.hasNext()) {
					reader.endArray();
					if (!atEndOfDocument(reader)) {
						throw new Problem("more follows after the JSON value", false, null);
					}
					return items;
				}
				element = ELEMENT.read(reader);
			} catch (IOException | JsonParseException | IllegalStateException e) {
				if (e instanceof IOException io && !(io instanceof EOFException) && !(io instanceof com.google.gson.stream.MalformedJsonException)) {
					throw new java.io.UncheckedIOException(io); // the text could not be read: not a fault of the JSON
				}
				boolean truncated = e instanceof EOFException || e.getMessage() != null && (e.getMessage().contains("End of input")
						|| e.getMessage().startsWith("Unterminated") && ended(text));
				throw new Problem(truncated ? "the text ends inside the value" : readable(e.getMessage()), truncated, e);
			}
			items.add(item.apply(element, items.size()));
		}
	}

	/** What {@code element} is, for a message that says what was expected instead: "nothing", "an object", "an array", "the value 5". */
	public static String kind(JsonElement element) {
		if (element == null || element.isJsonNull()) {
			return "nothing";
		}
		if (element.isJsonObject()) {
			return "an object";
		}
		if (element.isJsonArray()) {
			return "an array";
		}
		return "the value " + element;
	}

	private static boolean atEndOfDocument(JsonReader reader) {
		try {
			return reader.peek() == JsonToken.END_DOCUMENT;
		} catch (IOException e) {
			return false; // something that is not even JSON follows
		}
	}

	/** Whether {@code text} has nothing more: then a value left unterminated was cut off by the end of the text. */
	private static boolean ended(java.io.Reader text) {
		try {
			return text.read() == -1;
		} catch (IOException e) {
			return false;
		}
	}

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
		String[] lines = text.stripTrailing().split("\\n", -1);
		return line >= lines.length && column > lines[lines.length - 1].length();
	}

	private static String readable(String message) {
		if (message == null) {
			return "it cannot be read";
		}
		String text = message.replaceFirst("^com\\.google\\.gson\\.[\\w.]+: ", "").replaceAll("\\s*See https://\\S+", "")
				.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "Unexpected character");
		Matcher at = LOCATION.matcher(text);
		if (at.find()) {
			String head = text.substring(0, at.start()).trim();
			return "line " + at.group(1) + ", column " + at.group(2) + ": " + head.toLowerCase(Locale.ROOT);
		}
		return text;
	}
}
