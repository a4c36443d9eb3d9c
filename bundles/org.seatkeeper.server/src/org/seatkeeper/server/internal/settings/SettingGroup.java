package org.seatkeeper.server.internal.settings;

/** The eight groups of the License Server Properties, in the order a manager shows them. */
public enum SettingGroup {
	GENERAL("General"), SECURITY("Secure REST API"), SERVER_SYNC("Server Sync"), LICENSE_GENERATION("License Generation"),
	FAILOVER_SYNC("Server-to-Server Sync"), CAPABILITY_POLLING("Capability Polling"),
	LOCAL_SERVER("Locally Deployed License Server"), LOGGING("Logging");

	private final String label;

	SettingGroup(String label) {
		this.label = label;
	}

	/** The group's title. */
	public String label() {
		return label;
	}
}
