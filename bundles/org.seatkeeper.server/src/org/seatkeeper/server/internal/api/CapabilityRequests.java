package org.seatkeeper.server.internal.api;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.seatkeeper.model.FeatureVersion;
import org.seatkeeper.model.policy.Durations;
import org.seatkeeper.server.internal.licensing.CapabilityRequest.Wanted;
import org.seatkeeper.server.internal.licensing.CapabilityRequest;
import org.seatkeeper.server.internal.state.ServerData.HostIdValue;
import org.seatkeeper.server.internal.state.VendorDictionary;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Reads a capability request's JSON (the documented {@code access_request} body) into a {@link CapabilityRequest}. */
final class CapabilityRequests {

	private CapabilityRequests() {
	}

	/** The most feature lines one request may list. */
	public static final int MAX_FEATURES = 256;
	/** The most bytes of JSON a request's vendor (or selectors) dictionary may hold. */
	public static final int MAX_DICTIONARY = 64 * 1024;

	/** The request in the documented {@code access_request} body, or a 400 that says what is wrong and where. */
	static CapabilityRequest parse(JsonObject body) throws ApiException {
		JsonElement hostIdElement = body.get("hostId");
		if (hostIdElement == null || !hostIdElement.isJsonObject()) {
			throw ApiException.badRequest("glsErr.missingField", "The request needs a hostId: {\"type\": ..., \"value\": ...}",
					"hostId");
		}
		JsonObject hostIdJson = hostIdElement.getAsJsonObject();
		String value = string(hostIdJson, "value", "hostidValue");
		String type = Optional.ofNullable(string(hostIdJson, "type", "hostidType")).orElse("STRING");
		if (value == null || value.isBlank()) {
			throw ApiException.badRequest("glsErr.missingField", "The hostId has no value", "hostId.value");
		}
		List<Wanted> features = new ArrayList<>();
		JsonElement list = body.get("features");
		if (list != null && !list.isJsonNull()) {
			if (!list.isJsonArray()) {
				throw ApiException.badRequest("glsErr.invalidField", "features must be an array", "features");
			}
			if (list.getAsJsonArray().size() > MAX_FEATURES) {
				throw ApiException.badRequest("glsErr.tooManyFeatures", "A request may list at most " + MAX_FEATURES
						+ " features; this one lists " + list.getAsJsonArray().size(), Integer.toString(MAX_FEATURES));
			}
			int index = 0;
			for (JsonElement element : list.getAsJsonArray()) {
				index++;
				if (!element.isJsonObject()) {
					throw ApiException.badRequest("glsErr.invalidField", "features[" + index + "] must be an object", "features");
				}
				JsonObject feature = element.getAsJsonObject();
				int position = index;
				String name = string(feature, "name", "featureName");
				String version = Optional.ofNullable(string(feature, "version", "featureVersion")).orElse("0.0");
				FeatureVersion parsed = FeatureVersion.parse(version).orElseThrow(() -> ApiException.badRequest(
						"glsErr.invalidField", "features[" + position + "]: '" + version + "' is no version such as 1.0", "version"));
				String countText = Optional.ofNullable(string(feature, "count", "featureCount")).orElse("1");
				Integer count = wholeNumber(countText);
				if (name == null || name.isBlank() || count == null) {
					throw ApiException.badRequest("glsErr.invalidField",
							"features[" + index + "] needs a name and a whole number as its count", "features");
				}
				if (count < 0 && !bool(body, "incremental")) {
					throw ApiException.badRequest("glsErr.invalidField", "features[" + index + "]: a negative count (" + count
							+ ") gives counts back, which only an incremental request can do; add \"incremental\": true", "features");
				}
				features.add(new Wanted(name, version, parsed, count, null));
			}
		}
		String borrowText = string(body, "borrow-interval", "borrowInterval");
		Duration borrow = null;
		if (borrowText != null) {
			borrow = Durations.parse(borrowText).orElseThrow(() -> ApiException.badRequest("glsErr.invalidField",
					"borrow-interval '" + borrowText + "' is no time value (seconds, or 5m, 2h, 1d, 1w)", "borrow-interval"));
		}
		String granularityText = string(body, "borrow-granularity", "borrowGranularity");
		ChronoUnit granularity = null;
		if (granularityText != null) {
			granularity = CapabilityRequest.granularity(granularityText).orElseThrow(() -> ApiException.badRequest("glsErr.invalidField",
					"borrow-granularity '" + granularityText + "' is none of DAY, HOUR, MINUTE or SECOND", "borrow-granularity"));
		}
		JsonElement dictionary = body.get("vendorDictionary");
		for (String name : new String[] { "vendorDictionary", "selectorsDictionary" }) {
			JsonElement member = body.get(name);
			// most dictionaries are far from the limit even at six bytes a character: then they are not counted
			long size = member == null || jsonBytes(member, true) <= MAX_DICTIONARY ? 0 : jsonBytes(member, false);
			if (size > MAX_DICTIONARY) {
				throw ApiException.badRequest("glsErr.dictionaryTooLarge", name + " holds " + size + " bytes of JSON; a request may"
						+ " carry at most " + MAX_DICTIONARY, name, Integer.toString(MAX_DICTIONARY));
			}
		}
		return new CapabilityRequest(new HostIdValue(type.toUpperCase(Locale.ROOT), value), string(body, "user", "userId"),
				string(body, "hostName", "hostname"), string(body, "hostType", "hosttype"),
				Optional.ofNullable(string(body, "deviceType")).orElse("UNKNOWN").toUpperCase(Locale.ROOT),
				VendorDictionary.of(dictionary != null && dictionary.isJsonObject() ? dictionary.getAsJsonObject() : null), features, borrow,
				granularity, bool(body, "partial"), bool(body, "incremental"), string(body, "correlationId"));
	}

