package org.seatkeeper.server.internal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.seatkeeper.server.internal.licensing.Pools;
import org.seatkeeper.server.internal.offline.OfflineFiles;
import org.seatkeeper.server.internal.security.Role;
import org.seatkeeper.server.internal.state.Events;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;
import org.seatkeeper.server.internal.state.Records.OfflineRequest;
import org.seatkeeper.server.internal.state.ServerCore;
import org.seatkeeper.server.internal.state.ServerData;
import org.seatkeeper.server.offline.OfflineFileException;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The offline exchange with the back office: the server writes an activation request (activation ids and
 * the copies that should remain) or a capability request; the back office answers with a signed
 * capability response, which the server verifies with the producer's key and applies. See API.md.
 */
public final class OfflineApi {

	private final ServerCore core;

	public OfflineApi(ServerCore core) {
		this.core = core;
	}

	public void register(Router router) {
		router.add("POST", "activation_request", Role.OFFLINE, this::activationRequest)
				.add("GET", "capability_request", Role.OFFLINE, r -> binary(request(Map.of())))
				.add("POST", "capability_response", Role.OFFLINE, this::capabilityResponse)
				.add("GET", "offline_requests", Role.OFFLINE, r -> Response.ok(outstanding().toString()));
	}

	/** Sets the producer's public key (PEM) that responses must be signed with; it is kept with the server's state. */
	public void setProducerKey(String pem) throws OfflineFileException {
		OfflineFiles.publicKey(pem);
		core.change(state -> pem.equals(state.producerKey) ? null : new Events.ProducerKeySet(pem));
	}

	/** The producer's public key (PEM) that responses are verified with, if one is set. */
	public java.util.Optional<String> producerKey() {
		return java.util.Optional.ofNullable(core.read(state -> state.producerKey));
	}

	private static Response binary(byte[] file) {
		return new Response(200, "application/octet-stream", file, Map.of("Content-Disposition", "attachment; filename=\"request.bin\""));
	}

	/** {@code {"activations": [{"id": "ACT-1", "count": 5}]}}: count is the number of copies that should remain (0 returns them all). */
	private Response activationRequest(Request request) throws ApiException {
		JsonObject body = request.jsonObject();
		JsonElement list = body.get("activations");
		if (list == null || !list.isJsonArray() || list.getAsJsonArray().isEmpty()) {
			throw ApiException.badRequest("glsErr.missingField", "List the activations: {\"activations\": [{\"id\": ..., \"count\": ...}]}",
					"activations");
		}
		Map<String, Integer> activations = new LinkedHashMap<>();
		int index = 0;
		for (JsonElement element : list.getAsJsonArray()) {
			index++;
			JsonObject activation = element.isJsonObject() ? element.getAsJsonObject() : new JsonObject();
			String id = Request.optionalText(activation, "id").orElse("").trim();
			String countText = Request.optionalText(activation, "count").orElse("1").trim();
			int count;
			try {
				count = Integer.parseInt(countText);
			} catch (NumberFormatException e) {
				count = -1;
			}
			if (id.isEmpty() || count < 0) {
				throw ApiException.badRequest("glsErr.invalidField",
						"activations[" + index + "] needs an id and a count of 0 or more (the copies that should remain)", "activations");
			}
			activations.put(id, count);
		}
		return binary(request(activations));
	}

