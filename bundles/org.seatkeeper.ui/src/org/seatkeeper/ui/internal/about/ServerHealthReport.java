package org.seatkeeper.ui.internal.about;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.seatkeeper.core.client.ServerErrorException;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.ServerHealth;
import org.seatkeeper.ui.internal.connection.ServerConnections;

/** The license server's part of the About view: its health and version, as name and value pairs. */
final class ServerHealthReport {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private ServerHealthReport() {
	}

	/**
	 * Asks the server the views administer for its health (no login needed); runs in a Job. A server
	 * that cannot be reached or refuses is described, never thrown.
	 */
	static Map<String, String> ask(ServerConnections connections, IProgressMonitor monitor) {
		Map<String, String> values = new LinkedHashMap<>();
		try {
			ServerHealth health = connections.client(monitor).health(monitor);
			values.put("Server", connections.describe());
			values.put("Status", status(health));
			values.put("Product", health.product());
			values.put("Version", health.version());
			values.put("Build date", health.buildDate());
			values.put("Instance ID", health.instanceId());
			values.put("Database", health.database());
			values.put("Disk space", health.diskSpace());
			values.put("REST security", health.security());
		} catch (OperationCanceledException e) {
			values.put("Server", connections.describe());
			values.put("Status", "Not checked (cancelled)");
		} catch (ServerErrorException e) {
			values.put("Server", connections.describe());
			values.put("Status", "Answered with an error: " + e.getMessage());
		} catch (ServerException e) {
			values.put("Server", connections.describe());
			values.put("Status", "Cannot be reached: " + e.getMessage());
		}
		values.put("Checked at", LocalTime.now().format(TIME));
		return values;
	}

	private static String status(ServerHealth health) {
		if (health.isHealthy()) {
			return "Healthy";
		}
		List<String> problems = new ArrayList<>();
		if (!health.database().isEmpty() && !health.database().equalsIgnoreCase("success")) {
			problems.add("the database check says '" + health.database() + "'");
		}
		if (!health.diskSpace().isEmpty() && !health.diskSpace().equalsIgnoreCase("ok")) {
			problems.add("the disk space check says '" + health.diskSpace() + "'");
		}
		return "Reports a problem: " + String.join("; ", problems);
	}
}
