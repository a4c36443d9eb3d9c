package org.seatkeeper.core.internal.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.OptionalParts;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.Device;
import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.core.domain.ReservationGroup;
import org.seatkeeper.core.domain.ServerHealth;
import org.seatkeeper.core.domain.ServerModel;
import org.seatkeeper.core.domain.ServerVersion;

import com.google.gson.JsonObject;

import picocli.CommandLine.Command;

/**
 * {@code seatkeeper admin status}: health, version and what the server holds. Done (0) when the health
 * answered, whatever part is missing; each missing part is named in one line.
 */
@Command(name = "status", description = "Health, version and what the server holds.")
final class StatusVerb extends AdminVerb implements Callable<Integer> {

	@Override
	public Integer call() throws ServerException, UsageException {
		var monitor = monitor();
		LicenseServerClient client = client();
		ServerHealth health = client.health(monitor);
		OptionalParts parts = new OptionalParts();
		Optional<ServerVersion> version = parts.ask(() -> client.version(monitor));
		Optional<List<Feature>> features = parts.ask(() -> client.features(monitor));
		Optional<List<Device>> devices = parts.ask(() -> client.devices(monitor));
		Optional<List<ReservationGroup>> groups = parts.ask(() -> client.reservationGroups(monitor));
		Optional<ServerModel> model = parts.ask(() -> client.model(monitor));
		long names = features.map(list -> list.stream().map(Feature::name).distinct().count()).orElse(0L);
		long served = devices.map(list -> list.stream().filter(d -> d.status().equalsIgnoreCase("NORMAL")).count()).orElse(0L);
		if (json()) {
			JsonObject status = new JsonObject();
			status.addProperty("server", client.address().toString());
			status.add("health", AdminCommand.JSON.toJsonTree(health));
			version.ifPresent(v -> status.add("version", AdminCommand.JSON.toJsonTree(v)));
			features.ifPresent(list -> {
				status.addProperty("featureRecords", list.size());
				status.addProperty("featureNames", names);
			});
			devices.ifPresent(list -> {
				status.addProperty("devices", list.size());
				status.addProperty("devicesServed", served);
			});
			groups.ifPresent(list -> status.addProperty("reservationGroups", list.size()));
			model.ifPresent(m -> status.addProperty("model", m.isDefault() ? "default" : m.name()));
			status.add("missing", missingJson(parts));
			printJson(status);
			return CommandLines.OK;
		}
		TextTable table = new TextTable("", "");
		table.row("License server", client.address());
		table.row("Instance", health.instanceId());
		String product = version.map(ServerVersion::product).filter(p -> !p.isEmpty()).orElse(health.product());
		table.row("Version", health.version() + (product.isEmpty() ? "" : " (" + product + ")"));
		if (!health.buildDescription().isEmpty()) {
			table.row("Build", health.buildDescription());
		}
		table.row("Health", health.isHealthy() ? "ok" : "FAILING: " + String.join("; ", health.problems()));
		table.rowIfGiven("REST security", health.security());
		table.rowIfGiven("HTTP auth", health.httpAuth());
		table.rowIfGiven("Licensing security", health.licensingSecurity());
		features.ifPresent(list -> table.row("Features", list.size() + " records of " + names + " features"));
		devices.ifPresent(list -> table.row("Devices", list.size() + " (" + served + " being served)"));
		groups.ifPresent(list -> table.row("Reservations", list.size() + " groups"));
		model.ifPresent(m -> table.row("Model", m.isDefault() ? "default (everything in the default pool)" : m.name()));
		client.session().ifPresent(s -> table.row("Logged in", s.user() + " " + s.roles()));
		table.print(out());
		missing(parts, part -> null);
		return CommandLines.OK;
	}
}
