package org.seatkeeper.server.internal.licensing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.seatkeeper.model.FeatureVersion;
import org.seatkeeper.server.internal.http.ApiException;
import org.seatkeeper.server.internal.state.Records.ClientRecord;
import org.seatkeeper.server.internal.state.Records.EntryRecord;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;
import org.seatkeeper.server.internal.state.Records.GroupRecord;
import org.seatkeeper.server.internal.state.Records.Grant;
import org.seatkeeper.server.internal.state.Records.ReservationRecord;
import org.seatkeeper.server.internal.state.ServerData;
import org.seatkeeper.server.internal.state.ServerData.HostIdValue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reservation groups: checks a posted group against the documented rules and sets its counts aside on
 * feature records; takes counts back when a group or reservation is deleted.
 */
public final class Reservations {

	private Reservations() {
	}

	/**
	 * The group described by {@code json} (the documented format), with ids and the records its counts
	 * are set aside on. Refuses the whole group when a rule is broken: a model is active, the name is
	 * taken, a hostid appears twice (in the group or in another group), an entry is malformed, or the
	 * counts not yet reserved cannot cover it.
	 */
	public static GroupRecord plan(ServerData state, JsonObject json, LocalDate today) throws ApiException {
		if (state.model != null) {
			throw ApiException.conflict("glsErr.modelActive",
					"Reservations and named license pools cannot be used together: delete the model definition first");
		}
		int groupId = state.lastGroupId + 1;
		String name = json.has("name") && json.get("name").isJsonPrimitive() ? json.get("name").getAsString().trim() : "";
		if (name.isEmpty()) {
			name = "Group " + groupId;
		}
		for (GroupRecord group : state.groups.values()) {
			if (group.name().equals(name)) {
				throw ApiException.conflict("glsErr.groupExists", "A reservation group named " + name + " exists already", name);
			}
		}
		JsonElement list = json.get("reservations");
		if (list == null || !list.isJsonArray() || list.getAsJsonArray().isEmpty()) {
			throw ApiException.badRequest("glsErr.missingField", "Group " + name + ": 'reservations' must list at least one reservation",
					"reservations");
		}
		Set<String> taken = new HashSet<>();
		for (GroupRecord group : state.groups.values()) {
			for (ReservationRecord reservation : group.reservations()) {
				taken.add(key(reservation.hostId()));
			}
		}
		Map<Integer, Integer> free = new HashMap<>();
		Usage usage = new Usage(state, -1);
		for (FeatureRecord feature : state.features.values()) {
			free.put(feature.id(), Math.max(0, feature.count() - usage.reserved(feature.id())));
		}
		int reservationId = state.lastReservationId;
		int entryId = state.lastEntryId;
		List<ReservationRecord> reservations = new ArrayList<>();
		int index = 0;
		for (JsonElement element : list.getAsJsonArray()) {
			index++;
			String where = "Group " + name + ", reservation " + index;
			JsonObject reservation = object(element, where);
			JsonObject hostIdJson = object(reservation.get("hostId"), where + ": hostId");
			String value = text(hostIdJson, "value", where + ": hostId");
			String type = hostIdJson.has("type") ? text(hostIdJson, "type", where + ": hostId").toUpperCase(Locale.ROOT) : "STRING";
			HostIdValue hostId = new HostIdValue(type, value);
			if (!taken.add(key(hostId))) {
				throw ApiException.conflict("glsErr.duplicateReservation",
						where + ": the hostid " + value + "/" + type + " is already reserved; a hostid may have one reservation", value,
						type);
			}
			JsonElement entriesJson = reservation.get("reservationEntries");
			if (entriesJson == null || !entriesJson.isJsonArray() || entriesJson.getAsJsonArray().isEmpty()) {
				throw ApiException.badRequest("glsErr.missingField", where + ": 'reservationEntries' must list at least one entry",
						"reservationEntries");
			}
			List<EntryRecord> entries = new ArrayList<>();
			int entryIndex = 0;
			for (JsonElement entryElement : entriesJson.getAsJsonArray()) {
				entryIndex++;
				String at = where + ", entry " + entryIndex;
				JsonObject entry = object(entryElement, at);
				String feature = text(entry, "featureName", at);
				String version = text(entry, "featureVersion", at);
				if (!version.matches("\\d+(\\.\\d+)?") || FeatureVersion.parse(version).isEmpty()) {
					throw ApiException.badRequest("glsErr.invalidField", at + ": featureVersion '" + version
							+ "' is no version such as 1.0", "featureVersion");
				}
				String countText = text(entry, "featureCount", at);
				int count;
				try {
					count = Integer.parseInt(countText);
				} catch (NumberFormatException e) {
					count = 0;
				}
				if (count < 1) {
					throw ApiException.badRequest("glsErr.invalidField", at + ": featureCount must be a whole number above 0, not '"
							+ countText + "'", "featureCount");
				}
				FeatureVersion wanted = FeatureVersion.parse(version).get();
				if (state.features.values().stream().anyMatch(f -> f.name().equals(feature) && f.featureVersion().compareTo(wanted) >= 0)
						&& state.features.values().stream().filter(f -> f.name().equals(feature) && f.featureVersion().compareTo(wanted) >= 0)
								.allMatch(FeatureRecord::uncounted)) {
					throw ApiException.badRequest("glsErr.invalidField", at + ": " + feature + " " + version
							+ " is uncounted, and uncounted features cannot be reserved (any device may use them)", feature, version);
				}
				Map<Integer, Integer> assignments = assign(state, feature, wanted, count, free, today);
				if (assignments == null) {
					throw ApiException.conflict("glsErr.insufficientCounts", at + ": " + count + " of " + feature + " " + version
							+ " cannot be reserved, the counts not yet reserved do not cover it; the whole group was refused", feature,
							version, countText);
				}
				entries.add(new EntryRecord(++entryId, feature, version, count, assignments));
			}
			reservations.add(new ReservationRecord(++reservationId, hostId, entries));
		}
		return new GroupRecord(groupId, name, reservations);
	}

