package org.seatkeeper.server.internal.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.seatkeeper.model.rules.VendorValue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A device's vendor dictionary: kept as the JSON the device sent (stored with its record, and answered back as it
 * came), and read by the model's rules as vendor values.
 */
public final class VendorDictionary {

	private static final VendorDictionary EMPTY = new VendorDictionary(new JsonObject());

	private final JsonObject json;

	private VendorDictionary(JsonObject json) {
		this.json = json;
	}

	/** The dictionary {@code json}; null is an empty one. */
	public static VendorDictionary of(JsonObject json) {
		return json == null ? EMPTY : new VendorDictionary(json);
	}

	/** The JSON as the device sent it. */
	public JsonObject json() {
		return json;
	}

	/** The values the rules read: numbers, texts and arrays of them; other members are left out. */
	public Map<String, VendorValue> values() {
		Map<String, VendorValue> values = new LinkedHashMap<>();
		for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
			vendorValue(entry.getValue()).ifPresent(v -> values.put(entry.getKey(), v));
		}
		return Collections.unmodifiableMap(values);
	}

	private static Optional<VendorValue> vendorValue(JsonElement element) {
		if (element.isJsonArray()) {
			List<VendorValue> elements = new ArrayList<>();
			for (JsonElement item : element.getAsJsonArray()) {
				if (item.isJsonPrimitive()) {
					vendorValue(item).ifPresent(elements::add);
				}
			}
			return Optional.of(new VendorValue.Array(elements));
		}
		if (!element.isJsonPrimitive()) {
			return Optional.empty();
		}
		if (element.getAsJsonPrimitive().isNumber()) {
			long number = element.getAsLong();
			if (number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE) {
				return Optional.of(new VendorValue.Int((int) number));
			}
		}
		return Optional.of(new VendorValue.Text(element.getAsString()));
	}
}
