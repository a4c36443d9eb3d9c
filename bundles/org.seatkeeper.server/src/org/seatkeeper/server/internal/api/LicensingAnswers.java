package org.seatkeeper.server.internal.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.seatkeeper.server.internal.api.WireJson.LeftOutWhenNull;
import org.seatkeeper.server.internal.licensing.Checkout;
import org.seatkeeper.server.internal.licensing.Pools;
import org.seatkeeper.server.internal.licensing.Usage;
import org.seatkeeper.server.internal.state.Records.ClientRecord;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;
import org.seatkeeper.server.internal.state.Records.Grant;
import org.seatkeeper.server.internal.state.Records.GroupRecord;
import org.seatkeeper.server.internal.state.Records.PoolRecord;
import org.seatkeeper.server.internal.state.Records.ReservationRecord;
import org.seatkeeper.server.internal.state.Records.SliceRecord;
import org.seatkeeper.server.internal.state.ServerData;
import org.seatkeeper.server.internal.state.ServerData.HostIdValue;

import com.google.gson.JsonObject;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;

/**
 * The answers of the licensing routes as {@link WireJson} writes them: feature records, devices, the devices a
 * feature serves, pools, reservation groups and the answer to a capability request. Each record's components
 * are the keys real servers send for that shape (the reference's §1.4), in their order, then Seatkeeper's own;
 * API.md says which is which, and {@code WireFormatTest} holds their exact bytes.
 */
public final class LicensingAnswers {

	private LicensingAnswers() {
	}

	/** A feature record with the keys of the reference's §1.4.1, and Seatkeeper's for what is not documented. */
	public record Feature(int id, String featureName, String featureVersion, int featureCount, int used, int sharedUsed, int reserved,
			int assignedReserved, int unassignedReserved, int overdraftCount, int overdraftUsedCount, int overage,
			boolean uncappedOverdraft, boolean metered, boolean meteredReusable, int meteredUndoInterval, boolean concurrent,
			boolean uncounted, String type, String featureKind, String vendor, String featureId, String expiry, String startDate,
			String vendorString, String issuer, String notice, String serialNumber, String receivedTime) {

		static Feature of(FeatureRecord f, Usage usage) {
			int reserved = usage.reserved(f.id());
			int reservedUsed = usage.reservedUsed(f.id());
			return new Feature(f.id(), f.name(), f.version(), f.count(), usage.used(f.id()), usage.sharedUsed(f.id()), reserved,
					reservedUsed, Math.max(0, reserved - reservedUsed), f.overdraftCount(), usage.overdraftUsed(f.id()),
					usage.overage(f), false, false, false, 0, !f.uncounted(), f.uncounted(), typeOf(f), "FEATURE", f.vendor(),
					f.activationId() == null ? Integer.toString(f.id()) : f.activationId(), expiryOf(f),
					f.startDate() == null ? null : f.startDate().toString(), f.vendorString(), f.issuer(), f.notice(),
					f.serialNumber(), time(f.received()));
		}
	}

	/** A hostid in the real servers' key style (§1.4.8). */
	public record HostId(String hostidType, String hostidValue) {
		static HostId of(HostIdValue id) {
			return new HostId(id.type(), id.value());
		}
	}

	/** A hostid in both key styles: the real servers' and the one clients of Seatkeeper's first versions read. */
	public record BothStylesHostId(String hostidType, String hostidValue, String type, String value) {
		static BothStylesHostId of(HostIdValue id) {
			return new BothStylesHostId(id.type(), id.value(), id.type(), id.value());
		}
	}

