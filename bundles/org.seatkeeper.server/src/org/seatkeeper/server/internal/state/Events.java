package org.seatkeeper.server.internal.state;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.seatkeeper.server.internal.security.Role;
import org.seatkeeper.server.internal.state.ServerData.HostIdValue;
import org.seatkeeper.server.internal.state.ServerData.UserAccount;
import org.seatkeeper.server.internal.store.Event;

/** The changes of the server's state, as the journal records them. */
public final class Events {

	private Events() {
	}

	/** Every event type by its journal name. */
	public static Map<String, Class<? extends Event<ServerData>>> types() {
		return Map.ofEntries(Map.entry("IdentityCreated", IdentityCreated.class), Map.entry("UserSaved", UserSaved.class),
				Map.entry("PasswordRehashed", PasswordRehashed.class),
				Map.entry("ClientsPurged", ClientsPurged.class),
				Map.entry("UserDeleted", UserDeleted.class), Map.entry("SettingsChanged", SettingsChanged.class),
				Map.entry("HostIdSelected", HostIdSelected.class), Map.entry("ClientKeySet", ClientKeySet.class),
				Map.entry("FeaturesAdded", FeaturesAdded.class), Map.entry("ClientsSaved", ClientsSaved.class),
				Map.entry("GroupAdded", GroupAdded.class), Map.entry("GroupsAdded", GroupsAdded.class),
				Map.entry("GroupChanged", GroupChanged.class), Map.entry("PoolsChanged", PoolsChanged.class),
				Map.entry("ModelApplied", ModelApplied.class), Map.entry("ProducerKeySet", ProducerKeySet.class),
				Map.entry("OfflineRequested", OfflineRequested.class), Map.entry("OfflineAnswered", OfflineAnswered.class));
	}

	public record IdentityCreated(String instanceId, String uuid, String tokenKey) implements Event<ServerData> {
		@Override
		public void apply(ServerData state) {
			state.instanceId = instanceId;
			state.uuid = uuid;
			state.tokenKey = tokenKey;
		}
	}

	/**
	 * A user created or changed at {@code at} (null in journals of earlier versions). A new password or new
	 * roles revoke the tokens issued before.
	 */
	public record UserSaved(String name, String passwordHash, Set<Role> roles, java.time.Instant at) implements Event<ServerData> {
		@Override
		public void apply(ServerData state) {
			UserAccount previous = state.users.get(name);
			UserAccount saved = new UserAccount(name, passwordHash, roles, at);
			if (previous != null && previous.passwordHash().equals(passwordHash) && previous.roles().equals(saved.roles())) {
				saved = previous;
			}
			state.users.put(name, saved);
		}
	}

	/** A password hashed again with today's cost at a login; its tokens stay valid. */
	public record PasswordRehashed(String name, String passwordHash) implements Event<ServerData> {
		@Override
		public void apply(ServerData state) {
			UserAccount account = state.users.get(name);
			if (account != null) {
				state.users.put(name, new UserAccount(name, passwordHash, account.roles(), account.validAfter()));
			}
		}
	}

	public record UserDeleted(String name) implements Event<ServerData> {
		@Override
		public void apply(ServerData state) {
			state.users.remove(name);
		}
	}

	/** New values; a null value returns the setting to its default. */
	public record SettingsChanged(Map<String, String> values) implements Event<ServerData> {
		@Override
		public void apply(ServerData state) {
			values.forEach((name, value) -> {
				if (value == null) {
					state.settings.remove(name);
				} else {
					state.settings.put(name, value);
				}
			});
		}
	}

	public record HostIdSelected(HostIdValue hostId) implements Event<ServerData> {
		@Override
		public void apply(ServerData state) {
			state.selectedHostId = hostId;
		}
	}

	/** A new client key, or none (null). */
	public record ClientKeySet(String base64Der) implements Event<ServerData> {
		@Override
		public void apply(ServerData state) {
			state.restLicensingKey = base64Der;
		}
	}

	/** New feature records (with their ids). */
	public record FeaturesAdded(List<Records.FeatureRecord> features) implements Event<ServerData> {
		@Override
		public void apply(ServerData state) {
			for (Records.FeatureRecord feature : features) {
				state.features.put(feature.id(), feature);
				state.lastFeatureId = Math.max(state.lastFeatureId, feature.id());
			}
		}
	}

