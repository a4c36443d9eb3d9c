package org.seatkeeper.core.domain;

import java.util.Map;

/**
 * What a server says of itself, unauthenticated.
 *
 * @param version     the server's version, or {@code ""}
 * @param buildDate   its build date as written, or {@code ""}
 * @param product     the product name, or {@code ""}
 * @param instanceId  the server's instance id, or {@code ""}
 * @param database    the database check, e.g. {@code success}, or {@code ""}
 * @param security    whether REST security is enabled, as written, or {@code ""}
 * @param diskSpace   the disk space check, e.g. {@code ok}, or {@code ""}
 * @param details     every value the server sent, flattened with dotted keys ({@code database.connectionCheck})
 */
public record ServerHealth(String version, String buildDate, String product, String instanceId, String database,
		String security, String diskSpace, Map<String, String> details) {

	public ServerHealth {
		details = Map.copyOf(details);
	}

	/** Whether no check the server reports has failed. */
	public boolean isHealthy() {
		return (database.isEmpty() || database.equalsIgnoreCase("success"))
				&& (diskSpace.isEmpty() || diskSpace.equalsIgnoreCase("ok"));
	}
}
