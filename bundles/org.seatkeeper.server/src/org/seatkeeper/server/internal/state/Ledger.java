package org.seatkeeper.server.internal.state;

import java.util.HashMap;
import java.util.Map;

import org.seatkeeper.server.internal.state.Records.ClientRecord;
import org.seatkeeper.server.internal.state.Records.Grant;

/**
 * The counts devices hold, added up per feature record, pool and reservation. Kept in step with the
 * devices by the events that change them, so that a decision does not add up every device again.
 */
public final class Ledger {

	/** A pool and a feature record. */
	public record PoolKey(String pool, int featureId) {
	}

	/** A reservation and a feature record. */
	public record ReservationKey(int reservationId, int featureId) {
	}

	private final Map<Integer, Integer> regular;
	private final Map<Integer, Integer> overdraft;
	private final Map<PoolKey, Integer> shared;
	private final Map<ReservationKey, Integer> reservedUse;
	private final Map<Integer, Integer> reservedUsed;

	public Ledger() {
		this(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
	}

	private Ledger(Map<Integer, Integer> regular, Map<Integer, Integer> overdraft, Map<PoolKey, Integer> shared,
			Map<ReservationKey, Integer> reservedUse, Map<Integer, Integer> reservedUsed) {
		this.regular = regular;
		this.overdraft = overdraft;
		this.shared = shared;
		this.reservedUse = reservedUse;
		this.reservedUsed = reservedUsed;
	}

	/** The ledger of all served devices. */
	public static Ledger of(Iterable<ClientRecord> clients) {
		Ledger ledger = new Ledger();
		for (ClientRecord client : clients) {
			ledger.add(client);
		}
		return ledger;
	}

	/** An independent copy, to try decisions on. */
	public Ledger copy() {
		return new Ledger(new HashMap<>(regular), new HashMap<>(overdraft), new HashMap<>(shared), new HashMap<>(reservedUse),
				new HashMap<>(reservedUsed));
	}

	/** Adds what a served device holds; a device that is not served holds nothing. */
	public void add(ClientRecord client) {
		if (client != null && client.isServed()) {
			client.grants().forEach(grant -> add(grant, 1));
		}
	}

	/** Takes away what a served device holds. */
	public void remove(ClientRecord client) {
		if (client != null && client.isServed()) {
			client.grants().forEach(grant -> add(grant, -1));
		}
	}

	/** Adds ({@code sign} 1) or removes ({@code sign} -1) one grant. */
	public void add(Grant grant, int sign) {
		int regularCounts = grant.count() - grant.overdraft();
		merge(regular, grant.featureId(), sign * regularCounts);
		merge(overdraft, grant.featureId(), sign * grant.overdraft());
		merge(shared, new PoolKey(grant.pool(), grant.featureId()), sign * (regularCounts - grant.reserved()));
		if (grant.reserved() > 0) {
			merge(reservedUsed, grant.featureId(), sign * grant.reserved());
			merge(reservedUse, new ReservationKey(grant.reservationId(), grant.featureId()), sign * grant.reserved());
		}
	}

	private static <K> void merge(Map<K, Integer> map, K key, int delta) {
		if (delta != 0) {
			map.merge(key, delta, (a, b) -> a + b == 0 ? null : a + b);
		}
	}

	public int regular(int featureId) {
		return regular.getOrDefault(featureId, 0);
	}

	public int overdraft(int featureId) {
		return overdraft.getOrDefault(featureId, 0);
	}

	public int shared(String pool, int featureId) {
		return shared.getOrDefault(new PoolKey(pool, featureId), 0);
	}

	/** The pools whose counts devices hold now, in no particular order. */
	public java.util.Set<String> pools() {
		java.util.Set<String> pools = new java.util.HashSet<>();
		shared.keySet().forEach(key -> pools.add(key.pool()));
		return pools;
	}

	public int reservedUsed(int featureId) {
		return reservedUsed.getOrDefault(featureId, 0);
	}

	public int reservedUse(int reservationId, int featureId) {
		return reservedUse.getOrDefault(new ReservationKey(reservationId, featureId), 0);
	}
}
