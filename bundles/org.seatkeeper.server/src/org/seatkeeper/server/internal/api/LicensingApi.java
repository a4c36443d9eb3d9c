package org.seatkeeper.server.internal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.seatkeeper.server.internal.api.LicensingAnswers.Device;
import org.seatkeeper.server.internal.api.LicensingAnswers.Feature;
import org.seatkeeper.server.internal.api.LicensingAnswers.Granted;
import org.seatkeeper.server.internal.api.LicensingAnswers.Group;
import org.seatkeeper.server.internal.api.LicensingAnswers.Model;
import org.seatkeeper.server.internal.api.LicensingAnswers.Partitions;
import org.seatkeeper.server.internal.api.LicensingAnswers.Pool;
import org.seatkeeper.server.internal.api.LicensingAnswers.Reservation;
import org.seatkeeper.server.internal.api.LicensingAnswers.Summary;
import org.seatkeeper.server.internal.api.LicensingAnswers.UsageRecord;
import org.seatkeeper.server.internal.licensing.CapabilityRequest;
import org.seatkeeper.server.internal.licensing.Checkout;
import org.seatkeeper.server.internal.licensing.Models;
import org.seatkeeper.server.internal.licensing.Refusal;
import org.seatkeeper.server.internal.licensing.Reservations;
import org.seatkeeper.server.internal.licensing.ReturnedCounts;
import org.seatkeeper.server.internal.licensing.Usage;
import org.seatkeeper.server.internal.security.Role;
import org.seatkeeper.server.internal.state.Events;
import org.seatkeeper.server.internal.state.Records.ActiveModel;
import org.seatkeeper.server.internal.state.Records.ClientRecord;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;
import org.seatkeeper.server.internal.state.Records.GroupRecord;
import org.seatkeeper.server.internal.state.Records.PoolRecord;
import org.seatkeeper.server.internal.state.Records.ReservationRecord;
import org.seatkeeper.server.internal.state.Records.SliceRecord;
import org.seatkeeper.server.internal.state.ServerCore;
import org.seatkeeper.server.internal.state.ServerData.HostIdValue;
import org.seatkeeper.server.internal.state.ServerData;
import org.seatkeeper.server.internal.state.ServerHostIds;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Features, devices, reservations, the model definition and its pools, and the capability requests
 * devices send. Shapes and choices are documented in API.md.
 */
public final class LicensingApi {

	private final ServerCore core;
	private final OpenRouteGuard guard;

	public LicensingApi(ServerCore core) {
		this.core = core;
		this.guard = new OpenRouteGuard(core);
	}

	public void register(Router router) {
		router.add("GET", "features", Role.READ, r -> Response.ok(features()))
				.add("GET", "features/summaries", Role.READ, r -> Response.ok(summaries()))
				.add("GET", "features/{}", Role.READ, r -> Response.ok(feature(id(r, 0, "feature"))))
				.add("GET", "features/{}/clients", Role.READ, r -> Response.ok(featureClients(id(r, 0, "feature"))))
				.add("GET", "clients", Role.READ, r -> clients())
				.add("GET", "clients/{}", Role.READ, r -> Response.ok(client(id(r, 0, "client"))))
				.add("DELETE", "clients", Role.DROPCLIENT, this::dropAll)
				.add("DELETE", "clients/{}", Role.DROPCLIENT, this::drop)
				.add("GET", "overages", Role.READ, r -> Response.ok(overages()))
				.add("GET", "reservationgroups", Role.READ, r -> Response.ok(groups()))
				.add("POST", "reservationgroups", Role.RESERVATIONS, this::addGroups)
				.add("GET", "reservationgroups/{}", Role.READ, r -> Response.ok(group(id(r, 0, "group"), true)))
				.add("DELETE", "reservationgroups/{}", Role.RESERVATIONS, this::deleteGroup)
				.add("GET", "reservationgroups/{}/reservations", Role.READ, r -> Response.ok(group(id(r, 0, "group"), false)))
				.add("DELETE", "reservationgroups/{}/reservations/{}", Role.RESERVATIONS, this::deleteReservation)
				.add("GET", "model", Role.READ, r -> Response.ok(model()))
				.add("POST", "model", Role.ADMIN, this::uploadModel)
				.add("DELETE", "model", Role.ADMIN, this::deleteModel)
				.add("GET", "partitions", Role.READ, r -> Response.ok(partitions()))
				.open("POST", "access_request", guard, guard.signed(r -> capability(r, true)))
				.open("POST", "preview_request", guard, guard.signed(r -> capability(r, false)));
	}

