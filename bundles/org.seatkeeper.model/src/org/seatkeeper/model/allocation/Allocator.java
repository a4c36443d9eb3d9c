package org.seatkeeper.model.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.seatkeeper.model.ast.Amount;
import org.seatkeeper.model.ast.FeatureSpec;
import org.seatkeeper.model.ast.ModelDefinition;
import org.seatkeeper.model.ast.Name;
import org.seatkeeper.model.ast.Pool;

/**
 * Distributes a server's feature counts to the pools of a model, the way a license server does when the
 * model is applied.
 *
 * <p>Documented behaviour it follows:
 * <ul>
 * <li>Pools are filled top-down in the order of the {@code partitions} block, and lines in their order.</li>
 * <li>A line takes counts from the records of its feature in this order: the exact version, the record
 * with the longer expiry first (permanent is longest); then, only if that is not enough, the next higher
 * version. A lower version is never used.</li>
 * <li>{@code N%} is N percent of the server's total for the feature. {@code remainder} is filled where it
 * stands: it takes all that is left of the feature at that point, and every later line of that feature
 * (in its pool or a later one), and the default pool, get none of it.</li>
 * <li>Counts no pool takes stay in the default pool; so do records whose start date is in the future.</li>
 * <li>When the server has fewer counts than asked, a line gets what is left, and the shortfall is
 * reported.</li>
 * </ul>
 *
 * <p>Choices where the reference is silent:
 * <ul>
 * <li>"The server's total for the feature" is the sum of the counts of the records a line can draw from
 * (same name, the same or a higher version, matching vendor string, active today). A percentage is
 * rounded down.</li>
 * <li>Expired records are not distributed; they stay in the default pool.</li>
 * <li>{@code vendor string matches "~/REGEX/"} must match the whole vendor string; any other pattern
 * must equal it.</li>
 * </ul>
 */
public final class Allocator {

	private static final Comparator<ServerFeature> TAKE_ORDER = Comparator.comparing(ServerFeature::version)
			.thenComparing(f -> f.expiry() == null ? LocalDate.MAX : f.expiry(), Comparator.reverseOrder())
			.thenComparing(ServerFeature::id);

	private final ModelDefinition model;
	private final List<ServerFeature> features;
	private final LocalDate today;
	private final Map<ServerFeature, Long> available = new IdentityHashMap<>();
	private final List<String> notes = new ArrayList<>();

	private Allocator(ModelDefinition model, List<ServerFeature> features, LocalDate today) {
		this.model = model;
		this.features = features;
		this.today = today;
	}

	/**
	 * How {@code model} would distribute {@code features} if applied on {@code today}. Lines with syntax
	 * errors (missing parts, malformed versions) are left out.
	 */
	public static AllocationPreview preview(ModelDefinition model, List<ServerFeature> features, LocalDate today) {
		Objects.requireNonNull(model, "model");
		Objects.requireNonNull(today, "today");
		return new Allocator(model, List.copyOf(features), today).run();
	}

	private AllocationPreview run() {
		for (ServerFeature feature : features) {
			if (feature.startDate() != null && feature.startDate().isAfter(today)) {
				notes.add(feature.label() + " starts on " + feature.startDate() + ": it stays in the default pool until the model is "
						+ "applied again after that day");
			} else if (feature.expiry() != null && feature.expiry().isBefore(today)) {
				notes.add(feature.label() + " expired on " + feature.expiry() + ": it is not distributed");
			} else {
				available.put(feature, feature.count());
			}
		}
		List<Pool> pools = model.poolList().stream().filter(p -> p.name() != null).toList();
		Map<FeatureSpec, LineAllocation> lines = new LinkedHashMap<>();
		for (Pool pool : pools) {
			for (FeatureSpec spec : pool.features()) {
				if (isUsable(spec)) {
					lines.put(spec, allocate(spec));
				}
			}
		}
		List<PoolAllocation> result = new ArrayList<>();
		for (Pool pool : pools) {
			List<LineAllocation> poolLines = pool.features().stream().filter(lines::containsKey).map(lines::get).toList();
			List<Slice> slices = poolLines.stream().flatMap(l -> l.slices().stream()).toList();
			result.add(new PoolAllocation(pool.name().value(), false, poolLines, slices));
			for (LineAllocation line : poolLines) {
				if (line.shortfall() > 0) {
					notes.add("Pool \"" + pool.name().value() + "\": " + line.line().feature().value() + " " + line.line().version().text()
							+ " asks for " + line.computed() + " (" + line.requested() + ") but gets " + line.obtained());
				}
			}
		}
		List<Slice> rest = new ArrayList<>();
		for (ServerFeature feature : features) {
			long left = available.getOrDefault(feature, feature.count());
			if (left > 0) {
				rest.add(new Slice(feature, left));
			}
		}
		result.add(new PoolAllocation("default", true, List.of(), rest));
		return new AllocationPreview(result, notes);
	}

	private static boolean isUsable(FeatureSpec spec) {
		return spec.isComplete() && spec.version().value().isPresent();
	}

	private LineAllocation allocate(FeatureSpec spec) {
		List<ServerFeature> candidates = available.keySet().stream().filter(f -> canDraw(spec, f)).sorted(TAKE_ORDER).toList();
		Amount amount = spec.amount();
		long computed = switch (amount.kind()) {
		case COUNT -> amount.value();
		case PERCENT -> candidates.stream().mapToLong(ServerFeature::count).sum() * Math.min(amount.value(), 100) / 100;
		case REMAINDER -> candidates.stream().mapToLong(available::get).sum();
		};
		List<Slice> slices = new ArrayList<>();
		long wanted = computed;
		for (ServerFeature candidate : candidates) {
			if (wanted == 0) {
				break;
			}
			long left = available.get(candidate);
			long taken = Math.min(left, wanted);
			if (taken > 0) {
				available.put(candidate, left - taken);
				slices.add(new Slice(candidate, taken));
				wanted -= taken;
			}
		}
		return new LineAllocation(spec, amount.requested(), computed, slices);
	}

	/**
	 * True if the feature line {@code spec} may take counts of {@code feature}: the same name, the same or a
	 * higher version, and a vendor string its pattern matches (when it has one). Dates are not looked at.
	 */
	public static boolean canDraw(FeatureSpec spec, ServerFeature feature) {
		return isUsable(spec) && feature.name().equals(spec.feature().value())
				&& feature.version().compareTo(spec.version().value().orElseThrow()) >= 0
				&& vendorMatches(spec.vendorMatch(), feature.vendorString());
	}

	static boolean vendorMatches(Name pattern, String vendorString) {
		if (pattern == null) {
			return true;
		}
		if (vendorString == null) {
			return false;
		}
		if (!pattern.isRegex()) {
			return pattern.value().equals(vendorString);
		}
		try {
			return Pattern.compile(pattern.regex()).matcher(vendorString).matches();
		} catch (PatternSyntaxException e) {
			return false;
		}
	}
}
