package org.seatkeeper.ui.internal.about;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
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
			status = health.isHealthy() ? "Healthy" : "Reports a problem: " + String.join("; ", health.problems());
			said.put("Product", health.product());
			said.put("Version", health.version());
			said.put("Build", health.buildDescription());
			said.put("Instance ID", health.instanceId());
			said.put("Database", health.database());
			said.put("Disk space", health.diskSpace());
			said.put("REST security", health.security());
			said.put("HTTP authentication", health.httpAuth());
			said.put("Licensing security", health.licensingSecurity());
			said.values().removeIf(String::isEmpty); // what this server does not report
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
}