	private byte[] request(Map<String, Integer> activations) {
		String id = UUID.randomUUID().toString();
		Instant now = core.clock().instant();
		OfflineRequest record = new OfflineRequest(id, now, activations);
		JsonObject payload = new JsonObject();
		payload.addProperty("kind", activations.isEmpty() ? "capability" : "activation");
		payload.addProperty("requestId", id);
		ServerData.HostIdValue[] hostId = new ServerData.HostIdValue[1];
		String instance = core.read(state -> {
			hostId[0] = state.selectedHostId != null ? state.selectedHostId : new ServerData.HostIdValue("STRING", state.uuid);
			return state.instanceId;
		});
		payload.addProperty("instanceId", instance);
		JsonObject host = new JsonObject();
		host.addProperty("type", hostId[0].type());
		host.addProperty("value", hostId[0].value());
		payload.add("hostId", host);
		payload.addProperty("created", now.toString());
		JsonArray list = new JsonArray();
		activations.forEach((activation, count) -> {
			JsonObject a = new JsonObject();
			a.addProperty("id", activation);
			a.addProperty("count", count);
			list.add(a);
		});
		payload.add("activations", list);
		core.change(state -> new Events.OfflineRequested(record));
		return OfflineFiles.request(payload);
	}

	private JsonArray outstanding() {
		return core.read(state -> {
			JsonArray list = new JsonArray();
			for (OfflineRequest request : state.offlineRequests.values()) {
				JsonObject json = new JsonObject();
				json.addProperty("requestId", request.id());
				json.addProperty("created", request.created().toString());
				JsonObject activations = new JsonObject();
				request.activations().forEach(activations::addProperty);
				json.add("activations", activations);
				list.add(json);
			}
			return list;
		});
	}

	/**
	 * Verifies and applies a capability response; nothing changes when it is refused. The body is taken
	 * whatever its declared type: {@code curl --data-binary @response.bin} sends it as a form, and some
	 * clients declare none (the reference's §1.4.10).
	 */
	private Response capabilityResponse(Request request) throws ApiException {
		String pem = core.read(state -> state.producerKey);
		if (pem == null) {
			throw ApiException.conflict("glsErr.noProducerKey",
					"This server has no producer key to verify capability responses with; start it with --producer-key FILE");
		}
		JsonObject response;
		try {
			response = OfflineFiles.readResponse(request.body(), OfflineFiles.publicKey(pem));
		} catch (OfflineFileException e) {
			throw ApiException.badRequest("glsErr.invalidCapabilityResponse", e.getMessage());
		}
		String requestId = text(response, "requestId");
		String instanceId = text(response, "instanceId");
		Instant now = core.clock().instant();
		List<FeatureRecord> applied = new ArrayList<>();
		core.change(state -> {
			if (!instanceId.equals(state.instanceId)) {
				throw ApiException.badRequest("glsErr.invalidCapabilityResponse",
						"This response is for server instance " + instanceId + ", not this one (" + state.instanceId + ")", instanceId);
			}
			OfflineRequest asked = state.offlineRequests.get(requestId);
			if (asked == null) {
				throw ApiException.conflict("glsErr.unknownRequest", "This response answers a request this server did not make, or "
						+ "one that was answered already; generate a new request", requestId);
			}
			java.time.Duration maxAge = ServerCore.duration(state, "licensing.offlineRequestMaxAge");
			if (asked.created() != null && asked.created().plus(maxAge).isBefore(now)) {
				throw ApiException.conflict("glsErr.requestTooOld", "This response answers the request " + requestId + " of "
						+ asked.created() + ", older than licensing.offlineRequestMaxAge (" + ServerCore.setting(state,
								"licensing.offlineRequestMaxAge") + "); generate a new request", requestId);
			}
			Events.OfflineAnswered event = plan(state, asked, response, now);
			applied.addAll(event.features());
			return event;
		});
		JsonObject answer = new JsonObject();
		JsonElement confirmation = response.get("confirmationRequestNeeded");
		answer.addProperty("confirmationRequestNeeded", confirmation != null && confirmation.isJsonPrimitive() && confirmation.getAsBoolean());
		JsonArray features = new JsonArray();
		for (FeatureRecord feature : applied) {
			JsonObject f = new JsonObject();
			f.addProperty("id", feature.id());
			f.addProperty("featureName", feature.name());
			f.addProperty("featureVersion", feature.version());
			f.addProperty("featureCount", feature.count());
			f.addProperty("activationId", feature.activationId());
			features.add(f);
		}
		answer.add("features", features);
		return Response.ok(answer.toString());
	}

