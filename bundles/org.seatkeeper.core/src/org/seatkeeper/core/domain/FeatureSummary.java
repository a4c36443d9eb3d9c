package org.seatkeeper.core.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seatkeeper.model.FeatureVersion;

/**
 * The totals of one feature name and version over all its records, as the Summary tab shows them.
 *
 * @param name             the feature name
 * @param version          the feature version
 * @param totalCount       counts over all records
 * @param totalUsed        counts in use over all records
 * @param totalAvailable   total count − total used, never below 0
 * @param totalOverdraft   overdraft counts over all records
 * @param firstExpiration  the soonest expiry, or {@code null} if the server does not say
 * @param lastExpiration   the latest expiry, or {@code null} if the server does not say
 * @param metered          whether any record is metered
 * @param counted          whether any record is counted
 * @param records          how many records were added up (0 when the totals come from the server)
 */
public record FeatureSummary(String name, String version, int totalCount, int totalUsed, int totalAvailable,
		int totalOverdraft, Expiry firstExpiration, Expiry lastExpiration, boolean metered, boolean counted, int records) {

	/** Orders by name, then version (numerically where versions are numbers). */
	public static final Comparator<FeatureSummary> BY_NAME_AND_VERSION = Comparator.comparing(FeatureSummary::name)
			.thenComparing(FeatureSummary::version, FeatureSummary::compareVersions);

	/** Adds up {@code features} per name and version, in name and version order. */
	public static List<FeatureSummary> summarize(List<Feature> features) {
		Map<String, List<Feature>> groups = new LinkedHashMap<>();
		for (Feature feature : features) {
			groups.computeIfAbsent(feature.name() + '\u0000' + feature.version(), k -> new ArrayList<>()).add(feature);
		}
		List<FeatureSummary> summaries = new ArrayList<>();
		for (List<Feature> group : groups.values()) {
			int count = 0;
			int used = 0;
			int overdraft = 0;
			boolean metered = false;
			boolean counted = false;
			Expiry first = null;
			Expiry last = null;
			for (Feature feature : group) {
				count += feature.count();
				used += feature.used();
				overdraft += feature.overdraftCount();
				metered |= feature.metered();
				counted |= feature.counted();
				first = first == null || feature.expiry().compareTo(first) < 0 ? feature.expiry() : first;
				last = last == null || feature.expiry().compareTo(last) > 0 ? feature.expiry() : last;
			}
			Feature any = group.get(0);
			summaries.add(new FeatureSummary(any.name(), any.version(), count, used, Math.max(0, count - used), overdraft,
					first, last, metered, counted, group.size()));
		}
		summaries.sort(BY_NAME_AND_VERSION);
		return List.copyOf(summaries);
	}

	/**
	 * The server's totals ({@code reported}), completed from the totals added up from its records
	 * ({@code computed}): metered, counted, the number of records, and the expirations the server leaves out.
	 */
	public static List<FeatureSummary> completed(List<FeatureSummary> reported, List<FeatureSummary> computed) {
		Map<String, FeatureSummary> byKey = new java.util.HashMap<>();
		computed.forEach(s -> byKey.put(s.name() + '\u0000' + s.version(), s));
		List<FeatureSummary> merged = new ArrayList<>();
		for (FeatureSummary server : reported) {
			FeatureSummary records = byKey.get(server.name() + '\u0000' + server.version());
			merged.add(records == null ? server
					: new FeatureSummary(server.name(), server.version(), server.totalCount(), server.totalUsed(),
							server.totalAvailable(), server.totalOverdraft(),
							server.firstExpiration() != null ? server.firstExpiration() : records.firstExpiration(),
							server.lastExpiration() != null ? server.lastExpiration() : records.lastExpiration(),
							records.metered(), records.counted(), records.records()));
		}
		return List.copyOf(merged);
	}

	/** Compares versions as numbers (major, minor) where both are versions, as text otherwise. */
	public static int compareVersions(String a, String b) {
		var va = FeatureVersion.parse(a);
		var vb = FeatureVersion.parse(b);
		if (va.isPresent() && vb.isPresent()) {
			int c = va.get().compareTo(vb.get());
			return c != 0 ? c : a.compareTo(b);
		}
		return a.compareTo(b);
	}
}
