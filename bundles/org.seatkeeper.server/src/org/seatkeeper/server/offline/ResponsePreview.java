package org.seatkeeper.server.offline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What a capability response would change on a server, worked out from the response's content and the
 * server's feature records the way the server applies it: a record of an activation the response names
 * is updated in place when the response has the same feature and version; a feature the response adds
 * is a new record; a record of such an activation that the response no longer has is removed.
 *
 * @param requestId                 the request the response answers
 * @param instanceId                the server instance it is for
 * @param issued                    when the back office issued it, or {@code null}
 * @param confirmationRequestNeeded whether the back office will want a confirmation request
 * @param activations               the activation ids and the copies the back office granted
 * @param changes                   what happens to each record, in the response's order, then removals
 */
public record ResponsePreview(String requestId, String instanceId, Instant issued, boolean confirmationRequestNeeded,
		Map<String, Integer> activations, List<Change> changes) {

	/**
	 * A feature record the server holds now.
	 *
	 * @param activationId its activation id, or {@code ""}
	 * @param expiry       its last day, or {@code null} when permanent
	 */
	public record Held(String activationId, String name, String version, int count, LocalDate expiry) {
		public Held {
			activationId = Objects.requireNonNullElse(activationId, "");
		}
	}

	/** What happens to a record. */
	public enum Effect {
		/** A new record. */
		ADDED,
		/** An existing record gets another count or expiry. */
		CHANGED,
		/** An existing record stays as it is. */
		UNCHANGED,
		/** An existing record goes: its activation was returned or no longer has it. */
		REMOVED
	}

	/**
	 * One record's change.
	 *
	 * @param countBefore  the count it has now (0 when added)
	 * @param countAfter   the count it will have (0 when removed)
	 * @param expiryBefore its expiry now ({@code null}: permanent or not held)
	 * @param expiryAfter  its expiry afterwards ({@code null}: permanent or removed)
	 */
	public record Change(Effect effect, String activationId, String name, String version, int countBefore, int countAfter,
			LocalDate expiryBefore, LocalDate expiryAfter) {
	}

	public ResponsePreview {
		activations = Map.copyOf(activations);
		changes = List.copyOf(changes);
	}

	/** The preview of a response file, read with {@link ExchangeFiles#decode}. */
	public static ResponsePreview of(byte[] response, Collection<Held> held, Set<String> askedActivations) throws OfflineFileException {
		return of(ExchangeFiles.decode(response, ExchangeFiles.Kind.RESPONSE).payload(), held, askedActivations);
	}

	/**
	 * The preview of a response's content against the records the server holds; {@code askedActivations}
	 * are the activation ids of the request it answers, when known.
	 */
	public static ResponsePreview of(JsonObject response, Collection<Held> held, Set<String> askedActivations)
			throws OfflineFileException {
		Map<String, Integer> granted = new LinkedHashMap<>();
		JsonElement list = response.get("activations");
		if (list != null && list.isJsonArray()) {
			for (JsonElement element : list.getAsJsonArray()) {
				JsonObject activation = object(element, "an activation");
				granted.put(text(activation, "id", "an activation"), number(activation, "count", "activation"));
			}
		}
		Set<String> named = new LinkedHashSet<>(askedActivations);
		named.addAll(granted.keySet());
		List<Change> changes = new ArrayList<>();
		Set<Held> kept = new java.util.HashSet<>();
		JsonElement features = response.get("features");
		if (features != null && features.isJsonArray()) {
			for (JsonElement element : features.getAsJsonArray()) {
				JsonObject feature = object(element, "a feature");
				String activationId = text(feature, "activationId", "a feature");
				String name = text(feature, "name", "a feature of " + activationId);
				String version = text(feature, "version", "feature " + name);
				int count = number(feature, "count", "feature " + name);
				LocalDate expiry = date(feature, name);
				named.add(activationId);
				Optional<Held> existing = held.stream()
						.filter(h -> h.activationId().equals(activationId) && h.name().equals(name) && h.version().equals(version)).findFirst();
				if (existing.isPresent()) {
					Held before = existing.get();
					kept.add(before);
					Effect effect = before.count() == count && Objects.equals(before.expiry(), expiry) ? Effect.UNCHANGED : Effect.CHANGED;
					changes.add(new Change(effect, activationId, name, version, before.count(), count, before.expiry(), expiry));
				} else {
					changes.add(new Change(Effect.ADDED, activationId, name, version, 0, count, null, expiry));
				}
			}
		}
		for (Held record : held) {
			if (!record.activationId().isEmpty() && named.contains(record.activationId()) && !kept.contains(record)) {
				changes.add(new Change(Effect.REMOVED, record.activationId(), record.name(), record.version(), record.count(), 0,
						record.expiry(), null));
			}
		}
		Instant issued = null;
		if (response.has("issued")) {
			try {
				issued = Instant.parse(response.get("issued").getAsString());
			} catch (DateTimeParseException | UnsupportedOperationException | IllegalStateException e) {
				issued = null;
			}
		}
		JsonElement confirmation = response.get("confirmationRequestNeeded");
		return new ResponsePreview(text(response, "requestId", "the response"), text(response, "instanceId", "the response"), issued,
				confirmation != null && confirmation.isJsonPrimitive() && confirmation.getAsBoolean(), granted, changes);
	}

	/** How many changes have {@code effect}. */
	public long count(Effect effect) {
		return changes.stream().filter(c -> c.effect() == effect).count();
	}

	private static JsonObject object(JsonElement element, String what) throws OfflineFileException {
		if (!element.isJsonObject()) {
			throw new OfflineFileException("The response is damaged: " + what + " is not an object");
		}
		return element.getAsJsonObject();
	}

	private static String text(JsonObject json, String member, String where) throws OfflineFileException {
		JsonElement value = json.get(member);
		if (value == null || !value.isJsonPrimitive() || value.getAsString().isBlank()) {
			throw new OfflineFileException("The response is damaged: " + where + " lacks '" + member + "'");
		}
		return value.getAsString();
	}

	private static int number(JsonObject json, String member, String where) throws OfflineFileException {
		JsonElement value = json.get(member);
		try {
			if (value != null && value.isJsonPrimitive()) {
				return value.getAsInt();
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new OfflineFileException("The response is damaged: " + where + " has no whole number '" + member + "'");
	}

	private static LocalDate date(JsonObject feature, String name) throws OfflineFileException {
		JsonElement value = feature.get("expiry");
		if (value == null || !value.isJsonPrimitive() || value.getAsString().equalsIgnoreCase("permanent")) {
			return null;
		}
		try {
			return LocalDate.parse(value.getAsString());
		} catch (DateTimeParseException e) {
			throw new OfflineFileException("The response is damaged: feature " + name + " has the expiry '" + value.getAsString()
					+ "', which is not a date");
		}
	}
}
