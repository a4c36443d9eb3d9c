package org.seatkeeper.server.internal.licensing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.seatkeeper.model.FeatureVersion;
import org.seatkeeper.model.ModelParser;
import org.seatkeeper.model.allocation.Allocator;
import org.seatkeeper.model.ast.FeatureSpec;
import org.seatkeeper.model.ast.ModelDefinition;
import org.seatkeeper.model.ast.Name;
import org.seatkeeper.model.ast.ServerSpecified;
import org.seatkeeper.model.rules.Decision;
import org.seatkeeper.model.rules.HostId;
import org.seatkeeper.model.rules.Request;
import org.seatkeeper.model.rules.RuleEvaluator;
import org.seatkeeper.server.internal.state.Records.ClientRecord;
import org.seatkeeper.server.internal.state.Records.EntryRecord;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;
import org.seatkeeper.server.internal.state.Records.Grant;
import org.seatkeeper.server.internal.state.Records.GroupRecord;
import org.seatkeeper.server.internal.state.Records.PoolRecord;
import org.seatkeeper.server.internal.state.Records.ReservationRecord;
import org.seatkeeper.server.internal.state.ServerCore;
import org.seatkeeper.server.internal.state.ServerData.HostIdValue;
import org.seatkeeper.server.internal.state.ServerData;
import org.seatkeeper.server.internal.state.VendorDictionary;


/**
 * Decides what a capability request gets, following the documented order: everything the device holds
 * returns first; then its reservations (and its user's) are served; then shared counts, from the pools
 * the model's rules give it, in order; within a pool the exact version before a higher one (never a
 * lower one), regular counts before overdraft (default pool only), the shorter expiry first. Runs under
 * the server's lock; the caller records the result as an event.
 */
public final class Checkout {

	/** The decision: the device's new record, and what it is told. */
	public record Outcome(ClientRecord client, Granted granted) {
		/** The pools the model gives the device. */
		public List<String> pools() {
			return granted.pools();
		}
	}

	/**
	 * What a device is told it got: its id and hostid, its borrow, its pools, each grant with the record it draws on,
	 * and what it asked for and did not get in full. The API answers it as {@code LicensingAnswers.Granted}.
	 *
	 * @param serverSpecified whether the server chose the features (a model's {@code server-specified} line)
	 */
	public record Granted(int clientId, HostIdValue hostId, Borrow borrow, List<String> pools, List<Served> served, List<Shortfall> unsatisfied,
			boolean serverSpecified) {
		/** "OK", or "PARTIAL" when something asked for was not granted in full. */
		public String status() {
			return unsatisfied.isEmpty() ? "OK" : "PARTIAL";
		}
	}

	/** A grant and the feature record it draws on. */
	public record Served(FeatureRecord record, Grant grant) {
	}

	/** A feature asked for and not granted in full. */
	public record Shortfall(String name, String version, int requested, int granted) {
	}