	private static int id(Request request, int index, String what) throws ApiException {
		String text = request.parameter(index);
		try {
			return Integer.parseInt(text);
		} catch (NumberFormatException e) {
			throw new ApiException(404, "glsErr.notFound", "There is no " + what + " " + text + " (ids are numbers)", text);
		}
	}

	private Instant now() {
		return core.clock().instant();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(now(), ZoneOffset.UTC);
	}

	// ---- audit

	/**
	 * Checks, on one consistent reading of the state, that no count is used twice: per feature record,
	 * regular use within its count and overdraft use within its overdraft; per pool, shared use within its
	 * share; per reservation, use within what it sets aside. Returns what is wrong; empty when all holds.
	 */
	public List<String> audit() {
		return core.read(state -> {
			List<String> problems = new ArrayList<>();
			Usage usage = new Usage(state, -1);
			for (FeatureRecord f : state.features.values()) {
				if (f.uncounted()) {
					continue;
				}
				int regular = usage.used(f.id()) - usage.overdraftUsed(f.id());
				if (regular > f.count()) {
					problems.add("feature " + f.id() + ": " + regular + " regular counts used of " + f.count());
				}
				if (usage.overdraftUsed(f.id()) > f.overdraftCount()) {
					problems.add("feature " + f.id() + ": " + usage.overdraftUsed(f.id()) + " overdraft counts used of " + f.overdraftCount());
				}
				List<String> pools = state.model == null ? List.of("default")
						: state.model.pools().stream().map(PoolRecord::name).toList();
				for (String pool : pools) {
					// counts granted before a model was applied stay with their devices in the default pool, which may
					// then hold fewer: only the named pools, and the default pool without a model, are bounded
					boolean bounded = state.model == null || !pool.equals("default");
					if (bounded && usage.sharedUsed(pool, f.id()) > usage.poolCapacity(pool, f)) {
						problems.add("feature " + f.id() + ": pool " + pool + " uses " + usage.sharedUsed(pool, f.id()) + " of "
								+ usage.poolCapacity(pool, f));
					}
				}
			}
			return problems;
		});
	}

	// ---- features

	/**
	 * Installs feature records (their ids are ignored and assigned anew); returns them with their ids. The
	 * offline capability response and the demo data come in this way.
	 */
	public List<FeatureRecord> addFeatures(List<FeatureRecord> features) {
		Instant now = now();
		List<FeatureRecord> added = new ArrayList<>();
		core.change(state -> {
			int id = state.lastFeatureId;
			for (FeatureRecord f : features) {
				added.add(new FeatureRecord(++id, f.name(), f.version(), f.count(), f.expiry(), f.startDate(), f.vendorString(),
						f.vendor(), f.overdraftCount(), f.uncounted(), f.activationId(), f.issuer(), f.notice(), f.serialNumber(),
						f.received() == null ? now : f.received()));
			}
			return new Events.FeaturesAdded(List.copyOf(added));
		});
		return List.copyOf(added);
	}

	private List<Feature> features() {
		return core.read(state -> {
			Usage usage = new Usage(state, -1);
			return state.features.values().stream().map(f -> Feature.of(f, usage)).toList();
		});
	}

	private Feature feature(int id) throws ApiException {
		Feature feature = core.read(state -> {
			FeatureRecord record = state.features.get(id);
			return record == null ? null : Feature.of(record, new Usage(state, -1));
		});
		return ApiException.found(feature, "The feature " + id);
	}

	/** {@code {name: {version: {totalCount, totalUsed, totalOverdraftCount, totalAvailable, firstExpiration, lastExpiration}}}}. */
	private Map<String, Map<String, Summary>> summaries() {
		return core.read(state -> {
			Usage usage = new Usage(state, -1);
			Map<String, Map<String, List<FeatureRecord>>> byName = new TreeMap<>();
			for (FeatureRecord f : state.features.values()) {
				byName.computeIfAbsent(f.name(), n -> new TreeMap<>()).computeIfAbsent(f.version(), v -> new ArrayList<>()).add(f);
			}
			Map<String, Map<String, Summary>> summaries = new TreeMap<>();
			byName.forEach((name, versions) -> {
				Map<String, Summary> byVersion = new TreeMap<>();
				versions.forEach((version, records) -> {
					long count = records.stream().mapToLong(FeatureRecord::count).sum();
					long used = records.stream().mapToLong(f -> usage.used(f.id())).sum();
					long overdraft = records.stream().mapToLong(FeatureRecord::overdraftCount).sum();
					byVersion.put(version, new Summary(count, used, overdraft, Math.max(0, count - used), expiration(records, true),
							expiration(records, false)));
				});
				summaries.put(name, byVersion);
			});
			return summaries;
		});
	}