	/**
	 * A device with the keys real servers send for it (the reference's §1.4.3 and §1.4.8), in the order of §1.4.8;
	 * nested under {@code client} in the devices a feature serves it has only those. A device of {@code GET clients}
	 * adds its host name, what it holds and Seatkeeper's other keys; those that would be empty are left out: a list
	 * of 100,000 devices is long enough.
	 */
	public record Device(int id, HostId serverHostid, BothStylesHostId requestHostid, String correlationId, String collectedHostIds,
			String hostType, String updateTime, String machineType, HostId hostid, boolean trusted, String requestOperation,
			String servedStatus, String expiry,
			@JsonAdapter(value = LeftOutWhenNull.class, nullSafe = false) String hostName,
			@JsonAdapter(value = LeftOutWhenNull.class, nullSafe = false) String userId,
			@JsonAdapter(value = LeftOutWhenNull.class, nullSafe = false) JsonObject vendorDictionary,
			@JsonAdapter(value = LeftOutWhenNull.class, nullSafe = false) List<Held> features) {

		/** The device alone, as a usage record nests it; {@code server} is the hostid the server uses. */
		static Device nested(ClientRecord client, HostIdValue server) {
			return of(client, server, null, null, null, null);
		}

		/** The device with its host name and what it holds, as {@code GET clients} lists it. */
		static Device listed(Map<Integer, FeatureRecord> features, ClientRecord client, HostIdValue server) {
			List<Held> held = new ArrayList<>(client.grants().size());
			for (Grant grant : client.grants()) {
				held.add(Held.of(grant, features.get(grant.featureId())));
			}
			return of(client, server, orEmpty(client.hostName()), nonEmpty(client.userId()),
					client.vendorDictionary() == null || client.vendorDictionary().isEmpty() ? null : client.vendorDictionary(), held);
		}

		private static Device of(ClientRecord client, HostIdValue server, String hostName, String userId, JsonObject vendorDictionary,
				List<Held> features) {
			return new Device(client.id(), HostId.of(server), BothStylesHostId.of(client.hostId()), orEmpty(client.correlationId()),
					collectedHostIds(client), orEmpty(client.hostType()), time(client.lastRequest()), client.deviceType(),
					HostId.of(client.hostId()), false /* no request is checked against a client key yet */,
					"RETURNED".equals(client.status()) ? "RETURN" : "REQUEST", client.status(), time(client.expiry()), hostName, userId,
					vendorDictionary, features);
		}

		/** The hostids the last request gave besides the device's own: its user's, as {@code USER:alice}; else "". */
		private static String collectedHostIds(ClientRecord client) {
			return nonEmpty(client.userId()) == null ? "" : "USER:" + client.userId();
		}
	}

	/** What a device holds of one feature record; {@code record} is {@code null} when the record is gone. */
	public record Held(int featureId, String featureName, String featureVersion, int count, int reserved, int overdraft, String pool,
			String expiry, @JsonAdapter(value = LeftOutWhenNull.class, nullSafe = false) String startDate,
			@JsonAdapter(value = LeftOutWhenNull.class, nullSafe = false) String vendorString) {

		static Held of(Grant grant, FeatureRecord f) {
			return new Held(grant.featureId(), f == null ? null : f.name(), f == null ? null : f.version(), grant.count(),
					grant.reserved(), grant.overdraft(), grant.pool(), f == null ? "permanent" : expiryOf(f),
					f == null || f.startDate() == null ? null : f.startDate().toString(), f == null ? null : f.vendorString());
		}
	}

	/**
	 * A usage record of {@code features/{id}/clients} (the reference's §1.4.8): one per grant, the device nested
	 * under {@code client}. Its id is the device's id × 1000 plus the grant's place among the device's grants ([I]:
	 * Seatkeeper keeps no id of its own for a grant).
	 */
	public record UsageRecord(long id, int useCount, String usageKind, int reservedCount, Device client, int overdraftCount,
			String pool) {

		/** The usage records of feature record {@code featureId}. */
		static List<UsageRecord> of(ServerData state, int featureId, HostIdValue server) {
			List<UsageRecord> list = new ArrayList<>();
			FeatureRecord feature = state.features.get(featureId);
			for (ClientRecord client : state.clients.values()) {
				if (!client.isServed()) {
					continue;
				}
				for (int i = 0; i < client.grants().size(); i++) {
					Grant grant = client.grants().get(i);
					if (grant.featureId() == featureId) {
						list.add(new UsageRecord(client.id() * 1000L + i + 1, grant.count(),
								grant.reservationId() != 0 ? "RESERVATION" : typeOf(feature), grant.reserved(),
								Device.nested(client, server), grant.overdraft(), grant.pool()));
					}
				}
			}
			return list;
		}
	}