	private static Integer wholeNumber(String text) {
		try {
			return Integer.valueOf(text.trim());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/**
	 * The bytes of {@code element} written as compact JSON in UTF-8, counted without writing it (a flood of
	 * large dictionaries must not cost a copy of each); with {@code bound}, a quick upper bound that takes
	 * every character of a string for the six bytes of an escape.
	 */
	public static long jsonBytes(JsonElement element, boolean bound) {
		if (element.isJsonObject()) {
			long size = 2;
			for (var member : element.getAsJsonObject().entrySet()) {
				size += stringBytes(member.getKey(), bound) + 1 + jsonBytes(member.getValue(), bound) + 1;
			}
			return element.getAsJsonObject().isEmpty() ? size : size - 1;
		}
		if (element.isJsonArray()) {
			long size = 2;
			for (JsonElement item : element.getAsJsonArray()) {
				size += jsonBytes(item, bound) + 1;
			}
			return element.getAsJsonArray().isEmpty() ? size : size - 1;
		}
		if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
			return stringBytes(element.getAsString(), bound);
		}
		return element.toString().length(); // null, a boolean or a number: ASCII
	}

	private static long stringBytes(String text, boolean bound) {
		if (bound) {
			return 2 + 6L * text.length();
		}
		long size = 2;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f') {
				size += 2;
			} else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
				size += 6;
			} else if (c < 0x80) {
				size += 1;
			} else if (c < 0x800 || Character.isSurrogate(c)) {
				size += 2; // a surrogate pair makes four
			} else {
				size += 3;
			}
		}
		return size;
	}

	private static String string(JsonObject object, String... names) {
		for (String name : names) {
			JsonElement value = object.get(name);
			if (value != null && value.isJsonPrimitive()) {
				return value.getAsString();
			}
		}
		return null;
	}

	private static boolean bool(JsonObject object, String name) {
		JsonElement value = object.get(name);
		return value != null && value.isJsonPrimitive() && value.getAsString().equalsIgnoreCase("true");
	}
}
