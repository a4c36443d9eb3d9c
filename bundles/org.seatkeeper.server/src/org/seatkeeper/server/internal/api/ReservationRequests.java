package org.seatkeeper.server.internal.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.seatkeeper.model.FeatureVersion;
import org.seatkeeper.server.internal.licensing.Reservations;
import org.seatkeeper.server.internal.state.ServerData.HostIdValue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads a posted reservation group (the documented format) into what {@link Reservations#plan} checks against
 * the server: every field that is missing or malformed is refused here, with where it is.
 */
final class ReservationRequests {

	private ReservationRequests() {
	}

	/** The group in {@code json}; {@code defaultName} names it in messages when it has no name. */
	static Reservations.WantedGroup group(JsonObject json, String defaultName) throws ApiException {
		String given = json.has("name") && json.get("name").isJsonPrimitive() ? json.get("name").getAsString().trim() : "";
		String name = given.isEmpty() ? defaultName : given;
		JsonElement list = json.get("reservations");
		if (list == null || !list.isJsonArray() || list.getAsJsonArray().isEmpty()) {
			throw ApiException.badRequest("glsErr.missingField", "Group " + name + ": 'reservations' must list at least one reservation",
					"reservations");
		}
		List<Reservations.WantedReservation> reservations = new ArrayList<>();
		int index = 0;
		for (JsonElement element : list.getAsJsonArray()) {
			index++;
			String where = "Group " + name + ", reservation " + index;
			JsonObject reservation = object(element, where);
			JsonObject hostIdJson = object(reservation.get("hostId"), where + ": hostId");
			String value = text(hostIdJson, "value", where + ": hostId");
			String type = hostIdJson.has("type") ? text(hostIdJson, "type", where + ": hostId").toUpperCase(Locale.ROOT) : "STRING";
			JsonElement entriesJson = reservation.get("reservationEntries");
			if (entriesJson == null || !entriesJson.isJsonArray() || entriesJson.getAsJsonArray().isEmpty()) {
				throw ApiException.badRequest("glsErr.missingField", where + ": 'reservationEntries' must list at least one entry",
						"reservationEntries");
			}
			List<Reservations.WantedEntry> entries = new ArrayList<>();
			int entryIndex = 0;
			for (JsonElement entryElement : entriesJson.getAsJsonArray()) {
				entryIndex++;
				entries.add(entry(object(entryElement, where + ", entry " + entryIndex), where + ", entry " + entryIndex));
			}
			reservations.add(new Reservations.WantedReservation(new HostIdValue(type, value), entries));
		}
		return new Reservations.WantedGroup(given, reservations);
	}

	private static Reservations.WantedEntry entry(JsonObject entry, String at) throws ApiException {
		String feature = text(entry, "featureName", at);
		String version = text(entry, "featureVersion", at);
		if (!version.matches("\\d+(\\.\\d+)?") || FeatureVersion.parse(version).isEmpty()) {
			throw ApiException.badRequest("glsErr.invalidField", at + ": featureVersion '" + version + "' is no version such as 1.0",
					"featureVersion");
		}
		String countText = text(entry, "featureCount", at);
		int count;
		try {
			count = Integer.parseInt(countText);
		} catch (NumberFormatException e) {
			count = 0;
		}
		if (count < 1) {
			throw ApiException.badRequest("glsErr.invalidField", at + ": featureCount must be a whole number above 0, not '" + countText
					+ "'", "featureCount");
		}
		return new Reservations.WantedEntry(feature, FeatureVersion.parse(version).get(), version, count);
	}

	private static JsonObject object(JsonElement element, String where) throws ApiException {
		if (element == null || !element.isJsonObject()) {
			throw ApiException.badRequest("glsErr.invalidField", where + " must be a JSON object", where);
		}
		return element.getAsJsonObject();
	}

	private static String text(JsonObject object, String member, String where) throws ApiException {
		JsonElement value = object.get(member);
		if (value == null || value.isJsonNull() || !value.isJsonPrimitive() || value.getAsString().isBlank()) {
			throw ApiException.badRequest("glsErr.missingField", where + ": '" + member + "' is missing", member);
		}
		return value.getAsString().trim();
	}
}
