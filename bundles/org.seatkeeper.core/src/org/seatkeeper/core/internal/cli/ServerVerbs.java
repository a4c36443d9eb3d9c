package org.seatkeeper.core.internal.cli;

import static org.seatkeeper.core.internal.cli.AdminCommand.id;
import static org.seatkeeper.core.internal.cli.AdminCommand.noMore;
import static org.seatkeeper.core.internal.cli.AdminCommand.option;
import static org.seatkeeper.core.internal.cli.AdminCommand.withoutOptions;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.seatkeeper.core.client.ApiPart;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.OptionalParts;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.Device;
import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.core.domain.FeatureSummary;
import org.seatkeeper.core.domain.FeatureUsage;
import org.seatkeeper.core.domain.Pool;
import org.seatkeeper.core.domain.PoolSlice;
import org.seatkeeper.core.domain.ReservationGroup;
import org.seatkeeper.core.domain.ServedFeature;
import org.seatkeeper.core.domain.ServerHealth;
import org.seatkeeper.core.domain.ServerModel;
import org.seatkeeper.core.domain.ServerVersion;
import org.seatkeeper.core.internal.cli.AdminCommand.UsageException;
import org.seatkeeper.core.query.ListQuery;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The verbs of {@code seatkeeper admin} that read what a server serves: {@code status}, {@code features},
 * {@code devices} and {@code pools}. Each shows what the server gave and says in one line per part what it
 * does not offer (older releases lack several parts of the API), deriving a part from another where it can.
 */
final class ServerVerbs {

	private final PrintStream out;
	private final boolean json;
	private final Gson gson;

	ServerVerbs(PrintStream out, boolean json, Gson gson) {
		this.out = out;
		this.json = json;
		this.gson = gson;
	}

	private void printJson(Object value) {
		out.println(gson.toJson(value));
	}

	/** One line per part the server does not offer, each with what it means here (after a table). */
	private void missing(OptionalParts parts, java.util.function.Function<ApiPart, String> consequence) {
		for (ApiPart part : parts.missing()) {
			out.println(part.missing(consequence.apply(part)));
		}
	}

	/** The parts the server does not offer, for {@code --json}: {@code [{"part":"version","message":...}]}. */
	private static JsonArray missingJson(OptionalParts parts) {
		JsonArray list = new JsonArray();
		for (ApiPart part : parts.missing()) {
			JsonObject o = new JsonObject();
			o.addProperty("part", part.resource());
			o.addProperty("message", part.missing());
			list.add(o);
		}
		return list;
	}

	// ---- status

