package org.seatkeeper.history.collector;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.OptionalParts;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.core.domain.FeatureUsage;
import org.seatkeeper.core.domain.Pool;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.history.FeatureKey;
import org.seatkeeper.history.FeatureSample;
import org.seatkeeper.history.Holding;
import org.seatkeeper.history.Sample;

/**
 * Reads what one server has in use now: its feature records added up per feature and version, the devices of
 * each record in use (one request per record in use, when the server lists them), its overages and pools.
 */
final class Sampler {

	private Sampler() {
	}

	/** The sums of one feature and version over its records. */
	private static final class Sums {
		int used;
		int total;
		int reserved;
		int overdraftUsed;
		final Set<String> devices = new HashSet<>();

		void add(Feature record) {
			used += Math.max(0, record.used());
			total += Math.max(0, record.count());
			reserved += Math.max(0, record.reserved());
			overdraftUsed += Math.max(0, record.overdraftUsed());
		}
	}

	static Reading read(ServerEntry server, LicenseServerClient client, Instant at, Duration interval) {
		NullProgressMonitor monitor = new NullProgressMonitor();
		try {
			List<Feature> records = client.features(monitor);
			OptionalParts parts = new OptionalParts();
			Map<FeatureKey, Sums> sums = new LinkedHashMap<>();
			Set<Holding> holdings = new HashSet<>();
			boolean listed = true;
			for (Feature record : records) {
				Sums feature = sums.computeIfAbsent(new FeatureKey(record.name(), record.version()), key -> new Sums());
				feature.add(record);
				if (record.used() > 0 && listed) {
					Optional<List<FeatureUsage>> usages = parts.ask(() -> client.featureUsage(record.id(), monitor));
					listed = usages.isPresent();
					for (FeatureUsage usage : usages.orElse(List.of())) {
						String device = usage.device().hostId().value();
						holdings.add(new Holding(device, record.name(), record.version()));
						feature.devices.add(device);
					}
				}
			}
			List<FeatureSample> samples = new ArrayList<>();
			for (Map.Entry<FeatureKey, Sums> entry : sums.entrySet()) {
				Sums s = entry.getValue();
				samples.add(new FeatureSample(entry.getKey().feature(), entry.getKey().version(), s.used, s.total, s.reserved, s.overdraftUsed,
						listed ? s.devices.size() : FeatureSample.DEVICES_NOT_LISTED));
			}
			Optional<List<Feature>> overages = parts.ask(() -> client.overages(monitor));
			Optional<List<Pool>> pools = parts.ask(() -> client.pools(monitor));
			Sample.Up sample = new Sample.Up(server.name(), at, interval, samples, listed ? Optional.of(holdings) : Optional.empty());
			return new Reading(server, sample, records, overages, pools);
		} catch (ServerException | RuntimeException e) {
			String why = e.getMessage() == null ? e.toString() : e.getMessage();
			return Reading.failed(server, new Sample.Down(server.name(), at, interval, why));
		}
	}
}