	/** Parsed models by their text, so that a model is parsed once, not per request. */
	private static final Map<String, ModelDefinition> MODELS = java.util.Collections.synchronizedMap(new LinkedHashMap<>() {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, ModelDefinition> eldest) {
			return size() > 4;
		}
	});

	private Checkout() {
	}

	/** The device with this hostid, if the server knows it (hostids compare without regard to case). */
	public static Optional<ClientRecord> client(ServerData state, HostIdValue hostId) {
		Integer id = state.clientId(hostId);
		return id == null ? Optional.empty() : Optional.ofNullable(state.clients.get(id));
	}

	/**
	 * Decides {@code request} at {@code now}. Throws when the request is refused as a whole (the model
	 * denies it, the device is virtual and virtual devices are not served, or counts are short and it is
	 * not partial); nothing changes then, and the device keeps what it held ([I], API.md).
	 */
	public static Outcome decide(ServerData state, CapabilityRequest request, Instant now) {
		return decide(state, request, now, null);
	}

	/**
	 * Decides {@code request} with the pools holding {@code pools} (null: as the model says), e.g. after the
	 * device's counts returned first and were redistributed.
	 */
	public static Outcome decide(ServerData state, CapabilityRequest request, Instant now, List<PoolRecord> pools) {
		if ("VIRTUAL".equals(request.deviceType()) && !Boolean.parseBoolean(ServerCore.setting(state, "licensing.allowVirtualClients").trim())) {
			throw new Refusal(Refusal.Reason.DENIED, "glsErr.virtualClientsNotAllowed",
					"This server does not serve devices that run in virtual machines (licensing.allowVirtualClients is false)",
					request.hostId().value());
		}
		Optional<ClientRecord> existing = client(state, request.hostId());
		int clientId = existing.map(ClientRecord::id).orElse(state.lastClientId + 1);
		Usage usage = new Usage(state, clientId, now, pools);
		List<Grant> grants = new ArrayList<>();
		boolean stillBorrowed = existing.isPresent() && existing.get().expiry() != null && existing.get().expiry().isAfter(now);
		if (request.incremental() && existing.isPresent() && existing.get().isServed() && stillBorrowed) {
			for (Grant grant : existing.get().grants()) {
				usage.take(grant);
				grants.add(grant);
			}
		}
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		Access access = access(state, request);
		List<ReservationRecord> reservations = reservations(state, request);

		List<Shortfall> unsatisfied = new ArrayList<>();
		List<CapabilityRequest.Wanted> wanted = request.features();
		boolean serverSpecified = false;
		if (wanted.isEmpty() && !request.incremental()) {
			if (access.serverSpecified() != null) {
				wanted = serverSpecified(state, access, usage, today);
				serverSpecified = true;
			} else {
				wanted = reservedFeatures(reservations, usage);
			}
		}
		for (CapabilityRequest.Wanted feature : wanted) {
			if (feature.count() < 0) {
				giveBack(state, usage, feature, grants);
				continue;
			}
			int got = feature.count() == 0 ? 0
					: serve(state, usage, feature, reservations, feature.from() == null ? access.pools() : feature.from(), today, grants);
			if (got < feature.count()) {
				unsatisfied.add(new Shortfall(feature.name(), feature.version(), feature.count(), got));
			}
		}
		if (!unsatisfied.isEmpty() && !request.partial() && !serverSpecified) {
			StringBuilder which = new StringBuilder();
			for (Shortfall shortfall : unsatisfied) {
				which.append(which.isEmpty() ? "" : "; ").append(shortfall.name()).append(' ').append(shortfall.version())
						.append(": asked ").append(shortfall.requested()).append(", available ").append(shortfall.granted());
			}
			throw new Refusal(Refusal.Reason.CONFLICT, "glsErr.insufficientCounts",
					"Not enough counts for this request (" + which + "); nothing was granted. Ask again with \"partial\": true to take what there is",
					which.toString());
		}
		List<Grant> merged = merge(grants);
		Borrow borrow = borrow(state, request, merged, now);
		ClientRecord client = new ClientRecord(clientId, request.hostId(), request.userId(), request.hostName(), request.hostType(),
				request.deviceType(), request.vendorDictionary().json(), merged.isEmpty() ? "RETURNED" : "NORMAL", borrow.expiry(), now, merged,
				request.correlationId());
		List<Served> served = merged.stream().map(grant -> new Served(state.features.get(grant.featureId()), grant)).toList();
		return new Outcome(client, new Granted(clientId, request.hostId(), borrow, List.copyOf(access.pools()), served,
				List.copyOf(unsatisfied), serverSpecified));
	}

	/**
	 * When the device's borrow ends, its interval and when it should renew.
	 *
	 * @param interval the effective borrow interval (at most the time to {@code expiry})
	 * @param renew    the renew interval: the server's percentage of the effective interval
	 */
	public record Borrow(Instant expiry, Duration interval, Duration renew) {
	}

	/**
	 * The documented borrow: the lowest of the server's interval, the client's and the maximum; rounded up
	 * to the end of the granularity's unit (the request's, else the server's), but never beyond the
	 * maximum; and never beyond the end of the earliest expiry day of what the device holds ([I]: a
	 * feature expiring on a day can be used until that day ends in UTC).
	 */
	public static Borrow borrow(ServerData state, CapabilityRequest request, List<Grant> grants, Instant now) {
		Duration interval = ServerCore.duration(state, "licensing.borrowInterval");
		Duration maximum = ServerCore.duration(state, "licensing.borrowIntervalMax");
		Duration limit = interval.compareTo(maximum) < 0 ? interval : maximum;
		Duration effective = request.borrow() == null || request.borrow().compareTo(limit) > 0 ? limit : request.borrow();
		ChronoUnit unit = request.granularity() != null ? request.granularity()
				: CapabilityRequest.granularity(ServerCore.setting(state, "licensing.defaultBorrowGranularity")).orElse(ChronoUnit.SECONDS);
		Instant expiry = roundUp(now.plus(effective), unit);
		Instant latest = now.plus(maximum);
		if (expiry.isAfter(latest)) {
			expiry = latest;
		}
		for (Grant grant : grants) {
			LocalDate featureExpiry = state.features.get(grant.featureId()).expiry();
			if (featureExpiry != null) {
				Instant end = featureExpiry.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
				if (end.isBefore(expiry)) {
					expiry = end.isAfter(now) ? end : now;
				}
			}
		}
		Duration left = Duration.between(now, expiry);
		if (left.compareTo(effective) < 0) {
			effective = left;
		}
		int renewPercent = Integer.parseInt(ServerCore.setting(state, "licensing.renewInterval").trim());
		return new Borrow(expiry, effective, Duration.ofSeconds(effective.toSeconds() * renewPercent / 100));
	}

	/** The last second of the unit {@code time} falls in: 17:06:01 with MINUTE gives 17:06:59; SECOND leaves it. */
	public static Instant roundUp(Instant time, ChronoUnit unit) {
		if (unit == ChronoUnit.SECONDS) {
			return time;
		}
		return time.truncatedTo(unit).plus(unit.getDuration()).minusSeconds(1);
	}

	/**
	 * What the model's rules give the device.
	 *
	 * @param pools           the pools, in the order they are used
	 * @param serverSpecified the {@code without requested features} block that applies; null if none
	 */
	public record Access(List<String> pools, ServerSpecified serverSpecified) {
	}

	/** The pools the model's rules give the device, in serving order; the default pool without a model. */
	private static Access access(ServerData state, CapabilityRequest request) {
		if (state.model == null) {
			return new Access(List.of("default"), null);
		}
		ModelDefinition model = model(state);
		List<HostId> hostIds = new ArrayList<>();
		hostIds.add(new HostId(request.hostId().value(), request.hostId().type()));
		if (request.userId() != null) {
			hostIds.add(new HostId(request.userId(), "USER"));
		}
		Request evaluated = new Request(hostIds, Optional.ofNullable(request.hostName()).orElse(""),
				Optional.ofNullable(request.hostType()).orElse(""), request.vendorDictionary().values());
		Decision decision = new RuleEvaluator(model).evaluate(evaluated);
		if (!decision.accepted()) {
			String where = decision.decidingRule().map(r -> " (the rule at line " + r.range().line() + ")").orElse("");
			throw new Refusal(Refusal.Reason.DENIED, "glsErr.requestDenied", "The model's rules of access deny this device" + where,
					request.hostId().value());
		}
		return new Access(decision.servingOrder(model), decision.serverSpecified().orElse(null));
	}

	/** The pools a device that sent {@code client}'s last request may use; empty when the rules deny it now. */
	public static List<String> pools(ServerData state, ClientRecord client) {
		try {
			return access(state, new CapabilityRequest(client.hostId(), client.userId(), client.hostName(), client.hostType(),
					client.deviceType(), VendorDictionary.of(client.vendorDictionary()), List.of(), null,
					null, false, false, null)).pools();
		} catch (Refusal denied) {
			return List.of();
		}
	}

	/** The active model's syntax tree (parsed once per text). */
	public static ModelDefinition model(ServerData state) {
		return MODELS.computeIfAbsent(state.model.text(), text -> ModelParser.parse(text).model());
	}

	/**
	 * The counts a {@code without requested features} block names: its feature lines, served from the
	 * device's pools; or, with {@code all from}, every count the named pools hold, served from those pools
	 * ([I]: whatever {@code use} says). A percentage is of the records the line can draw from; a
	 * remainder takes what is free.
	 */
	private static List<CapabilityRequest.Wanted> serverSpecified(ServerData state, Access access, Usage usage, LocalDate today) {
		List<CapabilityRequest.Wanted> wanted = new ArrayList<>();
		for (FeatureSpec line : access.serverSpecified().features()) {
			if (!line.isComplete() || line.version().value().isEmpty()) {
				continue;
			}
			long count = switch (line.amount().kind()) {
			case COUNT -> line.amount().value();
			case PERCENT -> state.features.values().stream().filter(f -> f.isActiveOn(today) && Allocator.canDraw(line, Pools.feature(f)))
					.mapToLong(FeatureRecord::count).sum() * Math.min(100, line.amount().value()) / 100;
			case REMAINDER -> Integer.MAX_VALUE;
			};
			wanted.add(new CapabilityRequest.Wanted(line.feature().value(), line.version().text(), line.version().value().get(),
					(int) Math.min(Integer.MAX_VALUE, count), null));
		}
		for (Name pool : access.serverSpecified().allFrom()) {
			Map<Integer, Integer> held = new LinkedHashMap<>();
			for (FeatureRecord feature : state.features.values()) {
				int capacity = usage.poolCapacity(pool.value(), feature);
				if (capacity > 0 && feature.isActiveOn(today)) {
					held.put(feature.id(), capacity);
				}
			}
			held.forEach((id, count) -> {
				FeatureRecord feature = state.features.get(id);
				wanted.add(new CapabilityRequest.Wanted(feature.name(), feature.version(), feature.featureVersion(), count, List.of(pool.value())));
			});
		}
		return wanted;
	}

	/** The reservations of the device's hostid and of its user. */
	private static List<ReservationRecord> reservations(ServerData state, CapabilityRequest request) {
		List<ReservationRecord> mine = new ArrayList<>();
		for (GroupRecord group : state.groups.values()) {
			for (ReservationRecord reservation : group.reservations()) {
				HostIdValue id = reservation.hostId();
				boolean device = id.type().equalsIgnoreCase(request.hostId().type()) && id.value().equalsIgnoreCase(request.hostId().value());
				boolean user = request.userId() != null && id.type().equalsIgnoreCase("USER") && id.value().equalsIgnoreCase(request.userId());
				if (device || user) {
					mine.add(reservation);
				}
			}
		}
		return mine;
	}

	private static List<CapabilityRequest.Wanted> reservedFeatures(List<ReservationRecord> reservations, Usage usage) {
		Map<String, CapabilityRequest.Wanted> wanted = new LinkedHashMap<>();
		for (ReservationRecord reservation : reservations) {
			for (EntryRecord entry : reservation.entries()) {
				if (usage.isDisabled(entry.id())) {
					continue;
				}
				FeatureVersion version = FeatureVersion.parse(entry.featureVersion()).orElse(new FeatureVersion(0, 0));
				wanted.merge(entry.featureName() + " " + version,
						new CapabilityRequest.Wanted(entry.featureName(), entry.featureVersion(), version, entry.featureCount(), null),
						(a, b) -> new CapabilityRequest.Wanted(a.name(), a.version(), a.value(), a.count() + b.count(), null));
			}
		}
		return List.copyOf(wanted.values());
	}

	/** Order of use: the exact version first, then higher versions in order; the shorter expiry first; then by id. */
	private static Comparator<FeatureRecord> order() {
		return Comparator.comparing(FeatureRecord::featureVersion)
				.thenComparing(f -> f.expiry() == null ? LocalDate.MAX : f.expiry()).thenComparingInt(FeatureRecord::id);
	}

	/** Serves one feature line; returns how many counts it got. */
	private static int serve(ServerData state, Usage usage, CapabilityRequest.Wanted wanted, List<ReservationRecord> reservations, List<String> pools,
			LocalDate today, List<Grant> grants) {
		int remaining = wanted.count();
		// 1. the device's (and its user's) reservations
		for (ReservationRecord reservation : reservations) {
			for (EntryRecord entry : reservation.entries()) {
				Optional<FeatureVersion> entryVersion = FeatureVersion.parse(entry.featureVersion());
				if (remaining == 0 || usage.isDisabled(entry.id()) || !entry.featureName().equals(wanted.name()) || entryVersion.isEmpty()
						|| entryVersion.get().compareTo(wanted.value()) < 0) {
					continue;
				}
				List<FeatureRecord> assigned = entry.assignments().keySet().stream().map(state.features::get)
						.filter(f -> f != null && f.isActiveOn(today)).sorted(order()).toList();
				for (FeatureRecord feature : assigned) {
					int take = Math.min(remaining, usage.reservedFree(reservation.id(), feature.id(), entry.assignments().get(feature.id()), feature));
					if (take > 0) {
						Grant grant = new Grant(feature.id(), take, take, 0, "default", reservation.id());
						usage.take(grant);
						grants.add(grant);
						remaining -= take;
					}
				}
			}
		}
		// 2. shared counts, pool by pool
		List<FeatureRecord> candidates = state.features.values().stream()
				.filter(f -> f.name().equals(wanted.name()) && f.featureVersion().compareTo(wanted.value()) >= 0 && f.isActiveOn(today))
				.sorted(order()).toList();
		for (String pool : pools) {
			for (FeatureRecord feature : candidates) {
				if (remaining == 0) {
					return wanted.count();
				}
				int take = feature.uncounted() ? remaining : Math.min(remaining, usage.sharedFree(pool, feature));
				if (take > 0) {
					Grant grant = new Grant(feature.id(), take, 0, 0, pool, 0);
					usage.take(grant);
					grants.add(grant);
					remaining -= take;
				}
			}
		}
		// 3. overdraft, from the default pool only
		if (pools.contains("default")) {
			for (FeatureRecord feature : candidates) {
				if (remaining == 0) {
					break;
				}
				int take = Math.min(remaining, usage.overdraftFree(feature));
				if (take > 0) {
					Grant grant = new Grant(feature.id(), take, 0, take, "default", 0);
					usage.take(grant);
					grants.add(grant);
					remaining -= take;
				}
			}
		}
		return wanted.count() - remaining;
	}

	/**
	 * Gives back {@code -wanted.count()} counts of the feature (records of its name and its version or a
	 * higher one) in the reverse of the order they were served: overdraft first, then shared counts, the
	 * last pool first, then reserved counts ([I]). Giving back more than the device holds gives back all.
	 */
	private static void giveBack(ServerData state, Usage usage, CapabilityRequest.Wanted wanted, List<Grant> grants) {
		int left = -wanted.count();
		for (int i = grants.size() - 1; i >= 0 && left > 0; i--) {
			Grant grant = grants.get(i);
			FeatureRecord record = state.features.get(grant.featureId());
			if (record == null || !record.name().equals(wanted.name()) || record.featureVersion().compareTo(wanted.value()) < 0) {
				continue;
			}
			int overdraft = Math.min(left, grant.overdraft());
			int shared = Math.min(left - overdraft, grant.count() - grant.overdraft() - grant.reserved());
			int reserved = Math.min(left - overdraft - shared, grant.reserved());
			int given = overdraft + shared + reserved;
			usage.release(grant);
			if (given == grant.count()) {
				grants.remove(i);
			} else {
				Grant kept = new Grant(grant.featureId(), grant.count() - given, grant.reserved() - reserved,
						grant.overdraft() - overdraft, grant.pool(), grant.reservationId());
				usage.take(kept);
				grants.set(i, kept);
			}
			left -= given;
		}
	}

	/** One grant per record, pool and reservation. */
	private static List<Grant> merge(List<Grant> grants) {
		Map<String, Grant> merged = new LinkedHashMap<>();
		for (Grant grant : grants) {
			merged.merge(grant.featureId() + "/" + grant.pool() + "/" + grant.reservationId(), grant,
					(a, b) -> new Grant(a.featureId(), a.count() + b.count(), a.reserved() + b.reserved(), a.overdraft() + b.overdraft(),
							a.pool(), a.reservationId()));
		}
		return List.copyOf(merged.values());
	}

	/** The devices whose borrow has ended by {@code now}, as expired records. */
	public static List<ClientRecord> expired(ServerData state, Instant now) {
		List<ClientRecord> expired = new ArrayList<>();
		for (ClientRecord client : state.servedExpiredBy(now)) {
			expired.add(client.withStatus("EXPIRED"));
		}
		return expired;
	}
}