	private static String expiration(List<FeatureRecord> records, boolean first) {
		LocalDate result = null;
		boolean permanent = false;
		for (FeatureRecord f : records) {
			if (f.expiry() == null) {
				permanent = true;
			} else if (result == null || (first ? f.expiry().isBefore(result) : f.expiry().isAfter(result))) {
				result = f.expiry();
			}
		}
		if (result == null || (!first && permanent)) {
			return "permanent";
		}
		return result.toString();
	}

	/** The usage records of feature record {@code id}: the reference's §1.4.8. */
	private List<UsageRecord> featureClients(int id) throws ApiException {
		feature(id);
		HostIdValue server = ServerHostIds.selected(core);
		return core.read(state -> UsageRecord.of(state, id, server));
	}

	// ---- clients

	/**
	 * Every device, written one at a time as the answer is sent: the records (immutable) are taken under
	 * the lock, their JSON is made outside it, and 100,000 devices never exist as one JSON tree or string.
	 */
	private Response clients() {
		record Listed(List<ClientRecord> clients, Map<Integer, FeatureRecord> features) {
		}
		Listed listed = core.read(state -> new Listed(List.copyOf(state.clients.values()), Map.copyOf(state.features)));
		HostIdValue server = ServerHostIds.selected(core);
		return Response.streamed(out -> {
			com.google.gson.stream.JsonWriter json = new com.google.gson.stream.JsonWriter(
					new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
			json.beginArray();
			for (ClientRecord client : listed.clients()) {
				WireJson.GSON.toJson(Device.listed(listed.features(), client, server), Device.class, json);
			}
			json.endArray();
			json.flush();
		});
	}

	private Device client(int id) throws ApiException {
		HostIdValue server = ServerHostIds.selected(core);
		Device device = core.read(state -> state.clients.containsKey(id)
				? Device.listed(state.features, state.clients.get(id), server) : null);
		return ApiException.found(device, "The client " + id);
	}

	/** Drops a device: marks it DROPPED and frees its counts at once. */
	private Response drop(Request request) throws ApiException {
		int id = id(request, 0, "client");
		core.change(state -> {
			ClientRecord client = ApiException.found(state.clients.get(id), "The client " + id);
			return ReturnedCounts.saved(state, List.of(client.withStatus("DROPPED")), Map.of());
		});
		return Response.empty(204);
	}

	/** Drops every device that holds counts ({@code DELETE clients}); the others are kept as they are. */
	private Response dropAll(Request request) {
		core.change(state -> {
			List<ClientRecord> dropped = new ArrayList<>();
			for (ClientRecord client : state.clients.values()) {
				if (!"DROPPED".equals(client.status())) {
					dropped.add(client.withStatus("DROPPED"));
				}
			}
			return dropped.isEmpty() ? null : ReturnedCounts.saved(state, dropped, Map.of());
		});
		return Response.empty(204);
	}

	/**
	 * Feature records with counts in use beyond what the server has: an overage (counts reduced below use,
	 * until devices return or renew), or overdraft counts in use. Each has the feature's keys, with
	 * {@code overage} and {@code overdraftUsedCount} saying which.
	 */
	private List<Feature> overages() {
		return core.read(state -> {
			Usage usage = new Usage(state, -1);
			return state.features.values().stream().filter(f -> usage.overdraftUsed(f.id()) > 0 || usage.overage(f) > 0)
					.map(f -> Feature.of(f, usage)).toList();
		});
	}

	// ---- reservations

	private List<Group> groups() {
		return core.read(state -> {
			Usage usage = new Usage(state, -1);
			return state.groups.values().stream().map(g -> Group.of(g, usage::isDisabled)).toList();
		});
	}

	/** The group, or with {@code whole} false its reservations. */
	private Object group(int id, boolean whole) throws ApiException {
		Object answer = core.read(state -> {
			GroupRecord group = state.groups.get(id);
			if (group == null) {
				return null;
			}
			Usage usage = new Usage(state, -1);
			return whole ? Group.of(group, usage::isDisabled)
					: group.reservations().stream().map(r -> Reservation.of(r, usage::isDisabled)).toList();
		});
		return ApiException.found(answer, "The reservation group " + id);
	}

	/** One group (the documented object) or several (an array); all are added, or none. */
	private Response addGroups(Request request) throws ApiException {
		JsonElement body = request.json();
		List<JsonObject> posted = new ArrayList<>();
		if (body.isJsonArray()) {
			for (JsonElement element : body.getAsJsonArray()) {
				if (!element.isJsonObject()) {
					throw ApiException.badRequest("glsErr.invalidJson", "Each group must be a JSON object");
				}
				posted.add(element.getAsJsonObject());
			}
		} else if (body.isJsonObject()) {
			posted.add(body.getAsJsonObject());
		} else {
			throw ApiException.badRequest("glsErr.invalidJson", "Post a reservation group object or an array of them");
		}
		List<GroupRecord> added = addGroups(posted);
		List<Group> answer = added.stream().map(g -> Group.of(g, entry -> false)).toList();
		return Response.json(201, body.isJsonArray() ? answer : answer.get(0));
	}

	/** Adds reservation groups (the documented JSON objects): all of them, or none. */
	public List<GroupRecord> addGroups(JsonArray groups) throws ApiException {
		List<JsonObject> posted = new ArrayList<>();
		for (JsonElement element : groups) {
			posted.add(element.getAsJsonObject());
		}
		return addGroups(posted);
	}

	private List<GroupRecord> addGroups(List<JsonObject> posted) throws ApiException {
		List<GroupRecord> added = new ArrayList<>();
		LocalDate today = today();
		try {
			core.change(state -> {
				ServerData trial = copyForPlanning(state);
				List<GroupRecord> planned = new ArrayList<>();
				for (JsonObject group : posted) {
					GroupRecord record = Reservations.plan(trial, ReservationRequests.group(group, Reservations.nextName(trial)), today);
					new Events.GroupAdded(record).apply(trial);
					planned.add(record);
				}
				added.addAll(planned);
				return new Events.GroupsAdded(planned);
			});
		} catch (Refusal refusal) {
			throw refused(refusal);
		}
		return added;
	}

	/** The number of feature records. */
	public int featureCount() {
		return core.read(state -> state.features.size());
	}

	/** A copy of what planning several groups at once changes (groups and ids), sharing the rest. */
	private static ServerData copyForPlanning(ServerData state) {
		ServerData trial = new ServerData();
		trial.features = state.features;
		trial.clients = state.clients;
		trial.groups = new TreeMap<>(state.groups);
		trial.model = state.model;
		trial.lastGroupId = state.lastGroupId;
		trial.lastReservationId = state.lastReservationId;
		trial.lastEntryId = state.lastEntryId;
		return trial;
	}

	private Response deleteGroup(Request request) throws ApiException {
		int id = id(request, 0, "group");
		core.change(state -> {
			GroupRecord group = ApiException.found(state.groups.get(id), "The reservation group " + id);
			Set<Integer> ids = new HashSet<>();
			group.reservations().forEach(r -> ids.add(r.id()));
			return new Events.GroupChanged(id, null, Reservations.revoke(state, ids));
		});
		return Response.empty(204);
	}

	private Response deleteReservation(Request request) throws ApiException {
		int groupId = id(request, 0, "group");
		int reservationId = id(request, 1, "reservation");
		core.change(state -> {
			GroupRecord group = ApiException.found(state.groups.get(groupId), "The reservation group " + groupId);
			if (group.reservations().stream().noneMatch(r -> r.id() == reservationId)) {
				throw ApiException.notFound("The reservation " + reservationId + " of group " + groupId);
			}
			List<ReservationRecord> kept = group.reservations().stream().filter(r -> r.id() != reservationId).toList();
			GroupRecord changed = kept.isEmpty() ? null : new GroupRecord(group.id(), group.name(), kept);
			return new Events.GroupChanged(groupId, changed, Reservations.revoke(state, Set.of(reservationId)));
		});
		return Response.empty(204);
	}

	// ---- model and pools

	private Model model() {
		return core.read(state -> {
			ActiveModel model = state.model;
			return model == null ? new Model(true, null, null, null)
					: new Model(false, model.name(), model.text(), model.applied().toString());
		});
	}

	private Response uploadModel(Request request) throws ApiException {
		request.requireContentType("text/plain", "application/octet-stream");
		Instant now = now();
		try {
			core.change(state -> new Events.ModelApplied(Models.apply(state, request.body(), now)));
		} catch (Refusal refusal) {
			throw refused(refusal);
		}
		return Response.ok(model());
	}

	private Response deleteModel(Request request) {
		core.change(state -> state.model == null ? null : new Events.ModelApplied(null));
		return Response.ok(model());
	}

	/**
	 * The documented {@code {"partitions": [...]}}: the named pools (and pools a newer model deleted while
	 * their counts are in use), then the default pool, which holds what they leave of every record.
	 */
	private Partitions partitions() {
		return core.read(state -> {
			Usage usage = new Usage(state, -1);
			List<Pool> list = new ArrayList<>();
			PoolRecord fallback = new PoolRecord(1, "default", true, List.of(), null, false);
			if (state.model != null) {
				for (PoolRecord pool : state.model.pools()) {
					if (pool.isDefault()) {
						fallback = pool;
					} else {
						list.add(Pool.of(state, usage, pool));
					}
				}
			}
			List<SliceRecord> slices = new ArrayList<>();
			for (FeatureRecord f : state.features.values()) {
				int holds = usage.poolCapacity("default", f);
				if (holds > 0 || usage.sharedUsed("default", f.id()) > 0 || state.model == null) {
					slices.add(new SliceRecord(f.id(), f.id(), holds, holds, Integer.toString(holds), 0));
				}
			}
			list.add(Pool.of(state, usage, fallback.withSlices(slices)));
			return new Partitions(list);
		});
	}

	// ---- capability requests

	/** After purging this many records (over one sweep or several), the data folder is compacted. */
	static final int COMPACT_AFTER_PURGING = 1000;

	/**
	 * Marks the devices whose borrow has ended as EXPIRED, which frees their counts, and forgets the
	 * records of devices that hold nothing and have not asked for {@code licensing.clientRetention}. Once
	 * a large purge is over the data folder is compacted (a snapshot), so that a flood of devices leaves
	 * no trace.
	 */
	public void sweep() {
		Instant now = now();
		core.change(state -> {
			List<ClientRecord> expired = Checkout.expired(state, now);
			return expired.isEmpty() ? null : ReturnedCounts.saved(state, expired, Map.of());
		});
		Instant cutoff = now.minus(core.duration("licensing.clientRetention"));
		int[] purged = new int[1];
		core.change(state -> {
			List<Integer> ids = state.purgeable(cutoff);
			purged[0] = ids.size();
			return ids.isEmpty() ? null : new Events.ClientsPurged(ids);
		});
		// a flood is purged a little at each sweep: the folder is compacted at the first sweep after it that
		// purges nothing (or, while purges go on, after a snapshot's worth of them)
		int since = purgedSinceCompaction.addAndGet(purged[0]);
		if (since >= COMPACT_AFTER_PURGING && (purged[0] == 0 || since >= 20 * COMPACT_AFTER_PURGING)) {
			purgedSinceCompaction.set(0);
			core.compact();
		}
	}

	/** Records purged since the data folder was last compacted. */
	private final java.util.concurrent.atomic.AtomicInteger purgedSinceCompaction = new java.util.concurrent.atomic.AtomicInteger();

	/** A refusal of the licensing rules as the API answers it: the HTTP status of its reason, its key and arguments. */
	static ApiException refused(Refusal refusal) {
		int status = switch (refusal.reason()) {
		case INVALID -> 400;
		case DENIED -> 403;
		case CONFLICT -> 409;
		case TOO_LARGE -> 413;
		};
		return new ApiException(status, refusal.key(), refusal.getMessage(), refusal.arguments().toArray(String[]::new));
	}

	private Response capability(Request request, boolean record) throws ApiException {
		return Response.ok(capability(request.jsonObject(), record));
	}

	/**
	 * Serves a capability request (the documented {@code access_request} body) and returns the answer;
	 * with {@code record} false it only says what the device would get ({@code preview_request}).
	 */
	public Granted capability(JsonObject body, boolean record) throws ApiException {
		CapabilityRequest capability = CapabilityRequests.parse(body);
		Instant now = now();
		Checkout.Granted[] answer = new Checkout.Granted[1];
		try {
			if (record) {
				core.change(state -> {
					// devices whose borrow has ended are freed in the same step (the decision already leaves them out)
					List<PoolRecord> pools = ReturnedCounts.returnFirst(state, capability);
					Checkout.Outcome outcome = Checkout.decide(state, capability, now, pools);
					answer[0] = outcome.granted();
					List<ClientRecord> changed = new ArrayList<>();
					for (ClientRecord expired : Checkout.expired(state, now)) {
						if (expired.id() != outcome.client().id()) {
							changed.add(expired);
						}
					}
					changed.add(outcome.client());
					return ReturnedCounts.saved(state, changed, Map.of(outcome.client().id(), outcome.pools()), pools,
							pools == null ? -1 : outcome.client().id());
				});
			} else {
				core.read(state -> answer[0] = Checkout.decide(state, capability, now, ReturnedCounts.returnFirst(state, capability))
						.granted());
			}
		} catch (Refusal refusal) {
			throw refused(refusal);
		}
		return Granted.of(answer[0]); // made outside the lock
	}
}