	/** Sets {@code count} counts aside on records of the version or higher (exact first, longer-lived first); null if it cannot. */
	private static Map<Integer, Integer> assign(ServerData state, String feature, FeatureVersion version, int count,
			Map<Integer, Integer> free, LocalDate today) {
		List<FeatureRecord> candidates = state.features.values().stream()
				.filter(f -> f.name().equals(feature) && !f.uncounted() && f.featureVersion().compareTo(version) >= 0
						&& (f.expiry() == null || !f.expiry().isBefore(today)))
				.sorted(Pools.TAKE_ORDER).toList();
		Map<Integer, Integer> assignments = new LinkedHashMap<>();
		int remaining = count;
		for (FeatureRecord candidate : candidates) {
			int take = Math.min(remaining, free.getOrDefault(candidate.id(), 0));
			if (take > 0) {
				assignments.put(candidate.id(), take);
				free.merge(candidate.id(), -take, Integer::sum);
				remaining -= take;
			}
		}
		return remaining == 0 ? assignments : null;
	}

	/**
	 * The devices that hold counts of the given reservations, with those counts taken back: a reservation
	 * that is gone cannot keep backing them (counting them as shared could oversubscribe the feature).
	 */
	public static List<ClientRecord> revoke(ServerData state, Set<Integer> reservationIds) {
		List<ClientRecord> changed = new ArrayList<>();
		for (ClientRecord client : state.clients.values()) {
			if (!client.isServed() || client.grants().stream().noneMatch(g -> reservationIds.contains(g.reservationId()))) {
				continue;
			}
			List<Grant> kept = client.grants().stream().filter(g -> !reservationIds.contains(g.reservationId())).toList();
			changed.add(client.withGrants(kept.isEmpty() ? "RETURNED" : "NORMAL", kept));
		}
		return changed;
	}

	private static String key(HostIdValue id) {
		return id.type().toUpperCase(Locale.ROOT) + "/" + id.value().toUpperCase(Locale.ROOT);
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