	/**
	 * Devices served, returned, expired or dropped: their new records, and the pools as the counts they
	 * returned were redistributed ({@code pools} null when no pool changed).
	 */
	public record ClientsSaved(List<Records.ClientRecord> clients, List<Records.PoolRecord> pools) implements Event<ServerData> {

		public ClientsSaved(List<Records.ClientRecord> clients) {
			this(clients, null);
		}

		@Override
		public void apply(ServerData state) {
			for (Records.ClientRecord client : clients) {
				state.putClient(client);
				state.lastClientId = Math.max(state.lastClientId, client.id());
			}
			new PoolsChanged(pools).apply(state);
		}
	}

	/** Records of devices that hold nothing and have not asked for longer than the retention, forgotten. */
	public record ClientsPurged(List<Integer> ids) implements Event<ServerData> {
		@Override
		public void apply(ServerData state) {
			ids.forEach(state::removeClient);
		}
	}

	/** The pools' slices after counts moved between them; null changes nothing. */
	public record PoolsChanged(List<Records.PoolRecord> pools) implements Event<ServerData> {
		@Override
		public void apply(ServerData state) {
			if (pools != null && state.model != null) {
				state.model = state.model.withPools(pools);
				new ModelApplied(state.model).apply(state);
			}
		}
	}

	/** A new reservation group, with the ids and assignments decided for it. */
	public record GroupAdded(Records.GroupRecord group) implements Event<ServerData> {
		@Override
		public void apply(ServerData state) {
			state.groups.put(group.id(), group);
			state.lastGroupId = Math.max(state.lastGroupId, group.id());
			for (Records.ReservationRecord reservation : group.reservations()) {
				state.lastReservationId = Math.max(state.lastReservationId, reservation.id());
				for (Records.EntryRecord entry : reservation.entries()) {
					state.lastEntryId = Math.max(state.lastEntryId, entry.id());
				}
			}
		}
	}

	/** Several groups added together. */
	public record GroupsAdded(List<Records.GroupRecord> groups) implements Event<ServerData> {
		@Override
		public void apply(ServerData state) {
			groups.forEach(group -> new GroupAdded(group).apply(state));
		}
	}

	/**
	 * A group changed or deleted ({@code group} null), and the devices whose reserved counts it took back.
	 */
	public record GroupChanged(int id, Records.GroupRecord group, List<Records.ClientRecord> clients)
			implements Event<ServerData> {
		@Override
		public void apply(ServerData state) {
			if (group == null) {
				state.groups.remove(id);
			} else {
				state.groups.put(id, group);
			}
			new ClientsSaved(clients).apply(state);
		}
	}

	/** A model applied, or the default model again ({@code model} null). */
	public record ModelApplied(Records.ActiveModel model) implements Event<ServerData> {
		@Override
		public void apply(ServerData state) {
			state.model = model;
			if (model != null) {
				for (Records.PoolRecord pool : model.pools()) {
					state.lastPoolId = Math.max(state.lastPoolId, pool.id());
					for (Records.SliceRecord slice : pool.slices()) {
						state.lastSliceId = Math.max(state.lastSliceId, slice.id());
					}
				}
			}
		}
	}

	/** The producer's public key (PEM) that responses are verified with. */
	public record ProducerKeySet(String pem) implements Event<ServerData> {
		@Override
		public void apply(ServerData state) {
			state.producerKey = pem;
		}
	}

	/** An offline request generated. */
	public record OfflineRequested(Records.OfflineRequest request) implements Event<ServerData> {
		@Override
		public void apply(ServerData state) {
			state.offlineRequests.put(request.id(), request);
		}
	}

	/**
	 * A capability response applied: records of its activations updated in place (same id), added, or
	 * removed when no copies remain; and the pools' slices fitted to the new counts (null if unchanged).
	 */
	public record OfflineAnswered(String requestId, List<Integer> removed, List<Records.FeatureRecord> features,
			List<Records.PoolRecord> pools) implements Event<ServerData> {
		@Override
		public void apply(ServerData state) {
			state.offlineRequests.remove(requestId);
			removed.forEach(state.features::remove);
			new FeaturesAdded(features).apply(state);
			new PoolsChanged(pools).apply(state);
		}
	}
}
