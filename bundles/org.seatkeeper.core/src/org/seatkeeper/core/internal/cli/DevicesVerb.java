package org.seatkeeper.core.internal.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.OptionalParts;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.Device;
import org.seatkeeper.core.domain.ServedFeature;
import org.seatkeeper.core.query.ListQuery;

import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code seatkeeper admin devices [list] [--filter TEXT]}, {@code devices show ID} and
 * {@code devices drop ID...|--all}: the devices served, one device and what it holds, and dropping
 * devices to free their counts.
 */
@Command(name = "devices", description = "The devices served.")
final class DevicesVerb extends AdminVerb implements Callable<Integer> {

	@Option(names = "--filter", paramLabel = "TEXT", description = "Only devices with TEXT in their id, type, alias or status.")
	String filter;

	@Override
	public Integer call() throws ServerException, UsageException {
		return list(filter);
	}

	@Command(name = "list", description = "The devices served (the same as devices alone).")
	int list(@Option(names = "--filter", paramLabel = "TEXT", description = "Only devices with TEXT in their id, type, alias or "
			+ "status.") String text) throws ServerException, UsageException {
		List<Device> devices = ListQuery.of(client().devices(monitor()))
				.filter(text, d -> d.hostId().value(), d -> d.hostId().type(), Device::alias, Device::status)
				.sort(Comparator.comparingLong(Device::id), true).items();
		if (json()) {
			printJson(devices);
			return CommandLines.OK;
		}
		TextTable table = new TextTable("ID", "Device ID", "ID Type", "Device Type", "Alias", "Status", "Counts", "Expiry");
		for (Device d : devices) {
			table.row(d.id(), d.hostId().value(), d.hostId().type(), d.deviceType(), d.alias(), d.status(),
					d.featuresListed() ? Integer.toString(d.countsHeld()) : "", d.expiry());
		}
		table.print(out());
		out().println("Total number of devices : " + devices.size());
		if (devices.stream().anyMatch(d -> !d.featuresListed())) {
			out().println("This server's device records do not list what each device holds; 'devices show ID' looks it up.");
		}
		return CommandLines.OK;
	}

	/** A device, what it holds (looked up when its record does not list it), and what the server says of it. */
	@Command(name = "show", description = "A device and what it holds.")
	int show(@Parameters(paramLabel = "ID", description = "The device's id (the first column of the list).") long deviceId)
			throws ServerException, UsageException {
		long id = id(deviceId, "a device id");
		LicenseServerClient client = client();
		OptionalParts parts = new OptionalParts();
		Device device = client.withFeaturesHeld(client.device(id, monitor()), parts, monitor());
		if (json()) {
			JsonObject o = AdminCommand.JSON.toJsonTree(device).getAsJsonObject();
			o.add("missing", missingJson(parts));
			printJson(o);
			return CommandLines.OK;
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
		details.rowIfGiven("Last operation", device.requestOperation());
		details.rowIfGiven("Correlation ID", device.correlationId());
		details.rowIfGiven("Collected hostids", device.collectedHostIds());
		device.vendorDictionary().forEach((k, v) -> details.row("Vendor: " + k, v));
		details.print(out());
		out().println();
		if (device.featuresListed()) {
			TextTable features = new TextTable("Feature", "Version", "Used", "Reserved", "Pool", "Expiration", "Start Date",
					"Vendor String");
			for (ServedFeature f : device.features()) {
				features.row(f.name(), f.version(), f.count(), f.reserved(), f.pool(), f.expiry(), f.startDate(), f.vendorString());
			}
			features.print(out());
		}
		missing(parts, part -> "what the device holds cannot be listed");
		return CommandLines.OK;
	}

	@Command(name = "drop", description = "Drops devices, freeing their counts.")
	int drop(@Option(names = "--all", description = "Drop every device the server knows.") boolean all,
			@Parameters(paramLabel = "ID", arity = "0..*", description = "The ids of the devices to drop.") List<Long> texts)
			throws ServerException, UsageException {
		List<Long> given = texts == null ? List.of() : texts;
		if (all != given.isEmpty()) {
			throw new UsageException("devices drop takes the ids of the devices to drop, or --all alone");
		}
		if (all) {
			return dropAll();
		}
		List<Long> ids = new ArrayList<>();
		for (long text : given) {
			ids.add(id(text, "a device id"));
		}
		LicenseServerClient client = client();
		for (long id : ids) {
			Device device = client.device(id, monitor());
			client.dropDevice(id, monitor());
			if (!json()) {
				out().println("Dropped device " + id + " " + device.hostId()
						+ (device.featuresListed() ? ", freeing " + device.countsHeld() + " counts" : ""));
			}
		}
		if (json()) {
			JsonObject o = new JsonObject();
			o.add("dropped", AdminCommand.JSON.toJsonTree(ids));
			printJson(o);
		}
		return CommandLines.OK;
	}

	/** Drops every device; says how many held counts and how many counts that freed. */
	private int dropAll() throws ServerException, UsageException {
		LicenseServerClient client = client();
		List<Device> served = client.devices(monitor()).stream().filter(d -> "NORMAL".equals(d.status())).toList();
		client.dropAllDevices(monitor());
		long counts = served.stream().filter(Device::featuresListed).mapToLong(Device::countsHeld).sum();
		if (json()) {
			JsonObject o = new JsonObject();
			o.addProperty("dropped", "all");
			o.addProperty("served", served.size());
			o.addProperty("countsFreed", counts);
			printJson(o);
		} else {
			out().println("Dropped all devices: " + served.size() + (served.size() == 1 ? " device" : " devices") + " held counts"
					+ (served.stream().allMatch(Device::featuresListed) ? ", freeing " + counts + " counts" : ""));
		}
		return CommandLines.OK;
	}
}
