package org.seatkeeper.server.internal.licensing;

import java.util.HashMap;
import java.util.Map;

import org.seatkeeper.server.internal.state.Records.ClientRecord;
import org.seatkeeper.server.internal.state.Records.EntryRecord;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;
import org.seatkeeper.server.internal.state.Records.GroupRecord;
import org.seatkeeper.server.internal.state.Records.Grant;
import org.seatkeeper.server.internal.state.Records.PoolRecord;
import org.seatkeeper.server.internal.state.Records.ReservationRecord;
import org.seatkeeper.server.internal.state.Records.SliceRecord;
import org.seatkeeper.server.internal.state.ServerData;

/**
 * How the counts of every feature record are divided and used at one moment: what pools and
 * reservations hold, what devices use. Computed from the state under the server's lock, optionally
 * leaving one device out (the one being served again, whose counts return first).
 */
final class Usage {

	private record PoolKey(String pool, int featureId) {
	}

	/** Counts in use per record: regular (reserved + shared) and overdraft. */
	private final Map<Integer, Integer> regular = new HashMap<>();
	private final Map<Integer, Integer> overdraft = new HashMap<>();
	/** Shared counts in use per pool and record. */
	private final Map<PoolKey, Integer> shared = new HashMap<>();
	/** Reserved counts in use per reservation and record. */
	private final Map<String, Integer> reservedUse = new HashMap<>();
	/** Reserved counts in use per record. */
	private final Map<Integer, Integer> reservedUsed = new HashMap<>();
	/** Counts set aside by reservations per record. */
	private final Map<Integer, Integer> reserved = new HashMap<>();
	/** Pool capacities per pool and record (with a model). */
	private final Map<PoolKey, Integer> capacity = new HashMap<>();
	private final ServerData state;

	Usage(ServerData state, int excludedClient) {
		this.state = state;
		for (ClientRecord client : state.clients.values()) {
			if (client.id() == excludedClient || !client.isServed()) {
				continue;
			}
			for (Grant grant : client.grants()) {
				add(grant, client);
			}
		}
		for (GroupRecord group : state.groups.values()) {
			for (ReservationRecord reservation : group.reservations()) {
				for (EntryRecord entry : reservation.entries()) {
					entry.assignments().forEach((featureId, counts) -> reserved.merge(featureId, counts, Integer::sum));
				}
			}
		}
		if (state.model != null) {
			for (PoolRecord pool : state.model.pools()) {
				for (SliceRecord slice : pool.slices()) {
					capacity.merge(new PoolKey(pool.name(), slice.featureId()), slice.slice(), Integer::sum);
				}
			}
		}
	}

	private void add(Grant grant, ClientRecord client) {
		int regularCounts = grant.count() - grant.overdraft();
		regular.merge(grant.featureId(), regularCounts, Integer::sum);
		overdraft.merge(grant.featureId(), grant.overdraft(), Integer::sum);
		shared.merge(new PoolKey(grant.pool(), grant.featureId()), regularCounts - grant.reserved(), Integer::sum);
		if (grant.reserved() > 0) {
			reservedUsed.merge(grant.featureId(), grant.reserved(), Integer::sum);
			reservedUse.merge(grant.reservationId() + ":" + grant.featureId(), grant.reserved(), Integer::sum);
		}
	}

	/** Records a grant decided during the same request, so that later decisions see it. */
	void take(Grant grant) {
		add(grant, null);
	}

	int used(int featureId) {
		return regular.getOrDefault(featureId, 0) + overdraft.getOrDefault(featureId, 0);
	}

	int overdraftUsed(int featureId) {
		return overdraft.getOrDefault(featureId, 0);
	}

	int reserved(int featureId) {
		return reserved.getOrDefault(featureId, 0);
	}

	int reservedUsed(int featureId) {
		return reservedUsed.getOrDefault(featureId, 0);
	}

	int sharedUsed(String pool, int featureId) {
		return shared.getOrDefault(new PoolKey(pool, featureId), 0);
	}

	/** Shared counts used of a record in all pools. */
	int sharedUsed(int featureId) {
		return regular.getOrDefault(featureId, 0) - reservedUsed(featureId);
	}

	/** Regular counts of the record nobody uses, whatever pool or reservation they belong to. */
	int physicallyFree(FeatureRecord feature) {
		return feature.uncounted() ? Integer.MAX_VALUE : Math.max(0, feature.count() - regular.getOrDefault(feature.id(), 0));
	}

	/** The shared counts {@code pool} holds of a record: its slice, or for the default pool what no slice and no reservation takes. */
	int poolCapacity(String pool, FeatureRecord feature) {
		if (state.model == null) {
			return pool.equals("default") ? Math.max(0, feature.count() - reserved(feature.id())) : 0;
		}
		PoolKey key = new PoolKey(pool, feature.id());
		if (pool.equals("default")) {
			int named = 0;
			for (PoolRecord record : state.model.pools()) {
				if (!record.isDefault()) {
					named += capacity.getOrDefault(new PoolKey(record.name(), feature.id()), 0);
				}
			}
			return Math.max(0, feature.count() - named);
		}
		return capacity.getOrDefault(key, 0);
	}

	/** Shared counts of a record free in {@code pool}. */
	int sharedFree(String pool, FeatureRecord feature) {
		if (feature.uncounted()) {
			return Integer.MAX_VALUE;
		}
		int free = poolCapacity(pool, feature) - sharedUsed(pool, feature.id());
		return Math.max(0, Math.min(free, physicallyFree(feature)));
	}

	/** Reserved counts of reservation {@code reservationId} on a record that no device uses. */
	int reservedFree(int reservationId, int featureId, int assigned, FeatureRecord feature) {
		int free = assigned - reservedUse.getOrDefault(reservationId + ":" + featureId, 0);
		return Math.max(0, Math.min(free, physicallyFree(feature)));
	}

	int overdraftFree(FeatureRecord feature) {
		return Math.max(0, feature.overdraftCount() - overdraftUsed(feature.id()));
	}
}