	/**
	 * The records the response leaves. Fewer counts than devices use are accepted ([D]
	 * When_Feature_Counts_Change): the difference is an overage until devices return or renew, and a
	 * record the response removes while devices use it stays, with no counts, until they have returned
	 * and a later response no longer names it ([I]). The pools' slices are fitted to the new counts.
	 */
	private static Events.OfflineAnswered plan(ServerData state, OfflineRequest asked, JsonObject response, Instant now)
			throws ApiException {
		Set<String> activations = new HashSet<>(asked.activations().keySet());
		JsonElement answered = response.get("activations");
		if (answered != null && answered.isJsonArray()) {
			answered.getAsJsonArray().forEach(a -> activations.add(a.getAsJsonObject().get("id").getAsString()));
		}
		List<FeatureRecord> records = new ArrayList<>();
		Set<Integer> kept = new HashSet<>();
		Map<Integer, Integer> before = new HashMap<>();
		int nextId = state.lastFeatureId;
		JsonElement list = response.get("features");
		for (JsonElement element : list == null ? new JsonArray() : list.getAsJsonArray()) {
			JsonObject f = element.getAsJsonObject();
			String activationId = text(f, "activationId");
			String name = text(f, "name");
			String version = text(f, "version");
			int count = f.get("count").getAsInt();
			activations.add(activationId);
			FeatureRecord existing = state.features.values().stream()
					.filter(r -> activationId.equals(r.activationId()) && r.name().equals(name) && r.version().equals(version)).findFirst()
					.orElse(null);
			int id = existing != null ? existing.id() : ++nextId;
			if (existing != null) {
				kept.add(id);
				if (existing.count() != count) {
					before.put(id, existing.count());
				}
			}
			records.add(new FeatureRecord(id, name, version, count, date(f, "expiry"), date(f, "startDate"), optional(f, "vendorString"),
					"back office", f.has("overdraft") ? f.get("overdraft").getAsInt() : 0, false, activationId,
					optional(f, "issuer"), optional(f, "notice"), optional(f, "serialNumber"), now));
		}
		List<Integer> removed = new ArrayList<>();
		for (FeatureRecord record : state.features.values()) {
			if (record.activationId() != null && activations.contains(record.activationId()) && !kept.contains(record.id())) {
				if (state.ledger().regular(record.id()) + state.ledger().overdraft(record.id()) > 0) {
					records.add(withoutCounts(record));
				} else {
					removed.add(record.id());
				}
				before.put(record.id(), record.count());
			}
		}
		ServerData after = new ServerData();
		after.features = new java.util.TreeMap<>(state.features);
		removed.forEach(after.features::remove);
		records.forEach(r -> after.features.put(r.id(), r));
		after.model = state.model;
		after.lastSliceId = state.lastSliceId;
		return new Events.OfflineAnswered(asked.id(), removed, records, Pools.fit(after, before, state.ledger()));
	}

	private static FeatureRecord withoutCounts(FeatureRecord r) {
		return new FeatureRecord(r.id(), r.name(), r.version(), 0, r.expiry(), r.startDate(), r.vendorString(), r.vendor(), 0,
				r.uncounted(), r.activationId(), r.issuer(), r.notice(), r.serialNumber(), r.received());
	}

	private static String text(JsonObject json, String member) throws ApiException {
		JsonElement value = json.get(member);
		if (value == null || !value.isJsonPrimitive()) {
			throw ApiException.badRequest("glsErr.invalidCapabilityResponse", "The response lacks '" + member + "'", member);
		}
		return value.getAsString();
	}

	private static String optional(JsonObject json, String member) {
		JsonElement value = json.get(member);
		return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
	}

	private static LocalDate date(JsonObject json, String member) {
		String value = optional(json, member);
		return value == null || value.equalsIgnoreCase("permanent") ? null : LocalDate.parse(value);
	}
}