	/** The documented {@code {"partitions": [...]}} (the reference's §2.7). */
	public record Partitions(List<Pool> partitions) {
	}

	/**
	 * A pool. A slice's status is OVERAGE when the pool's devices use more of the record than it holds, DEFICIT
	 * when its line holds less than it asks for, else NORMAL; Seatkeeper adds {@code deleted} for a pool a newer
	 * model no longer defines, listed while its counts are in use.
	 */
	public record Pool(int id, String name, Long lastModified, @SerializedName("default") boolean isDefault,
			@JsonAdapter(value = LeftOutWhenNull.class, nullSafe = false) Boolean deleted, List<Slice> activeFeatureSlices) {

		static Pool of(ServerData state, Usage usage, PoolRecord pool) {
			Map<Integer, Long> obtained = new HashMap<>();
			Map<Integer, Integer> held = new HashMap<>();
			List<SliceRecord> listed = new ArrayList<>(pool.slices());
			for (SliceRecord slice : pool.slices()) {
				obtained.merge(slice.line(), (long) slice.slice(), Long::sum);
				held.merge(slice.featureId(), slice.slice(), Integer::sum);
			}
			// a record the pool's devices use but the pool no longer holds (its counts were reduced): an overage
			for (FeatureRecord f : state.features.values()) {
				if (!pool.isDefault() && !held.containsKey(f.id()) && usage.sharedUsed(pool.name(), f.id()) > 0) {
					listed.add(new SliceRecord(0, f.id(), 0, 0, Pools.IN_USE, 0));
					held.put(f.id(), 0);
				}
			}
			List<Slice> slices = new ArrayList<>();
			for (SliceRecord slice : listed) {
				FeatureRecord f = state.features.get(slice.featureId());
				int used = f == null ? 0 : usage.sharedUsed(pool.name(), f.id());
				long lineHolds = slice.line() == 0 ? slice.slice() : obtained.get(slice.line());
				String status = f != null && !f.uncounted() && used > held.get(slice.featureId()) ? "OVERAGE"
						: lineHolds < slice.computed() ? "DEFICIT" : "NORMAL";
				slices.add(new Slice(slice.id(), f == null ? null : SliceFeature.of(f, usage), slice.slice(), used, slice.computed(),
						slice.requested(), f != null && f.uncounted(), status));
			}
			return new Pool(pool.id(), pool.name(), pool.lastModified() == null ? null : pool.lastModified().toEpochMilli(),
					pool.isDefault(), pool.deleted() ? Boolean.TRUE : null, slices);
		}
	}

	/** A pool's part of one feature record. */
	public record Slice(int id, @JsonAdapter(value = LeftOutWhenNull.class, nullSafe = false) SliceFeature feature, int slice, int used,
			long computedCount, String requested, boolean uncounted, String status) {
	}

	/** The feature record a slice is part of. */
	public record SliceFeature(int id, String type, String featureName, String featureVersion, String expiry, int featureCount,
			int used) {
		static SliceFeature of(FeatureRecord f, Usage usage) {
			return new SliceFeature(f.id(), typeOf(f), f.name(), f.version(), expiryOf(f), f.count(), usage.used(f.id()));
		}
	}

