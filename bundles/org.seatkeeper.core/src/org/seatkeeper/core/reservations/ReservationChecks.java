package org.seatkeeper.core.reservations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.core.domain.HostId;
import org.seatkeeper.core.domain.Reservation;
import org.seatkeeper.core.domain.ReservationEntry;
import org.seatkeeper.core.domain.ReservationGroup;
import org.seatkeeper.model.FeatureVersion;
import org.seatkeeper.model.HostIdType;

/**
 * The checks the manager applies to reservations before they are sent, and whether reservations can
 * be satisfied.
 *
 * <p>Satisfaction follows the server's rule for reservations: an entry for version V is covered by
 * counts of feature records of the same name with a version ≥ V (never lower), the exact version
 * first, then the longer-lived records; counts one entry takes are not available to the next, in
 * group order. Records that have expired or not yet started do not count.
 */
public final class ReservationChecks {

	private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)?");
	/** Feature names as the back office allows them: up to 30 letters, digits, '_' and '-'. */
	private static final Pattern FEATURE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,30}");

	private ReservationChecks() {
	}

	/** Why {@code version} is not a reservation version ({@code a} or {@code a.b}, digits), or empty. */
	public static Optional<String> versionProblem(String version) {
		if (version == null || version.isBlank()) {
			return Optional.of("the version is empty");
		}
		if (!VERSION.matcher(version.trim()).matches()) {
			return Optional.of("the version '" + version.trim() + "' must be digits with at most one dot, like 1 or 2.10");
		}
		return Optional.empty();
	}

	/** Why {@code count} is not a reservation count (a whole number above 0), or empty. */
	public static Optional<String> countProblem(String count) {
		if (count == null || count.isBlank()) {
			return Optional.of("the count is empty");
		}
		try {
			long value = Long.parseLong(count.trim());
			if (value <= 0) {
				return Optional.of("the count must be above 0, not " + value);
			}
			if (value > Integer.MAX_VALUE) {
				return Optional.of("the count " + value + " is too large");
			}
			return Optional.empty();
		} catch (NumberFormatException e) {
			return Optional.of("the count '" + count.trim() + "' is not a whole number");
		}
	}

	/** Why {@code name} is not a feature name, or empty. */
	public static Optional<String> featureNameProblem(String name) {
		if (name == null || name.isBlank()) {
			return Optional.of("the feature name is empty");
		}
		if (!FEATURE_NAME.matcher(name.trim()).matches()) {
			return Optional.of("the feature name '" + name.trim()
					+ "' must be 1 to 30 letters, digits, '_' or '-'");
		}
		return Optional.empty();
	}

	/** Why {@code type} and {@code value} are not a hostid, or empty. */
	public static Optional<String> hostIdProblem(String type, String value) {
		if (value == null || value.isBlank()) {
			return Optional.of("the device id is empty");
		}
		if (type == null || type.isBlank()) {
			return Optional.of("the device id type is empty");
		}
		if (HostIdType.of(type.trim()).isEmpty()) {
			return Optional.of("the device id type '" + type.trim() + "' is not one of " + String.join(", ", HostIdType.names()));
		}
		return Optional.empty();
	}

	/**
	 * Whether one reservation entry can be satisfied.
	 *
	 * @param group       the entry's group
	 * @param reservation the entry's reservation
	 * @param entry       the entry
	 * @param available   counts that were left for it on matching records (before it took them)
	 * @param satisfied   whether they cover {@code entry.count()}
	 * @param reason      for an entry that cannot be satisfied, why; else {@code ""}
	 */
	public record EntryStatus(ReservationGroup group, Reservation reservation, ReservationEntry entry, int available,
			boolean satisfied, String reason) {
	}

	/**
	 * The status of every entry of {@code groups}, in order, against {@code features} on {@code today}.
	 * Groups on the server come first, then groups being added, so that what is pending sees what is
	 * left.
	 */
	public static List<EntryStatus> statuses(List<ReservationGroup> groups, List<Feature> features, java.time.LocalDate today) {
		Map<Long, Integer> left = new HashMap<>();
		Map<String, List<Feature>> byName = new HashMap<>();
		for (Feature feature : features) {
			if (feature.activeOn(today)) {
				byName.computeIfAbsent(feature.name(), k -> new ArrayList<>()).add(feature);
				left.put(feature.id(), feature.uncounted() ? Integer.MAX_VALUE : feature.count());
			}
		}
		List<EntryStatus> statuses = new ArrayList<>();
		for (ReservationGroup group : groups) {
			for (Reservation reservation : group.reservations()) {
				for (ReservationEntry entry : reservation.entries()) {
					statuses.add(status(group, reservation, entry, byName.getOrDefault(entry.featureName(), List.of()), left));
				}
			}
		}
		return statuses;
	}

	private static EntryStatus status(ReservationGroup group, Reservation reservation, ReservationEntry entry,
			List<Feature> named, Map<Long, Integer> left) {
		if (entry.disabled()) {
			return new EntryStatus(group, reservation, entry, 0, false, "the server disabled it: its counts of " + entry.featureName()
					+ " were reduced and no longer cover it; it is served again when they do");
		}
		Optional<FeatureVersion> wanted = FeatureVersion.parse(entry.featureVersion());
		if (wanted.isEmpty()) {
			return new EntryStatus(group, reservation, entry, 0, false, versionProblem(entry.featureVersion()).orElse("bad version"));
		}
		List<Feature> candidates = new ArrayList<>();
		for (Feature feature : named) {
			Optional<FeatureVersion> version = FeatureVersion.parse(feature.version());
			if (version.isPresent() && version.get().compareTo(wanted.get()) >= 0) {
				candidates.add(feature);
			}
		}
		if (candidates.isEmpty()) {
			return new EntryStatus(group, reservation, entry, 0, false, named.isEmpty()
					? "the server has no feature " + entry.featureName() + " in use now"
					: "the server has " + entry.featureName() + " only in versions below " + entry.featureVersion());
		}
		if (candidates.stream().allMatch(Feature::uncounted)) {
			return new EntryStatus(group, reservation, entry, 0, false, entry.featureName() + " is uncounted, and uncounted features "
					+ "cannot be reserved (any device may use them)");
		}
		candidates.sort(Comparator
				.comparing((Feature f) -> FeatureVersion.parse(f.version()).orElseThrow().compareTo(wanted.get()) == 0 ? 0 : 1)
				.thenComparing(Feature::expiry, Comparator.reverseOrder()).thenComparingLong(Feature::id));
		long available = 0;
		for (Feature feature : candidates) {
			available += left.get(feature.id());
		}
		int shown = (int) Math.min(Integer.MAX_VALUE, available);
		if (available < entry.count()) {
			return new EntryStatus(group, reservation, entry, shown, false, "needs " + entry.count() + " of "
					+ entry.featureName() + " " + entry.featureVersion() + " or higher; only " + available + " are not reserved");
		}
		int needed = entry.count();
		for (Feature feature : candidates) {
			int take = Math.min(needed, left.get(feature.id()));
			if (left.get(feature.id()) != Integer.MAX_VALUE) {
				left.put(feature.id(), left.get(feature.id()) - take);
			}
			needed -= take;
			if (needed == 0) {
				break;
			}
		}
		return new EntryStatus(group, reservation, entry, shown, true, "");
	}

	/**
	 * Hostids that {@code adding} reserves for although {@code existing} (or {@code adding} itself)
	 * already does: a hostid may be reserved for once across all groups. Each problem names both places.
	 */
	public static List<String> duplicateHostIds(List<ReservationGroup> existing, List<ReservationGroup> adding) {
		List<String> problems = new ArrayList<>();
		Map<String, String> seen = new HashMap<>();
		for (ReservationGroup group : existing) {
			for (Reservation reservation : group.reservations()) {
				seen.putIfAbsent(key(reservation.hostId()), "group '" + group.name() + "'");
			}
		}
		for (ReservationGroup group : adding) {
			for (Reservation reservation : group.reservations()) {
				String where = "group '" + group.name() + "'";
				String before = seen.putIfAbsent(key(reservation.hostId()), where);
				if (before != null) {
					problems.add("The device " + reservation.hostId() + " of " + where + " already has a reservation in "
							+ before + "; a device can be in one reservation only");
				}
			}
		}
		return problems;
	}

	private static String key(HostId hostId) {
		return hostId.type() + '\u0000' + hostId.value().toLowerCase(java.util.Locale.ROOT);
	}
}
