package org.seatkeeper.model.internal.cli;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.seatkeeper.model.FeatureVersion;
import org.seatkeeper.model.allocation.ServerFeature;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Reads a server's feature list as {@code GET .../features} returns it (an array of feature objects, or
 * an object with a {@code features} array), so that {@code curl .../features > features.json} gives a
 * file the preview reads. Tolerates both a number and a string for {@code featureCount}, and the date
 * forms servers write: {@code 2027-01-31}, {@code 31-jan-2027}, RFC 3339 time stamps and
 * {@code permanent}.
 */
final class FeaturesFile {

	private static final DateTimeFormatter LICENSE_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
			.appendPattern("d-MMM-yyyy").toFormatter(Locale.ROOT);

	/** A problem with the file, with where it is. */
	static final class FormatException extends Exception {
		private static final long serialVersionUID = 1L;

		FormatException(String message) {
			super(message);
		}
	}

	private FeaturesFile() {
	}

	static List<ServerFeature> parse(String json) throws FormatException {
		JsonElement root;
		try {
			root = JsonParser.parseString(json);
		} catch (JsonParseException e) {
			throw new FormatException("not valid JSON: " + rootCause(e));
		}
		JsonArray array;
		if (root.isJsonArray()) {
			array = root.getAsJsonArray();
		} else if (root.isJsonObject() && root.getAsJsonObject().has("features") && root.getAsJsonObject().get("features").isJsonArray()) {
			array = root.getAsJsonObject().getAsJsonArray("features");
		} else {
			throw new FormatException("expected an array of features (as GET /features returns it) or {\"features\": [...]}");
		}
		List<ServerFeature> features = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			if (!array.get(i).isJsonObject()) {
				throw new FormatException("feature " + (i + 1) + " is not an object");
			}
			features.add(feature(array.get(i).getAsJsonObject(), i + 1));
		}
		return features;
	}

	private static ServerFeature feature(JsonObject object, int number) throws FormatException {
		String where = "feature " + number;
		String name = text(object, where, true, "featureName", "name");
		String versionText = text(object, where, true, "featureVersion", "version");
		FeatureVersion version = FeatureVersion.parse(versionText)
				.orElseThrow(() -> new FormatException(where + " (" + name + "): \"" + versionText + "\" is not a version such as 1.0"));
		String id = text(object, where, false, "id", "featureId");
		String countText = text(object, where, true, "featureCount", "count");
		long count;
		try {
			count = Long.parseLong(countText.trim());
		} catch (NumberFormatException e) {
			throw new FormatException(where + " (" + name + "): featureCount \"" + countText + "\" is not a whole number");
		}
		if (count < 0) {
			throw new FormatException(where + " (" + name + "): featureCount cannot be negative");
		}
		LocalDate expiry = date(object, where, "expiry");
		LocalDate start = date(object, where, "startDate", "starts", "start");
		String vendorString = text(object, where, false, "vendorString");
		return new ServerFeature(id == null ? Integer.toString(number) : id, name, version, count, expiry, start, vendorString);
	}

	private static String text(JsonObject object, String where, boolean required, String... keys) throws FormatException {
		for (String key : keys) {
			JsonElement value = object.get(key);
			if (value != null && !value.isJsonNull()) {
				if (!value.isJsonPrimitive()) {
					throw new FormatException(where + ": " + key + " must be a string or a number");
				}
				JsonPrimitive primitive = value.getAsJsonPrimitive();
				return primitive.isNumber() ? primitive.getAsNumber().toString() : primitive.getAsString();
			}
		}
		if (required) {
			throw new FormatException(where + ": " + keys[0] + " is missing");
		}
		return null;
	}

	private static LocalDate date(JsonObject object, String where, String... keys) throws FormatException {
		String text = text(object, where, false, keys);
		if (text == null || text.isBlank() || text.equalsIgnoreCase("permanent")) {
			return null;
		}
		String trimmed = text.trim();
		try {
			if (trimmed.length() > 10 && trimmed.charAt(4) == '-' && trimmed.contains("T")) {
				return OffsetDateTime.parse(trimmed).toLocalDate();
			}
			if (trimmed.length() == 10 && trimmed.charAt(4) == '-') {
				return LocalDate.parse(trimmed);
			}
			return LocalDate.parse(trimmed, LICENSE_DATE);
		} catch (DateTimeParseException e) {
			throw new FormatException(where + ": " + keys[0] + " \"" + text
					+ "\" is not a date (write 2027-01-31, 31-jan-2027 or permanent)");
		}
	}

	private static String rootCause(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}
}