	/** The answer to a capability request, in the order clients have read since the first version. */
	public record Granted(String status, int clientId, TypedHostId hostId, String expiry, long borrowInterval, long renewInterval,
			List<String> pools, List<GrantedFeature> features, List<Unsatisfied> unsatisfied) {

		static Granted of(Checkout.Granted granted) {
			List<GrantedFeature> features = new ArrayList<>();
			for (Checkout.Served served : granted.served()) {
				FeatureRecord f = served.record();
				Grant grant = served.grant();
				features.add(new GrantedFeature(f.name(), f.version(), grant.count(), grant.reserved(), grant.overdraft(), expiryOf(f),
						f.id(), grant.pool(), granted.serverSpecified() ? Boolean.TRUE : null, f.vendorString()));
			}
			List<Unsatisfied> unsatisfied = granted.unsatisfied().stream()
					.map(s -> new Unsatisfied(s.name(), s.version(), s.requested(), s.granted())).toList();
			return new Granted(granted.status(), granted.clientId(), new TypedHostId(granted.hostId().type(), granted.hostId().value()),
					granted.borrow().expiry().toString(), granted.borrow().interval().toSeconds(), granted.borrow().renew().toSeconds(),
					granted.pools(), features, unsatisfied);
		}
	}

	/** A device's hostid as a capability request gives it. */
	public record TypedHostId(String type, String value) {
	}

	/** A feature a device was granted; {@code partial} when the server chose the counts. */
	public record GrantedFeature(String name, String version, int count, int reserved, int overdraft, String expiry, int featureId,
			String pool, @JsonAdapter(value = LeftOutWhenNull.class, nullSafe = false) Boolean partial,
			@JsonAdapter(value = LeftOutWhenNull.class, nullSafe = false) String vendorString) {
	}

	/** A feature asked for and not granted in full. */
	public record Unsatisfied(String name, String version, int requested, int granted) {
	}

	/**
	 * A reservation group in the documented format, with the server's ids added, and {@code "disabled": true} on
	 * an entry the server's counts no longer cover (Seatkeeper's key).
	 */
	public record Group(int id, String name, List<Reservation> reservations) {
		static Group of(GroupRecord group, IntPredicate disabled) {
			return new Group(group.id(), group.name(), group.reservations().stream().map(r -> Reservation.of(r, disabled)).toList());
		}
	}

	/** A reservation of a group: a hostid and what it reserves. */
	public record Reservation(int id, ReservedHostId hostId, List<Entry> reservationEntries) {
		static Reservation of(ReservationRecord reservation, IntPredicate disabled) {
			return new Reservation(reservation.id(), new ReservedHostId(reservation.hostId().value(), reservation.hostId().type()),
					reservation.entries().stream().map(e -> new Entry(e.id(), e.featureName(), e.featureVersion(), e.featureCount(),
							disabled.test(e.id()) ? Boolean.TRUE : null)).toList());
		}
	}

	/** A reserved hostid, in the documented order: value, then type. */
	public record ReservedHostId(String value, String type) {
	}

	/** An entry of a reservation. */
	public record Entry(int id, String featureName, String featureVersion, int featureCount,
			@JsonAdapter(value = LeftOutWhenNull.class, nullSafe = false) Boolean disabled) {
	}

	/** The active model: {@code default} when there is none. */
	public record Model(@SerializedName("default") boolean isDefault, String name, String definition, String applied) {
	}

	/** The totals of one feature name and version in {@code features/summaries}. */
	public record Summary(long totalCount, long totalUsed, long totalOverdraftCount, long totalAvailable, String firstExpiration,
			String lastExpiration) {
	}

	private static String typeOf(FeatureRecord f) {
		return f.uncounted() ? "UNCOUNTED" : "CONCURRENT";
	}

	private static String expiryOf(FeatureRecord f) {
		return f.expiry() == null ? "permanent" : f.expiry().toString();
	}

	/** An instant as RFC 3339 in UTC to the millisecond, as real servers write it, or {@code null}. */
	private static String time(Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	private static String nonEmpty(String text) {
		return text == null || text.isEmpty() ? null : text;
	}
}
