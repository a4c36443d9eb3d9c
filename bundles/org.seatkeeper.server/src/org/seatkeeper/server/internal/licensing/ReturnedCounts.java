package org.seatkeeper.server.internal.licensing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seatkeeper.server.internal.state.Events;
import org.seatkeeper.server.internal.state.Ledger;
import org.seatkeeper.server.internal.state.Records.ClientRecord;
import org.seatkeeper.server.internal.state.Records.PoolRecord;
import org.seatkeeper.server.internal.state.ServerData;

/**
 * Counts devices give back (asking again, giving counts back, expiring, being dropped), worked out from
 * their records before and after, and redistributed among the pools ({@link Pools}) in the event that
 * saves the devices. Runs under the server's lock.
 */
public final class ReturnedCounts {

	private ReturnedCounts() {
	}

	/**
	 * The event that saves {@code changed} devices, with the counts they return redistributed among the
	 * pools ({@link Pools}).
	 *
	 * @param reach for a device that asked just now, the pools the model gives it; others are looked up
	 */
	public static Events.ClientsSaved saved(ServerData state, List<ClientRecord> changed, Map<Integer, List<String>> reach) {
		return saved(state, changed, reach, null, -1);
	}

	/**
	 * @param base     the pools to start from (null: the model's)
	 * @param servedAgain a device whose counts were returned and redistributed before it was served again
	 *                    (-1 for none): what it held is not returned again
	 */
	public static Events.ClientsSaved saved(ServerData state, List<ClientRecord> changed, Map<Integer, List<String>> reach,
			List<PoolRecord> base, int servedAgain) {
		if (state.model == null) {
			return new Events.ClientsSaved(changed);
		}
		Ledger after = state.ledger().copy();
		List<Pools.Release> releases = new ArrayList<>();
		for (ClientRecord client : changed) {
			ClientRecord before = state.clients.get(client.id());
			after.remove(before);
			after.add(client);
			if (before == null || !before.isServed() || client.id() == servedAgain) {
				continue;
			}
			Map<Ledger.PoolKey, Integer> returned = new LinkedHashMap<>();
			before.grants().forEach(g -> returned.merge(new Ledger.PoolKey(g.pool(), g.featureId()), g.count() - g.overdraft() - g.reserved(),
					Integer::sum));
			if (client.isServed()) {
				client.grants().forEach(g -> returned.merge(new Ledger.PoolKey(g.pool(), g.featureId()),
						-(g.count() - g.overdraft() - g.reserved()), Integer::sum));
			}
			List<String> pools = null;
			for (Map.Entry<Ledger.PoolKey, Integer> back : returned.entrySet()) {
				if (back.getValue() > 0) {
					if (pools == null) {
						pools = reach.containsKey(client.id()) ? reach.get(client.id()) : Checkout.pools(state, client);
					}
					releases.add(new Pools.Release(back.getKey().featureId(), back.getKey().pool(), back.getValue(), pools));
				}
			}
		}
		List<PoolRecord> pools = Pools.redistribute(state, base, after, releases);
		return new Events.ClientsSaved(changed, pools != null ? pools : base);
	}

	/**
	 * The pools once everything the device holds has returned first and been redistributed, as the
	 * documented process serves a request (null when nothing moves): a device cannot get back counts that
	 * went to a deficit it could not have taken them from. An incremental request keeps what it holds.
	 */
	public static List<PoolRecord> returnFirst(ServerData state, CapabilityRequest request) {
		if (state.model == null || request.incremental()) {
			return null;
		}
		ClientRecord client = Checkout.client(state, request.hostId()).orElse(null);
		if (client == null || !client.isServed()) {
			return null;
		}
		Ledger after = state.ledger().copy();
		after.remove(client);
		Map<Ledger.PoolKey, Integer> shared = new LinkedHashMap<>();
		client.grants().forEach(g -> shared.merge(new Ledger.PoolKey(g.pool(), g.featureId()), g.count() - g.overdraft() - g.reserved(),
				Integer::sum));
		List<String> reach = Checkout.pools(state, client);
		List<Pools.Release> releases = new ArrayList<>();
		shared.forEach((key, count) -> {
			if (count > 0) {
				releases.add(new Pools.Release(key.featureId(), key.pool(), count, reach));
			}
		});
		return Pools.redistribute(state, null, after, releases);
	}
}
