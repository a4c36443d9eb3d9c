package org.seatkeeper.server.internal.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.seatkeeper.server.internal.licensing.Checkout;
import org.seatkeeper.server.internal.licensing.Pools;
import org.seatkeeper.server.internal.licensing.Usage;
import org.seatkeeper.server.internal.state.Records.ClientRecord;
import org.seatkeeper.server.internal.state.Records.EntryRecord;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;
import org.seatkeeper.server.internal.state.Records.Grant;
import org.seatkeeper.server.internal.state.Records.GroupRecord;
import org.seatkeeper.server.internal.state.Records.PoolRecord;
import org.seatkeeper.server.internal.state.Records.ReservationRecord;
import org.seatkeeper.server.internal.state.Records.SliceRecord;
import org.seatkeeper.server.internal.state.ServerData.HostIdValue;
import org.seatkeeper.server.internal.state.ServerData;
import org.seatkeeper.server.internal.state.ServerHostIds;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The JSON of feature records, devices, the devices a feature serves, and pools: every key real servers
 * send for that shape (the reference's §1.4), then Seatkeeper's own. API.md says which is which.
 */
final class LicensingJson {

	private LicensingJson() {
	}

	/** A feature record with the keys of the reference's §1.4.1, and Seatkeeper's for what is not documented. */
	static JsonObject feature(FeatureRecord f, Usage usage) {
		JsonObject json = new JsonObject();
		int used = usage.used(f.id());
		int reserved = usage.reserved(f.id());
		int reservedUsed = usage.reservedUsed(f.id());
		json.addProperty("id", f.id());
		json.addProperty("featureName", f.name());
		json.addProperty("featureVersion", f.version());
		json.addProperty("featureCount", f.count());
		json.addProperty("used", used);
		json.addProperty("sharedUsed", usage.sharedUsed(f.id()));
		json.addProperty("reserved", reserved);
		json.addProperty("assignedReserved", reservedUsed);
		json.addProperty("unassignedReserved", Math.max(0, reserved - reservedUsed));
		json.addProperty("overdraftCount", f.overdraftCount());
		json.addProperty("overdraftUsedCount", usage.overdraftUsed(f.id()));
		json.addProperty("overage", usage.overage(f));
		json.addProperty("uncappedOverdraft", false);
		json.addProperty("metered", false);
		json.addProperty("meteredReusable", false);
		json.addProperty("meteredUndoInterval", 0);
		json.addProperty("concurrent", !f.uncounted());
		json.addProperty("uncounted", f.uncounted());
		json.addProperty("type", type(f));
		json.addProperty("featureKind", "FEATURE");
		json.addProperty("vendor", f.vendor());
		json.addProperty("featureId", f.activationId() == null ? Integer.toString(f.id()) : f.activationId());
		json.addProperty("expiry", f.expiry() == null ? "permanent" : f.expiry().toString());
		json.addProperty("startDate", f.startDate() == null ? null : f.startDate().toString());
		json.addProperty("vendorString", f.vendorString());
		json.addProperty("issuer", f.issuer());
		json.addProperty("notice", f.notice());
		json.addProperty("serialNumber", f.serialNumber());
		json.addProperty("receivedTime", time(f.received()));
		return json;
	}

	private static String type(FeatureRecord f) {
		return f.uncounted() ? "UNCOUNTED" : "CONCURRENT";
	}

	/**
	 * A device with the keys real servers send for it (the reference's §1.4.3 and §1.4.8), in the order of
	 * §1.4.8, as it appears nested under {@code client} in the devices a feature serves.
	 *
	 * @param server the hostid the server uses
	 */
	static JsonObject device(ClientRecord client, HostIdValue server) {
		JsonObject json = new JsonObject();
		json.addProperty("id", client.id());
		json.add("serverHostid", hostId(server));
		json.add("requestHostid", ServerHostIds.json(client.hostId()));
		json.addProperty("correlationId", client.correlationId() == null ? "" : client.correlationId());
		json.addProperty("collectedHostIds", collectedHostIds(client));
		json.addProperty("hostType", client.hostType() == null ? "" : client.hostType());
		json.addProperty("updateTime", time(client.lastRequest()));
		json.addProperty("machineType", client.deviceType());
		json.add("hostid", hostId(client.hostId()));
		json.addProperty("trusted", false); // no request is checked against a client key yet
		json.addProperty("requestOperation", "RETURNED".equals(client.status()) ? "RETURN" : "REQUEST");
		json.addProperty("servedStatus", client.status());
		json.addProperty("expiry", time(client.expiry()));
		return json;
	}

	/** A hostid in the real servers' key style (§1.4.8): {@code {"hostidType","hostidValue"}}. */
	private static JsonObject hostId(HostIdValue id) {
		JsonObject json = new JsonObject();
		json.addProperty("hostidType", id.type());
		json.addProperty("hostidValue", id.value());
		return json;
	}

	/** The hostids the last request gave besides the device's own: its user's, as {@code USER:alice}; else "". */
	private static String collectedHostIds(ClientRecord client) {
		return client.userId() == null || client.userId().isEmpty() ? "" : "USER:" + client.userId();
	}

	/**
	 * A device of {@code GET clients}: the real keys, then its host name, what it holds and Seatkeeper's other
	 * keys. Seatkeeper's keys that would be empty are left out: a list of 100,000 devices is long enough.
	 */
	static JsonObject client(Map<Integer, FeatureRecord> featureRecords, ClientRecord client, HostIdValue server) {
		JsonObject json = device(client, server);
		json.addProperty("hostName", client.hostName() == null ? "" : client.hostName());
		if (client.userId() != null && !client.userId().isEmpty()) {
			json.addProperty("userId", client.userId());
		}
		if (client.vendorDictionary() != null && !client.vendorDictionary().isEmpty()) {
			json.add("vendorDictionary", client.vendorDictionary());
		}
		JsonArray features = new JsonArray();
		for (Grant grant : client.grants()) {
			FeatureRecord f = featureRecords.get(grant.featureId());
			JsonObject feature = new JsonObject();
			feature.addProperty("featureId", grant.featureId());
			feature.addProperty("featureName", f == null ? null : f.name());
			feature.addProperty("featureVersion", f == null ? null : f.version());
			feature.addProperty("count", grant.count());
			feature.addProperty("reserved", grant.reserved());
			feature.addProperty("overdraft", grant.overdraft());
			feature.addProperty("pool", grant.pool());
			feature.addProperty("expiry", f == null || f.expiry() == null ? "permanent" : f.expiry().toString());
			if (f != null && f.startDate() != null) {
				feature.addProperty("startDate", f.startDate().toString());
			}
			if (f != null && f.vendorString() != null) {
				feature.addProperty("vendorString", f.vendorString());
			}
			features.add(feature);
		}
		json.add("features", features);
		return json;
	}

	/**
	 * The devices feature record {@code featureId} serves, as real servers answer {@code features/{id}/clients}
	 * (the reference's §1.4.8): one usage record per grant, the device nested under {@code client}. A usage
	 * record's id is the device's id × 1000 plus the grant's place among the device's grants ([I]: Seatkeeper
	 * keeps no id of its own for a grant).
	 */
	static JsonArray usages(ServerData state, int featureId, HostIdValue server) {
		JsonArray list = new JsonArray();
		FeatureRecord feature = state.features.get(featureId);
		for (ClientRecord client : state.clients.values()) {
			if (!client.isServed()) {
				continue;
			}
			for (int i = 0; i < client.grants().size(); i++) {
				Grant grant = client.grants().get(i);
				if (grant.featureId() != featureId) {
					continue;
				}
				JsonObject usage = new JsonObject();
				usage.addProperty("id", client.id() * 1000L + i + 1);
				usage.addProperty("useCount", grant.count());
				usage.addProperty("usageKind", grant.reservationId() != 0 ? "RESERVATION" : type(feature));
				usage.addProperty("reservedCount", grant.reserved());
				usage.add("client", device(client, server));
				usage.addProperty("overdraftCount", grant.overdraft());
				usage.addProperty("pool", grant.pool());
				list.add(usage);
			}
		}
		return list;
	}

	/**
	 * A pool of the documented {@code {"partitions": [...]}} (the reference's §2.7). A slice's status is
	 * OVERAGE when the pool's devices use more of the record than it holds, DEFICIT when its line holds
	 * less than it asks for, else NORMAL; Seatkeeper adds {@code deleted} for a pool a newer model no longer
	 * defines, listed while its counts are in use.
	 */
	static JsonObject pool(ServerData state, Usage usage, PoolRecord pool) {
		JsonObject json = new JsonObject();
		json.addProperty("id", pool.id());
		json.addProperty("name", pool.name());
		json.addProperty("lastModified", pool.lastModified() == null ? null : pool.lastModified().toEpochMilli());
		json.addProperty("default", pool.isDefault());
		if (pool.deleted()) {
			json.addProperty("deleted", true);
		}
		Map<Integer, Long> obtained = new java.util.HashMap<>();
		Map<Integer, Integer> held = new java.util.HashMap<>();
		List<SliceRecord> listed = new java.util.ArrayList<>(pool.slices());
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
		JsonArray slices = new JsonArray();
		for (SliceRecord slice : listed) {
			FeatureRecord f = state.features.get(slice.featureId());
			JsonObject s = new JsonObject();
			s.addProperty("id", slice.id());
			if (f != null) {
				JsonObject feature = new JsonObject();
				feature.addProperty("id", f.id());
				feature.addProperty("type", type(f));
				feature.addProperty("featureName", f.name());
				feature.addProperty("featureVersion", f.version());
				feature.addProperty("expiry", f.expiry() == null ? "permanent" : f.expiry().toString());
				feature.addProperty("featureCount", f.count());
				feature.addProperty("used", usage.used(f.id()));
				s.add("feature", feature);
			}
			int used = f == null ? 0 : usage.sharedUsed(pool.name(), f.id());
			long lineHolds = slice.line() == 0 ? slice.slice() : obtained.get(slice.line());
			s.addProperty("slice", slice.slice());
			s.addProperty("used", used);
			s.addProperty("computedCount", slice.computed());
			s.addProperty("requested", slice.requested());
			s.addProperty("uncounted", f != null && f.uncounted());
			s.addProperty("status", f != null && !f.uncounted() && used > held.get(slice.featureId()) ? "OVERAGE"
					: lineHolds < slice.computed() ? "DEFICIT" : "NORMAL");
			slices.add(s);
		}
		json.add("activeFeatureSlices", slices);
		return json;
	}

	/** An instant as RFC 3339 in UTC to the millisecond, as real servers write it, or {@code null}. */
	private static String time(Instant instant) {
		return instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
	}

	/** The answer to a capability request, in the order clients have read since the first version. */
	static JsonObject granted(Checkout.Granted granted) {
		JsonObject answer = new JsonObject();
		answer.addProperty("status", granted.status());
		answer.addProperty("clientId", granted.clientId());
		JsonObject hostId = new JsonObject();
		hostId.addProperty("type", granted.hostId().type());
		hostId.addProperty("value", granted.hostId().value());
		answer.add("hostId", hostId);
		answer.addProperty("expiry", granted.borrow().expiry().toString());
		answer.addProperty("borrowInterval", granted.borrow().interval().toSeconds());
		answer.addProperty("renewInterval", granted.borrow().renew().toSeconds());
		JsonArray pools = new JsonArray();
		granted.pools().forEach(pools::add);
		answer.add("pools", pools);
		JsonArray features = new JsonArray();
		for (Checkout.Served served : granted.served()) {
			FeatureRecord record = served.record();
			JsonObject feature = new JsonObject();
			feature.addProperty("name", record.name());
			feature.addProperty("version", record.version());
			feature.addProperty("count", served.grant().count());
			feature.addProperty("reserved", served.grant().reserved());
			feature.addProperty("overdraft", served.grant().overdraft());
			feature.addProperty("expiry", record.expiry() == null ? "permanent" : record.expiry().toString());
			feature.addProperty("featureId", record.id());
			feature.addProperty("pool", served.grant().pool());
			if (granted.serverSpecified()) {
				feature.addProperty("partial", true);
			}
			if (record.vendorString() != null) {
				feature.addProperty("vendorString", record.vendorString());
			}
			features.add(feature);
		}
		answer.add("features", features);
		JsonArray unsatisfied = new JsonArray();
		for (Checkout.Shortfall shortfall : granted.unsatisfied()) {
			JsonObject short_ = new JsonObject();
			short_.addProperty("name", shortfall.name());
			short_.addProperty("version", shortfall.version());
			short_.addProperty("requested", shortfall.requested());
			short_.addProperty("granted", shortfall.granted());
			unsatisfied.add(short_);
		}
		answer.add("unsatisfied", unsatisfied);
		return answer;
	}

	/**
	 * The group in the documented format, with the server's ids added, and {@code "disabled": true} on an
	 * entry the server's counts no longer cover (Seatkeeper's key).
	 */
	static JsonObject group(GroupRecord group, IntPredicate disabled) {
		JsonObject json = new JsonObject();
		json.addProperty("id", group.id());
		json.addProperty("name", group.name());
		JsonArray reservations = new JsonArray();
		for (ReservationRecord reservation : group.reservations()) {
			reservations.add(reservation(reservation, disabled));
		}
		json.add("reservations", reservations);
		return json;
	}

	static JsonObject reservation(ReservationRecord reservation, IntPredicate disabled) {
		JsonObject json = new JsonObject();
		json.addProperty("id", reservation.id());
		JsonObject hostId = new JsonObject();
		hostId.addProperty("value", reservation.hostId().value());
		hostId.addProperty("type", reservation.hostId().type());
		json.add("hostId", hostId);
		JsonArray entries = new JsonArray();
		for (EntryRecord entry : reservation.entries()) {
			JsonObject e = new JsonObject();
			e.addProperty("id", entry.id());
			e.addProperty("featureName", entry.featureName());
			e.addProperty("featureVersion", entry.featureVersion());
			e.addProperty("featureCount", entry.featureCount());
			if (disabled.test(entry.id())) {
				e.addProperty("disabled", true);
			}
			entries.add(e);
		}
		json.add("reservationEntries", entries);
		return json;
	}
}
