package org.seatkeeper.server.internal.state;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeMap;

import org.seatkeeper.server.internal.security.Role;

/**
 * Everything the server keeps, as the store persists it. Changed only by events, under the server's
 * lock.
 */
public final class ServerData {

	/**
	 * A user account: the password only as a hash. Tokens issued before {@code validAfter} (the second of
	 * the last change of password or roles; null for accounts from before it was kept) are refused.
	 */
	public record UserAccount(String name, String passwordHash, Set<Role> roles, java.time.Instant validAfter) {
		public UserAccount {
			roles = roles.isEmpty() ? EnumSet.of(Role.READ) : EnumSet.copyOf(roles);
			roles.add(Role.READ);
		}
	}

	/** A hostid: value and type. */
	public record HostIdValue(String type, String value) {
	}

	/** The server's identity, created once at first start. */
	public String instanceId;
	public String uuid;
	/** The key that signs access tokens (base64 of 64 random bytes). */
	public String tokenKey;
	public TreeMap<String, UserAccount> users = new TreeMap<>();
	/** Settings that differ from their defaults. */
	public TreeMap<String, String> settings = new TreeMap<>();
	public HostIdValue selectedHostId;
	/** The client public key for REST licensing: base64 of its DER, or null. */
	public String restLicensingKey;

	public TreeMap<Integer, Records.FeatureRecord> features = new TreeMap<>();
	public TreeMap<Integer, Records.ClientRecord> clients = new TreeMap<>();
	public TreeMap<Integer, Records.GroupRecord> groups = new TreeMap<>();
	/** The model in force; null for the default model (everything in the default pool). */
	public Records.ActiveModel model;
	/** The producer's public key that capability responses must be signed with (PEM), or null. */
	public String producerKey;
	/** Offline requests this server generated and has not yet seen answered, by request id. */
	public TreeMap<String, Records.OfflineRequest> offlineRequests = new TreeMap<>();

	/** The last id given to a feature, client, group, reservation, entry, pool and slice. */
	public int lastFeatureId;
	public int lastClientId;
	public int lastGroupId;
	public int lastReservationId;
	public int lastEntryId;
	public int lastPoolId;
	public int lastSliceId;

	/**
	 * A copy that stays as it is while this state changes: a background snapshot is written from it. The
	 * maps are copied; what they hold (records, lists made with {@code List.copyOf}) is never changed in
	 * place, only replaced, so it is shared. Derived indexes are not copied.
	 */
	public ServerData copy() {
		ServerData copy = new ServerData();
		copy.instanceId = instanceId;
		copy.uuid = uuid;
		copy.tokenKey = tokenKey;
		copy.users = new TreeMap<>(users);
		copy.settings = new TreeMap<>(settings);
		copy.selectedHostId = selectedHostId;
		copy.restLicensingKey = restLicensingKey;
		copy.features = new TreeMap<>(features);
		copy.clients = new TreeMap<>(clients);
		copy.groups = new TreeMap<>(groups);
		copy.model = model;
		copy.producerKey = producerKey;
		copy.offlineRequests = new TreeMap<>(offlineRequests);
		copy.lastFeatureId = lastFeatureId;
		copy.lastClientId = lastClientId;
		copy.lastGroupId = lastGroupId;
		copy.lastReservationId = lastReservationId;
		copy.lastEntryId = lastEntryId;
		copy.lastPoolId = lastPoolId;
		copy.lastSliceId = lastSliceId;
		return copy;
	}

	/** Client ids by their hostid (type/VALUE in upper case); derived, rebuilt after loading. */
	private transient java.util.HashMap<String, Integer> clientsByHostId;

	/** The key {@link #clientId} looks hostids up by: they compare without regard to case. */
	public static String hostIdKey(HostIdValue hostId) {
		return hostId.type().toUpperCase(java.util.Locale.ROOT) + "/" + hostId.value().toUpperCase(java.util.Locale.ROOT);
	}