	/** Health, version and what the server holds; done (0) when the health answered, whatever part is missing. */
	int status(LicenseServerClient client, List<String> args) throws ServerException, UsageException {
		noMore(args, 0);
		var monitor = new NullProgressMonitor();
		ServerHealth health = client.health(monitor);
		OptionalParts parts = new OptionalParts();
		Optional<ServerVersion> version = parts.ask(() -> client.version(monitor));
		Optional<List<Feature>> features = parts.ask(() -> client.features(monitor));
		Optional<List<Device>> devices = parts.ask(() -> client.devices(monitor));
		Optional<List<ReservationGroup>> groups = parts.ask(() -> client.reservationGroups(monitor));
		Optional<ServerModel> model = parts.ask(() -> client.model(monitor));
		long names = features.map(list -> list.stream().map(Feature::name).distinct().count()).orElse(0L);
		long served = devices.map(list -> list.stream().filter(d -> d.status().equalsIgnoreCase("NORMAL")).count()).orElse(0L);
		if (json) {
			JsonObject status = new JsonObject();
			status.addProperty("server", client.address().toString());
			status.add("health", gson.toJsonTree(health));
			version.ifPresent(v -> status.add("version", gson.toJsonTree(v)));
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
			return AdminCommand.OK;
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
		row(table, "REST security", health.security());
		row(table, "HTTP auth", health.httpAuth());
		row(table, "Licensing security", health.licensingSecurity());
		features.ifPresent(list -> table.row("Features", list.size() + " records of " + names + " features"));
		devices.ifPresent(list -> table.row("Devices", list.size() + " (" + served + " being served)"));
		groups.ifPresent(list -> table.row("Reservations", list.size() + " groups"));
		model.ifPresent(m -> table.row("Model", m.isDefault() ? "default (everything in the default pool)" : m.name()));
		client.session().ifPresent(s -> table.row("Logged in", s.user() + " " + s.roles()));
		table.print(out);
		missing(parts, part -> null);
		return AdminCommand.OK;
	}

	/** A row for a value the server reported; none for one it left out. */
	private static void row(TextTable table, String name, String value) {
		if (!value.isEmpty()) {
			table.row(name, value);
		}
	}

	// ---- features

	int features(LicenseServerClient client, List<String> args) throws ServerException, UsageException {
		var monitor = new NullProgressMonitor();
		if (!args.isEmpty() && args.get(0).equals("show")) {
			if (args.size() != 2) {
				throw new UsageException("features show takes one feature record id");
			}
			return feature(client, id(args.get(1), "a feature record id"));
		}
		boolean summary = args.contains("--summary");
		String search = option(args, "--search");
		String filter = option(args, "--filter");
		noMore(withoutOptions(args, "--search", "--filter"), 0);
		List<Feature> records = client.features(monitor);
		if (summary) {
			OptionalParts parts = new OptionalParts();
			List<FeatureSummary> summaries = ListQuery.of(client.featureSummaries(records, parts, monitor))
					.search(FeatureSummary::name, search).filter(filter, FeatureSummary::name, FeatureSummary::version).items();
			if (json) {
				printJson(summaries);
				return AdminCommand.OK;
			}
			TextTable table = new TextTable("Feature", "Version", "Total Count", "Total Used", "Total Available",
					"First Expiration", "Last Expiration", "Total Overdraft", "Metered", "Counted");
			for (FeatureSummary s : summaries) {
				table.row(s.name(), s.version(), s.totalCount(), s.totalUsed(), s.totalAvailable(), s.firstExpiration(),
						s.lastExpiration(), s.totalOverdraft(), s.metered() ? "yes" : "no", s.counted() ? "yes" : "no");
			}
			table.print(out);
			out.println("Total number of features : " + summaries.size());
			missing(parts, part -> "these totals are added up from the feature records");
			return AdminCommand.OK;
		}
		List<Feature> features = ListQuery.of(records).search(Feature::name, search)
				.filter(filter, Feature::name, Feature::version, f -> f.expiry().toString(), Feature::vendorString)
				.sort(Comparator.comparing(Feature::name).thenComparing(Feature::version, FeatureSummary::compareVersions)
						.thenComparingLong(Feature::id), true)
				.items();
		if (json) {
			printJson(features);
			return AdminCommand.OK;
		}
		TextTable table = new TextTable("ID", "Name", "Version", "Count", "Used", "Available", "Type", "Expiration",
				"Start Date", "Vendor String");
		for (Feature f : features) {
			table.row(f.id(), f.name(), f.version(), f.uncounted() ? "uncounted" : f.count(), f.used(), f.available(), f.type(),
					f.expiry(), f.startDate(), f.vendorString());
		}
		table.print(out);
		out.println("Total number of features : " + features.size());
		for (Feature f : features) {
			if (f.overage() > 0) {
				out.println("Overage: " + f.name() + " " + f.version() + " (id " + f.id() + ") has " + f.overage()
						+ (f.overage() == 1 ? " count" : " counts") + " in use beyond its count, until devices return or renew");
			}
		}
		return AdminCommand.OK;
	}

	/** A feature record and the devices it serves, with the counts each uses. */
	private int feature(LicenseServerClient client, long id) throws ServerException {
		var monitor = new NullProgressMonitor();
		Feature feature = client.feature(id, monitor);
		OptionalParts parts = new OptionalParts();
		Optional<List<FeatureUsage>> usages = parts.ask(() -> client.featureUsage(id, monitor));
		if (json) {
			JsonObject o = gson.toJsonTree(feature).getAsJsonObject();
			usages.ifPresent(list -> o.add("devices", gson.toJsonTree(list)));
			o.add("missing", missingJson(parts));
			printJson(o);
			return AdminCommand.OK;
		}
		TextTable details = new TextTable("", "");
		details.row("Feature", feature.name()).row("Version", feature.version()).row("Record id", feature.id())
				.row("Activation id", feature.activationId()).row("Count", feature.uncounted() ? "uncounted" : feature.count())
				.row("Used", feature.used()).row("Reserved", feature.reserved() + " (" + feature.assignedReserved() + " in use)")
				.row("Overdraft", feature.overdraftCount() + " (" + feature.overdraftUsed() + " in use)")
				.row("Type", feature.type()).row("Start date", feature.startDate()).row("Expiration", feature.expiry())
				.row("Vendor string", feature.vendorString()).row("Issuer", feature.issuer())
				.row("Notice", feature.notice()).row("Serial number", feature.serialNumber());
		details.print(out);
		out.println();
		if (usages.isPresent()) {
			TextTable served = new TextTable("Device ID", "ID Type", "Device Type", "Alias", "Use Count", "Reserved", "Kind",
					"Device Expiry");
			for (FeatureUsage usage : usages.get()) {
				Device device = usage.device();
				served.row(device.hostId().value(), device.hostId().type(), device.deviceType(), device.alias(), usage.useCount(),
						usage.reservedCount(), usage.usageKind(), device.expiry());
			}
			served.print(out);
			out.println("Devices served: " + usages.get().stream().map(u -> u.device().id()).distinct().count());
		}
		missing(parts, part -> "the devices it serves cannot be listed");
		return AdminCommand.OK;
	}

	// ---- devices

	int devices(LicenseServerClient client, List<String> args) throws ServerException, UsageException {
		var monitor = new NullProgressMonitor();
		if (!args.isEmpty() && args.get(0).equals("drop")) {
			return drop(client, args.subList(1, args.size()));
		}
		if (!args.isEmpty() && args.get(0).equals("show")) {
			if (args.size() != 2) {
				throw new UsageException("devices show takes one device id");
			}
			return device(client, id(args.get(1), "a device id"));
		}
		if (!args.isEmpty() && args.get(0).equals("list")) {
			args = args.subList(1, args.size());
		}
		String filter = option(args, "--filter");
		noMore(withoutOptions(args, "--filter"), 0);
		List<Device> devices = ListQuery.of(client.devices(monitor))
				.filter(filter, d -> d.hostId().value(), d -> d.hostId().type(), Device::alias, Device::status)
				.sort(Comparator.comparingLong(Device::id), true).items();
		if (json) {
			printJson(devices);
			return AdminCommand.OK;
		}
		TextTable table = new TextTable("ID", "Device ID", "ID Type", "Device Type", "Alias", "Status", "Counts", "Expiry");
		for (Device d : devices) {
			table.row(d.id(), d.hostId().value(), d.hostId().type(), d.deviceType(), d.alias(), d.status(),
					d.featuresListed() ? Integer.toString(d.countsHeld()) : "", d.expiry());
		}
		table.print(out);
		out.println("Total number of devices : " + devices.size());
		if (devices.stream().anyMatch(d -> !d.featuresListed())) {
			out.println("This server's device records do not list what each device holds; 'devices show ID' looks it up.");
		}
		return AdminCommand.OK;
	}

	/** Drops every device; says how many held counts and how many counts that freed. */
	private int dropAll(LicenseServerClient client) throws ServerException {
		var monitor = new NullProgressMonitor();
		List<Device> served = client.devices(monitor).stream().filter(d -> "NORMAL".equals(d.status())).toList();
		client.dropAllDevices(monitor);
		long counts = served.stream().filter(Device::featuresListed).mapToLong(Device::countsHeld).sum();
		if (json) {
			JsonObject o = new JsonObject();
			o.addProperty("dropped", "all");
			o.addProperty("served", served.size());
			o.addProperty("countsFreed", counts);
			printJson(o);
		} else {
			out.println("Dropped all devices: " + served.size() + (served.size() == 1 ? " device" : " devices") + " held counts"
					+ (served.stream().allMatch(Device::featuresListed) ? ", freeing " + counts + " counts" : ""));
		}
		return AdminCommand.OK;
	}

	private int drop(LicenseServerClient client, List<String> texts) throws ServerException, UsageException {
		var monitor = new NullProgressMonitor();
		if (texts.equals(List.of("--all"))) {
			return dropAll(client);
		}
		if (texts.isEmpty() || texts.contains("--all")) {
			throw new UsageException("devices drop takes the ids of the devices to drop, or --all alone");
		}
		List<Long> ids = new ArrayList<>();
		for (String text : texts) {
			ids.add(id(text, "a device id"));
		}
		for (long id : ids) {
			Device device = client.device(id, monitor);
			client.dropDevice(id, monitor);
			if (!json) {
				out.println("Dropped device " + id + " " + device.hostId()
						+ (device.featuresListed() ? ", freeing " + device.countsHeld() + " counts" : ""));
			}
		}
		if (json) {
			JsonObject o = new JsonObject();
			o.add("dropped", gson.toJsonTree(ids));
			printJson(o);
		}
		return AdminCommand.OK;
	}

	/** A device, what it holds (looked up when its record does not list it), and what the server says of it. */
	private int device(LicenseServerClient client, long id) throws ServerException {
		var monitor = new NullProgressMonitor();
		OptionalParts parts = new OptionalParts();
		Device device = client.withFeaturesHeld(client.device(id, monitor), parts, monitor);
		if (json) {
			JsonObject o = gson.toJsonTree(device).getAsJsonObject();
			o.add("missing", missingJson(parts));
			printJson(o);
			return AdminCommand.OK;
		}
		TextTable details = new TextTable("", "");
		details.row("Device ID", device.hostId().value()).row("ID type", device.hostId().type())
				.row("Alias", device.alias()).row("Device type", device.deviceType()).row("Status", device.status())
				.row("User", device.user()).row("Device expiry", device.expiry()).row("Last request", device.lastRequest());
		if (device.recordedHostId() != null) {
			details.row("Hostid on record", device.recordedHostId());
		}
		if (device.serverHostId() != null) {
			details.row("Server hostid", device.serverHostId());
		}
		if (device.trusted() != null) {
			details.row("Trusted", device.trusted() ? "yes" : "no");
		}
		row(details, "Last operation", device.requestOperation());
		row(details, "Correlation ID", device.correlationId());
		row(details, "Collected hostids", device.collectedHostIds());
		device.vendorDictionary().forEach((k, v) -> details.row("Vendor: " + k, v));
		details.print(out);
		out.println();
		if (device.featuresListed()) {
			TextTable features = new TextTable("Feature", "Version", "Used", "Reserved", "Pool", "Expiration", "Start Date",
					"Vendor String");
			for (ServedFeature f : device.features()) {
				features.row(f.name(), f.version(), f.count(), f.reserved(), f.pool(), f.expiry(), f.startDate(), f.vendorString());
			}
			features.print(out);
		}
		missing(parts, part -> "what the device holds cannot be listed");
		return AdminCommand.OK;
	}

	// ---- pools

	int pools(LicenseServerClient client, List<String> args) throws ServerException, UsageException {
		noMore(args, 0);
		OptionalParts parts = new OptionalParts();
		List<Pool> pools = client.pools(parts, new NullProgressMonitor());
		if (json) {
			printJson(pools);
			return AdminCommand.OK;
		}
		TextTable table = new TextTable("Pool", "Feature", "Version", "Expiration", "Allocated", "Used", "Requested", "Status");
		for (Pool pool : pools) {
			if (pool.slices().isEmpty()) {
				table.row(pool.name(), "", "", "", 0, 0, "", "");
			}
			for (PoolSlice slice : pool.slices()) {
				table.row(pool.name() + (pool.isDefault() ? " (default)" : pool.deleted() ? " (deleted, in use)" : ""), slice.featureName(),
						slice.featureVersion(),
						slice.expiry(), slice.allocated(), slice.used(), slice.requested(), slice.status());
			}
		}
		table.print(out);
		out.println("Total number of pools : " + pools.size());
		missing(parts, part -> part == ApiPart.POOLS && !parts.isMissing(ApiPart.MODEL) && pools.isEmpty()
				? "a model is applied, so its pools cannot be made from the feature records"
				: part == ApiPart.POOLS ? "the default pool is made from the feature records" : null);
		return AdminCommand.OK;
	}
}
