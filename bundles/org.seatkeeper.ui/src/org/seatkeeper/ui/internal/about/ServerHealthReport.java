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
		Map<String, String> said = new LinkedHashMap<>();
		String status;
		try {
			ServerHealth health = connections.client(monitor).health(monitor);
			status = status(health);
			said.put("Product", health.product());
			said.put("Version", health.version());
			said.put("Build date", health.buildDate());
			said.put("Instance ID", health.instanceId());
			said.put("Database", health.database());
			said.put("Disk space", health.diskSpace());
			said.put("REST security", health.security());
		} catch (OperationCanceledException e) {
			status = "Not checked (cancelled)";
		} catch (ServerErrorException e) {
			status = "Answered with an error: " + e.getMessage();
		} catch (ServerException e) {
			status = "Cannot be reached: " + e.getMessage();
		}
		Map<String, String> values = new LinkedHashMap<>();
		values.put("Server", connections.describe()); // after the client was made: it names the embedded server's port
		values.put("Status", status);
		values.putAll(said);
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
