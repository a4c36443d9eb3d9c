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
import org.seatkeeper.server.internal.state.Records.ClientRecord;
import org.seatkeeper.server.internal.state.Records.EntryRecord;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;
import org.seatkeeper.server.internal.state.Records.Grant;
import org.seatkeeper.server.internal.state.Records.GroupRecord;
import org.seatkeeper.server.internal.state.Records.ReservationRecord;
import org.seatkeeper.server.internal.state.ServerData.HostIdValue;
import org.seatkeeper.server.internal.state.ServerData;

/**
 * Reservation groups: checks a posted group against the documented rules and sets its counts aside on
 * feature records; takes counts back when a group or reservation is deleted.
 */
public final class Reservations {

	private Reservations() {
	}

	/** A reservation group as asked for: its name (blank: the server names it) and its reservations. */
	public record WantedGroup(String name, List<WantedReservation> reservations) {
	}

	/** A reservation as asked for: the device and what is set aside for it. */
	public record WantedReservation(HostIdValue hostId, List<WantedEntry> entries) {
	}

	/** An entry as asked for: {@code count} counts of {@code feature} at {@code version} or higher. */
	public record WantedEntry(String feature, FeatureVersion version, String versionText, int count) {
	}

	/** The name the next group gets when it is posted without one. */
	public static String nextName(ServerData state) {
		return "Group " + (state.lastGroupId + 1);
	}

	/**
	 * The group {@code wanted}, with ids and the records its counts are set aside on. Refuses the whole group
	 * when a rule is broken: a model is active, the name is taken, a hostid appears twice (in the group or in
	 * another group), or the counts not yet reserved cannot cover it.
	 */
	public static GroupRecord plan(ServerData state, WantedGroup wanted, LocalDate today) {
		if (state.model != null) {
			throw new Refusal(Refusal.Reason.CONFLICT, "glsErr.modelActive",
					"Reservations and named license pools cannot be used together: delete the model definition first");
		}
		int groupId = state.lastGroupId + 1;
		String name = wanted.name().isBlank() ? nextName(state) : wanted.name();
		for (GroupRecord group : state.groups.values()) {
			if (group.name().equals(name)) {
				throw new Refusal(Refusal.Reason.CONFLICT, "glsErr.groupExists", "A reservation group named " + name + " exists already", name);
			}
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
		for (WantedReservation reservation : wanted.reservations()) {
			index++;
			String where = "Group " + name + ", reservation " + index;
			HostIdValue hostId = reservation.hostId();
			if (!taken.add(key(hostId))) {
				throw new Refusal(Refusal.Reason.CONFLICT, "glsErr.duplicateReservation", where + ": the hostid " + hostId.value() + "/" + hostId.type()
						+ " is already reserved; a hostid may have one reservation", hostId.value(), hostId.type());
			}
			List<EntryRecord> entries = new ArrayList<>();
			int entryIndex = 0;
			for (WantedEntry entry : reservation.entries()) {
				entryIndex++;
				String at = where + ", entry " + entryIndex;
				String feature = entry.feature();
				FeatureVersion version = entry.version();
				if (state.features.values().stream().anyMatch(f -> f.name().equals(feature) && f.featureVersion().compareTo(version) >= 0)
						&& state.features.values().stream().filter(f -> f.name().equals(feature) && f.featureVersion().compareTo(version) >= 0)
								.allMatch(FeatureRecord::uncounted)) {
					throw new Refusal(Refusal.Reason.INVALID, "glsErr.invalidField", at + ": " + feature + " " + entry.versionText()
							+ " is uncounted, and uncounted features cannot be reserved (any device may use them)", feature, entry.versionText());
				}
				Map<Integer, Integer> assignments = assign(state, feature, version, entry.count(), free, today);
				if (assignments == null) {
					throw new Refusal(Refusal.Reason.CONFLICT, "glsErr.insufficientCounts", at + ": " + entry.count() + " of " + feature + " "
							+ entry.versionText() + " cannot be reserved, the counts not yet reserved do not cover it; the whole group was refused",
							feature, entry.versionText(), Integer.toString(entry.count()));
				}
				entries.add(new EntryRecord(++entryId, feature, entry.versionText(), entry.count(), assignments));
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
}