	/** The id of the device with this hostid, or null. */
	public Integer clientId(HostIdValue hostId) {
		if (clientsByHostId == null) {
			clientsByHostId = new java.util.HashMap<>();
			clients.values().forEach(c -> clientsByHostId.put(hostIdKey(c.hostId()), c.id()));
		}
		return clientsByHostId.get(hostIdKey(hostId));
	}

	/** What served devices hold; derived, rebuilt after loading. */
	private transient Ledger ledger;

	/** The ledger of the served devices; read it under the lock, and copy it to try changes on. */
	public Ledger ledger() {
		if (ledger == null) {
			ledger = Ledger.of(clients.values());
		}
		return ledger;
	}

	/** A served device's borrow end; orders the devices by when they expire. */
	private record Expiry(java.time.Instant at, int id) implements Comparable<Expiry> {
		static Expiry of(Records.ClientRecord client) {
			return client != null && client.isServed() && client.expiry() != null ? new Expiry(client.expiry(), client.id()) : null;
		}

		@Override
		public int compareTo(Expiry other) {
			int byTime = at.compareTo(other.at);
			return byTime != 0 ? byTime : Integer.compare(id, other.id);
		}
	}

	/** The served devices by when their borrow ends; derived, rebuilt after loading. */
	private transient java.util.TreeSet<Expiry> expiries;

	private java.util.TreeSet<Expiry> expiries() {
		if (expiries == null) {
			expiries = new java.util.TreeSet<>();
			clients.values().forEach(c -> {
				Expiry expiry = Expiry.of(c);
				if (expiry != null) {
					expiries.add(expiry);
				}
			});
		}
		return expiries;
	}

	/**
	 * The served devices whose borrow has ended by {@code now}, soonest first: found without looking at the
	 * others, so that a server with 100,000 devices checks expiries at each request at no cost.
	 */
	public java.util.List<Records.ClientRecord> servedExpiredBy(java.time.Instant now) {
		java.util.List<Records.ClientRecord> ended = new java.util.ArrayList<>();
		for (Expiry expiry : expiries()) {
			if (expiry.at().isAfter(now)) {
				break;
			}
			ended.add(clients.get(expiry.id()));
		}
		return ended;
	}

	/** Forgets a device (and keeps the index by hostid, the expiries and the ledger in step). */
	public void removeClient(int id) {
		Records.ClientRecord previous = clients.remove(id);
		if (previous == null) {
			return;
		}
		if (clientsByHostId != null) {
			clientsByHostId.remove(hostIdKey(previous.hostId()), id);
		}
		if (expiries != null) {
			Expiry old = Expiry.of(previous);
			if (old != null) {
				expiries.remove(old);
			}
		}
		if (ledger != null) {
			ledger.remove(previous);
		}
	}

	/**
	 * The devices that hold nothing (returned, expired or dropped) and last asked before {@code cutoff}:
	 * the records a server may forget.
	 */
	public java.util.List<Integer> purgeable(java.time.Instant cutoff) {
		java.util.List<Integer> ids = new java.util.ArrayList<>();
		for (Records.ClientRecord client : clients.values()) {
			if (!client.isServed() && (client.lastRequest() == null || client.lastRequest().isBefore(cutoff))) {
				ids.add(client.id());
			}
		}
		return ids;
	}

	/** Records a device (and keeps the index by hostid, the expiries and the ledger in step). */
	public void putClient(Records.ClientRecord client) {
		Records.ClientRecord previous = clients.put(client.id(), client);
		if (clientsByHostId != null) {
			clientsByHostId.put(hostIdKey(client.hostId()), client.id());
		}
		if (expiries != null) {
			Expiry old = Expiry.of(previous);
			if (old != null) {
				expiries.remove(old);
			}
			Expiry fresh = Expiry.of(client);
			if (fresh != null) {
				expiries.add(fresh);
			}
		}
		if (ledger != null) {
			ledger.remove(previous);
			ledger.add(client);
		}
	}
}
