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

	/** A user account: the password only as a hash. */
	public record UserAccount(String name, String passwordHash, Set<Role> roles) {
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
	/** The last id given to a feature, client, group, reservation, entry, pool and slice. */
	public int lastFeatureId;
	public int lastClientId;
	public int lastGroupId;
	public int lastReservationId;
	public int lastEntryId;
	public int lastPoolId;
	public int lastSliceId;
}
