package org.seatkeeper.core.reservations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.seatkeeper.core.domain.HostId;
import org.seatkeeper.core.domain.Reservation;
import org.seatkeeper.core.domain.ReservationEntry;
import org.seatkeeper.core.domain.ReservationGroup;
import org.seatkeeper.core.internal.client.StrictJson;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The documented reservations JSON: a group
 * {@code {"name":…, "reservations":[{"hostId":{"value","type"}, "reservationEntries":[{"featureName",
 * "featureVersion","featureCount"}]}]}}, or an array of groups.
 *
 * <p>{@link #read(String)} accepts a group, an array of groups, or an object holding such an array
 * (e.g. {@code {"reservationGroups":[…]}}); ids a server added are ignored, and the other hostid key
 * style ({@code hostidType}/{@code hostidValue}) is accepted. Every problem is reported with the
 * group, reservation, entry and field it is in.
 */
public final class ReservationsJson {

	private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private ReservationsJson() {
	}

	/** The JSON of {@code groups}, without server ids: one group as an object, several as an array. */
	public static JsonElement toJson(List<ReservationGroup> groups) {
		if (groups.size() == 1) {
			return group(groups.get(0));
		}
		JsonArray array = new JsonArray();
		groups.forEach(g -> array.add(group(g)));
		return array;
	}

	private static JsonObject group(ReservationGroup group) {
		JsonObject json = new JsonObject();
		if (!group.name().isEmpty()) {
			json.addProperty("name", group.name());
		}
		JsonArray reservations = new JsonArray();
		for (Reservation reservation : group.reservations()) {
			JsonObject r = new JsonObject();
			JsonObject hostId = new JsonObject();
			hostId.addProperty("value", reservation.hostId().value());
			hostId.addProperty("type", reservation.hostId().type());
			r.add("hostId", hostId);
			JsonArray entries = new JsonArray();
			for (ReservationEntry entry : reservation.entries()) {
				JsonObject e = new JsonObject();
				e.addProperty("featureName", entry.featureName());
				e.addProperty("featureVersion", entry.featureVersion());
				e.addProperty("featureCount", entry.count());
				entries.add(e);
			}
			r.add("reservationEntries", entries);
			reservations.add(r);
		}
		json.add("reservations", reservations);
		return json;
	}

	/** {@code groups} as a file's text: indented, ending with a newline. */
	public static String write(List<ReservationGroup> groups) {
		return PRETTY.toJson(toJson(groups)) + "\n";
	}

	/**
	 * Reads reservation groups from a file's text.
	 *
	 * @throws ReservationsFormatException listing every problem, each with where it is
	 */
	public static List<ReservationGroup> read(String text) throws ReservationsFormatException {
		JsonElement json = parse(text);
		JsonArray groups;
		if (json.isJsonArray()) {
			groups = json.getAsJsonArray();
		} else if (json.isJsonObject() && json.getAsJsonObject().has("reservations")) {
			groups = new JsonArray();
			groups.add(json);
		} else if (json.isJsonObject() && onlyArray(json.getAsJsonObject()).isPresent()) {
			groups = onlyArray(json.getAsJsonObject()).get();
		} else {
			throw new ReservationsFormatException(List.of(
					"The file holds no reservation group: expected an object with \"reservations\", or an array of such objects"));
		}
		if (groups.isEmpty()) {
			throw new ReservationsFormatException(List.of("The file holds an empty list: there is no reservation group to import"));
		}
		List<String> problems = new ArrayList<>();
		List<ReservationGroup> result = new ArrayList<>();
		Map<String, String> names = new HashMap<>();
		Map<String, String> hostIds = new HashMap<>();
		for (int g = 0; g < groups.size(); g++) {
			ReservationGroup group = group(groups.get(g), g + 1, problems, hostIds);
			if (group != null) {
				if (!group.name().isEmpty()) {
					String before = names.putIfAbsent(group.name().toLowerCase(Locale.ROOT), "group " + (g + 1));
					if (before != null) {
						problems.add("Group " + (g + 1) + " ('" + group.name() + "'): the name is also that of " + before
								+ "; group names must be unique");
					}
				}
				result.add(group);
			}
		}
		if (!problems.isEmpty()) {
			throw new ReservationsFormatException(problems);
		}
		return List.copyOf(result);
	}

	private static Optional<JsonArray> onlyArray(JsonObject object) {
		List<JsonArray> arrays = new ArrayList<>();
		object.entrySet().forEach(e -> {
			if (e.getValue().isJsonArray()) {
				arrays.add(e.getValue().getAsJsonArray());
			}
		});
		return arrays.size() == 1 ? Optional.of(arrays.get(0)) : Optional.empty();
	}

	private static JsonElement parse(String text) throws ReservationsFormatException {
		if (text.isBlank()) {
			throw new ReservationsFormatException(List.of("The file is empty"));
		}
		try {
			return StrictJson.parse(text);
		} catch (StrictJson.Problem e) {
			throw new ReservationsFormatException(List.of(e.isTruncated()
					? "The file's JSON ends early: a bracket, brace or quote is not closed"
					: "The file is not valid JSON: " + e.getMessage()));
		}
	}

	private static ReservationGroup group(JsonElement element, int number, List<String> problems, Map<String, String> hostIds) {
		String where = "Group " + number;
		if (!element.isJsonObject()) {
			problems.add(where + ": expected an object with \"name\" and \"reservations\", found " + StrictJson.kind(element));
			return null;
		}
		JsonObject object = element.getAsJsonObject();
		String name = "";
		if (object.has("name") && !object.get("name").isJsonNull()) {
			if (!object.get("name").isJsonPrimitive()) {
				problems.add(where + ": \"name\" must be text, found " + StrictJson.kind(object.get("name")));
			} else {
				name = object.get("name").getAsString().trim();
				where += " ('" + name + "')";
			}
		}
		JsonElement reservations = object.get("reservations");
		if (reservations == null || !reservations.isJsonArray()) {
			problems.add(where + ": \"reservations\" must be an array of reservations, found " + StrictJson.kind(reservations));
			return null;
		}
		if (reservations.getAsJsonArray().isEmpty()) {
			problems.add(where + ": \"reservations\" is empty; a group needs at least one reservation");
		}
		List<Reservation> list = new ArrayList<>();
		JsonArray array = reservations.getAsJsonArray();
		for (int r = 0; r < array.size(); r++) {
			Reservation reservation = reservation(array.get(r), where + ", reservation " + (r + 1), problems, hostIds);
			if (reservation != null) {
				list.add(reservation);
			}
		}
		return new ReservationGroup(0, name, list);
	}

	private static Reservation reservation(JsonElement element, String where, List<String> problems, Map<String, String> hostIds) {
		if (!element.isJsonObject()) {
			problems.add(where + ": expected an object with \"hostId\" and \"reservationEntries\", found " + StrictJson.kind(element));
			return null;
		}
		JsonObject object = element.getAsJsonObject();
		HostId hostId = hostId(object.get("hostId"), where, problems);
		if (hostId != null) {
			String key = hostId.type() + '\u0000' + hostId.value().toLowerCase(Locale.ROOT);
			String before = hostIds.putIfAbsent(key, where);
			if (before != null) {
				problems.add(where + ": the device " + hostId + " is reserved for in " + before.substring(0, 1).toLowerCase(Locale.ROOT)
						+ before.substring(1) + " too; a device can have one reservation only");
			}
		}
		JsonElement entries = object.has("reservationEntries") ? object.get("reservationEntries") : object.get("entries");
		if (entries == null || !entries.isJsonArray()) {
			problems.add(where + ": \"reservationEntries\" must be an array of entries, found " + StrictJson.kind(entries));
			return null;
		}
		if (entries.getAsJsonArray().isEmpty()) {
			problems.add(where + ": \"reservationEntries\" is empty; a reservation needs at least one feature");
		}
		List<ReservationEntry> list = new ArrayList<>();
		JsonArray array = entries.getAsJsonArray();
		for (int e = 0; e < array.size(); e++) {
			ReservationEntry entry = entry(array.get(e), where + ", entry " + (e + 1), problems);
			if (entry != null) {
				list.add(entry);
			}
		}
		return hostId == null ? null : new Reservation(0, hostId, list);
	}

	private static HostId hostId(JsonElement element, String where, List<String> problems) {
		if (element == null || !element.isJsonObject()) {
			problems.add(where + ": \"hostId\" must be an object with \"value\" and \"type\", found " + StrictJson.kind(element));
			return null;
		}
		JsonObject object = element.getAsJsonObject();
		String value = string(object, "value", "hostidValue");
		String type = string(object, "type", "hostidType");
		Optional<String> problem = ReservationChecks.hostIdProblem(type, value);
		if (problem.isPresent()) {
			problems.add(where + ", \"hostId\": " + problem.get());
			return null;
		}
		return new HostId(type, value.trim());
	}

	private static String string(JsonObject object, String key, String other) {
		JsonElement value = object.has(key) ? object.get(key) : object.get(other);
		return value == null || !value.isJsonPrimitive() ? "" : value.getAsString();
	}

	private static ReservationEntry entry(JsonElement element, String where, List<String> problems) {
		if (!element.isJsonObject()) {
			problems.add(where + ": expected an object with \"featureName\", \"featureVersion\" and \"featureCount\", found "
					+ StrictJson.kind(element));
			return null;
		}
		JsonObject object = element.getAsJsonObject();
		String name = string(object, "featureName", "name");
		int before = problems.size();
		ReservationChecks.featureNameProblem(name).ifPresent(p -> problems.add(where + ", \"featureName\": " + p));
		String version = string(object, "featureVersion", "version");
		ReservationChecks.versionProblem(version).ifPresent(p -> problems.add(where + ", \"featureVersion\": " + p));
		JsonElement countElement = object.has("featureCount") ? object.get("featureCount") : object.get("count");
		int count = 0;
		if (countElement == null || !countElement.isJsonPrimitive()) {
			problems.add(where + ", \"featureCount\": the count is missing");
		} else {
			String text = countElement.getAsString().trim();
			Optional<String> problem = ReservationChecks.countProblem(wholeNumber(text));
			if (problem.isPresent()) {
				problems.add(where + ", \"featureCount\": " + problem.get());
			} else {
				count = Integer.parseInt(wholeNumber(text));
			}
		}
		return problems.size() > before ? null : new ReservationEntry(0, name.trim(), version.trim(), count);
	}

	/** {@code 2.0} as {@code 2}; anything else unchanged. */
	private static String wholeNumber(String text) {
		try {
			return new BigDecimal(text).stripTrailingZeros().toBigIntegerExact().toString();
		} catch (NumberFormatException | ArithmeticException e) {
			return text;
		}
	}
}
