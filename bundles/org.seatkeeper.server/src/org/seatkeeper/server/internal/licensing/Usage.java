package org.seatkeeper.server.internal.licensing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.seatkeeper.server.internal.state.Ledger;
import org.seatkeeper.server.internal.state.Records.ClientRecord;
import org.seatkeeper.server.internal.state.Records.EntryRecord;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;
import org.seatkeeper.server.internal.state.Records.Grant;
import org.seatkeeper.server.internal.state.Records.GroupRecord;
import org.seatkeeper.server.internal.state.Records.PoolRecord;
import org.seatkeeper.server.internal.state.Records.ReservationRecord;
import org.seatkeeper.server.internal.state.Records.SliceRecord;
import org.seatkeeper.server.internal.state.ServerData;

/**
 * How the counts of every feature record are divided and used at one moment: what pools and
 * reservations hold, what devices use. Computed from the state under the server's lock, optionally
 * leaving one device out (the one being served again, whose counts return first).
 */
public final class Usage {

	private record PoolKey(String pool, int featureId) {
	}

	/** What devices hold, without the ones left out. */
	private final Ledger ledger;
	/** Counts set aside by reservations per record (entries that still fit). */
	private final Map<Integer, Integer> reserved = new HashMap<>();
	/** Reservation entries the server's counts no longer cover. */
	private final java.util.Set<Integer> disabled = new java.util.HashSet<>();
	/** Pool capacities per pool and record (with a model). */
	private final Map<PoolKey, Integer> capacity = new HashMap<>();
	private final ServerData state;
	private final List<PoolRecord> pools;

	public Usage(ServerData state, int excludedClient) {
		this(state, excludedClient, null);
	}

	/**
	 * @param excludedClient a device whose counts do not count (it is being served again); -1 for none
	 * @param now            when given, devices whose borrow has ended by then do not count either
	 */
	public Usage(ServerData state, int excludedClient, java.time.Instant now) {
		this(state, excludedClient, now, null);
	}

	/**
	 * @param pools the pools' slices to use instead of the model's (what they hold once the device's
	 *              counts have returned and been redistributed); null for the model's
	 */
	public Usage(ServerData state, int excludedClient, java.time.Instant now, List<PoolRecord> pools) {
		this.state = state;
		this.pools = pools != null ? pools : state.model != null ? state.model.pools() : List.of();
		this.ledger = state.ledger().copy();
		ledger.remove(state.clients.get(excludedClient));
		if (now != null) {
			for (ClientRecord client : state.servedExpiredBy(now)) {
				if (client.id() != excludedClient) {
					ledger.remove(client);
				}
			}
		}
		for (GroupRecord group : state.groups.values()) {
			for (ReservationRecord reservation : group.reservations()) {
				for (EntryRecord entry : reservation.entries()) {
					if (fits(state, entry)) {
						entry.assignments().forEach((featureId, counts) -> reserved.merge(featureId, counts, Integer::sum));
					} else {
						disabled.add(entry.id());
					}
				}
			}
		}
		if (state.model != null) {
			for (PoolRecord pool : this.pools) {
				for (SliceRecord slice : pool.slices()) {
					capacity.merge(new PoolKey(pool.name(), slice.featureId()), slice.slice(), Integer::sum);
				}
			}
		}
	}

	/**
	 * True if the counts the entry sets aside still exist besides those of the entries before it (groups
	 * in order); an entry that no longer fits after the server's counts shrank is disabled ([D]
	 * When_Feature_Counts_Change) until counts come back.
	 */
	private boolean fits(ServerData state, EntryRecord entry) {
		for (Map.Entry<Integer, Integer> assignment : entry.assignments().entrySet()) {
			FeatureRecord feature = state.features.get(assignment.getKey());
			int before = reserved.getOrDefault(assignment.getKey(), 0);
			if (feature == null || before + assignment.getValue() > feature.count()) {
				return false;
			}
		}
		return true;
	}

	/** True if the reservation entry is disabled: the server's counts no longer cover it. */
	public boolean isDisabled(int entryId) {
		return disabled.contains(entryId);
	}

	/** Records a grant decided during the same request, so that later decisions see it. */
	public void take(Grant grant) {
		ledger.add(grant, 1);
	}

	/** Takes back a grant decided or held before, e.g. counts an incremental request gives back. */
	public void release(Grant grant) {
		ledger.add(grant, -1);
	}

	/**
	 * Regular counts in use beyond the record's count: counts reduced below use, an overage that lasts
	 * until devices return (overdraft counts in use are not an overage of this kind).
	 */
	public int overage(FeatureRecord feature) {
		return feature.uncounted() ? 0 : Math.max(0, ledger.regular(feature.id()) - feature.count());
	}

	public int used(int featureId) {
		return ledger.regular(featureId) + ledger.overdraft(featureId);
	}

	public int overdraftUsed(int featureId) {
		return ledger.overdraft(featureId);
	}

	public int reserved(int featureId) {
		return reserved.getOrDefault(featureId, 0);
	}

	public int reservedUsed(int featureId) {
		return ledger.reservedUsed(featureId);
	}

	public int sharedUsed(String pool, int featureId) {
		return ledger.shared(pool, featureId);
	}

	/** Shared counts used of a record in all pools. */
	public int sharedUsed(int featureId) {
		return ledger.regular(featureId) - reservedUsed(featureId);
	}

	/** Regular counts of the record nobody uses, whatever pool or reservation they belong to. */
	public int physicallyFree(FeatureRecord feature) {
		return feature.uncounted() ? Integer.MAX_VALUE : Math.max(0, feature.count() - ledger.regular(feature.id()));
	}

	/** The shared counts {@code pool} holds of a record: its slice, or for the default pool what no slice and no reservation takes. */
	public int poolCapacity(String pool, FeatureRecord feature) {
		if (state.model == null) {
			return pool.equals("default") ? Math.max(0, feature.count() - reserved(feature.id())) : 0;
		}
		PoolKey key = new PoolKey(pool, feature.id());
		if (pool.equals("default")) {
			int named = 0;
			for (PoolRecord record : pools) {
				if (!record.isDefault()) {
					named += capacity.getOrDefault(new PoolKey(record.name(), feature.id()), 0);
				}
			}
			return Math.max(0, feature.count() - named);
		}
		return capacity.getOrDefault(key, 0);
	}

	/** Shared counts of a record free in {@code pool}. */
	public int sharedFree(String pool, FeatureRecord feature) {
		if (feature.uncounted()) {
			return Integer.MAX_VALUE;
		}
		int free = poolCapacity(pool, feature) - sharedUsed(pool, feature.id());
		return Math.max(0, Math.min(free, physicallyFree(feature)));
	}

	/** Reserved counts of reservation {@code reservationId} on a record that no device uses. */
	public int reservedFree(int reservationId, int featureId, int assigned, FeatureRecord feature) {
		int free = assigned - ledger.reservedUse(reservationId, featureId);
		return Math.max(0, Math.min(free, physicallyFree(feature)));
	}

	public int overdraftFree(FeatureRecord feature) {
		return Math.max(0, feature.overdraftCount() - overdraftUsed(feature.id()));
	}
}
