package org.seatkeeper.core.internal.cli;

import java.util.Comparator;
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
import org.seatkeeper.core.domain.FeatureSummary;
import org.seatkeeper.core.domain.FeatureUsage;
import org.seatkeeper.core.query.ListQuery;

import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code seatkeeper admin features [--summary] [--search NAME] [--filter TEXT]} and
 * {@code features show ID}: the feature records, their totals per feature, or one record and the devices
 * it serves.
 */
@Command(name = "features", description = "The feature records, or their totals per feature with --summary.")
final class FeaturesVerb extends AdminVerb implements Callable<Integer> {

	@Option(names = "--summary", description = "One row per feature and version, with totals (as the FLSM's Features page).")
	boolean summary;

	@Option(names = "--search", paramLabel = "NAME", description = "Only features whose name contains NAME.")
	String search;

	@Option(names = "--filter", paramLabel = "TEXT", description = "Only records with TEXT in a column.")
	String filter;

	@Override
	public Integer call() throws ServerException, UsageException {
		LicenseServerClient client = client();
		List<Feature> records = client.features(monitor());
		if (summary) {
			return summaries(client, records);
		}
		List<Feature> features = ListQuery.of(records).search(Feature::name, search)
				.filter(filter, Feature::name, Feature::version, f -> f.expiry().toString(), Feature::vendorString)
				.sort(Comparator.comparing(Feature::name).thenComparing(Feature::version, FeatureSummary::compareVersions)
						.thenComparingLong(Feature::id), true)
				.items();
		if (json()) {
			printJson(features);
			return CommandLines.OK;
		}
		TextTable table = new TextTable("ID", "Name", "Version", "Count", "Used", "Available", "Type", "Expiration",
				"Start Date", "Vendor String");
		for (Feature f : features) {
			table.row(f.id(), f.name(), f.version(), f.uncounted() ? "uncounted" : f.count(), f.used(), f.available(), f.type(),
					f.expiry(), f.startDate(), f.vendorString());
		}
		table.print(out());
		out().println("Total number of features : " + features.size());
		for (Feature f : features) {
			if (f.overage() > 0) {
				out().println("Overage: " + f.name() + " " + f.version() + " (id " + f.id() + ") has " + f.overage()
						+ (f.overage() == 1 ? " count" : " counts") + " in use beyond its count, until devices return or renew");
			}
		}
		return CommandLines.OK;
	}

	private int summaries(LicenseServerClient client, List<Feature> records) throws ServerException {
		OptionalParts parts = new OptionalParts();
		List<FeatureSummary> summaries = ListQuery.of(client.featureSummaries(records, parts, monitor()))
				.search(FeatureSummary::name, search).filter(filter, FeatureSummary::name, FeatureSummary::version).items();
		if (json()) {
			printJson(summaries);
			return CommandLines.OK;
		}
		TextTable table = new TextTable("Feature", "Version", "Total Count", "Total Used", "Total Available",
				"First Expiration", "Last Expiration", "Total Overdraft", "Metered", "Counted");
		for (FeatureSummary s : summaries) {
			table.row(s.name(), s.version(), s.totalCount(), s.totalUsed(), s.totalAvailable(), s.firstExpiration(),
					s.lastExpiration(), s.totalOverdraft(), s.metered() ? "yes" : "no", s.counted() ? "yes" : "no");
		}
		table.print(out());
		out().println("Total number of features : " + summaries.size());
		missing(parts, part -> "these totals are added up from the feature records");
		return CommandLines.OK;
	}

	/** A feature record and the devices it serves, with the counts each uses. */
	@Command(name = "show", description = "A feature record and the devices it serves.")
	int show(@Parameters(paramLabel = "ID", description = "The feature record's id.") long recordId)
			throws ServerException, UsageException {
		long id = id(recordId, "a feature record id");
		LicenseServerClient client = client();
		Feature feature = client.feature(id, monitor());
		OptionalParts parts = new OptionalParts();
		Optional<List<FeatureUsage>> usages = parts.ask(() -> client.featureUsage(id, monitor()));
		if (json()) {
			JsonObject o = AdminCommand.JSON.toJsonTree(feature).getAsJsonObject();
			usages.ifPresent(list -> o.add("devices", AdminCommand.JSON.toJsonTree(list)));
			o.add("missing", missingJson(parts));
			printJson(o);
			return CommandLines.OK;
		}
		TextTable details = new TextTable("", "");
		details.row("Feature", feature.name()).row("Version", feature.version()).row("Record id", feature.id())
				.row("Activation id", feature.activationId()).row("Count", feature.uncounted() ? "uncounted" : feature.count())
				.row("Used", feature.used()).row("Reserved", feature.reserved() + " (" + feature.assignedReserved() + " in use)")
				.row("Overdraft", feature.overdraftCount() + " (" + feature.overdraftUsed() + " in use)")
				.row("Type", feature.type()).row("Start date", feature.startDate()).row("Expiration", feature.expiry())
				.row("Vendor string", feature.vendorString()).row("Issuer", feature.issuer())
				.row("Notice", feature.notice()).row("Serial number", feature.serialNumber());
		details.print(out());
		out().println();
		if (usages.isPresent()) {
			TextTable served = new TextTable("Device ID", "ID Type", "Device Type", "Alias", "Use Count", "Reserved", "Kind",
					"Device Expiry");
			for (FeatureUsage usage : usages.get()) {
				Device device = usage.device();
				served.row(device.hostId().value(), device.hostId().type(), device.deviceType(), device.alias(), usage.useCount(),
						usage.reservedCount(), usage.usageKind(), device.expiry());
			}
			served.print(out());
			out().println("Devices served: " + usages.get().stream().map(u -> u.device().id()).distinct().count());
		}
		missing(parts, part -> "the devices it serves cannot be listed");
		return CommandLines.OK;
	}
}
