package org.seatkeeper.server.internal.state;

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
		return Map.of("IdentityCreated", IdentityCreated.class, "UserSaved", UserSaved.class, "UserDeleted", UserDeleted.class,
				"SettingsChanged", SettingsChanged.class, "HostIdSelected", HostIdSelected.class, "ClientKeySet", ClientKeySet.class);
	}

	public record IdentityCreated(String instanceId, String uuid, String tokenKey) implements Event<ServerData> {
		@Override
		public void apply(ServerData state) {
			state.instanceId = instanceId;
			state.uuid = uuid;
			state.tokenKey = tokenKey;
		}
	}

	public record UserSaved(String name, String passwordHash, Set<Role> roles) implements Event<ServerData> {
		@Override
		public void apply(ServerData state) {
			state.users.put(name, new UserAccount(name, passwordHash, roles));
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
}
