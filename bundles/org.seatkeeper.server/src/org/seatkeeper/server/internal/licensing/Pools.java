package org.seatkeeper.server.internal.licensing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.seatkeeper.model.allocation.AllocationPreview;
import org.seatkeeper.model.allocation.Allocator;
import org.seatkeeper.model.allocation.LineAllocation;
import org.seatkeeper.model.allocation.PoolAllocation;
import org.seatkeeper.model.allocation.ServerFeature;
import org.seatkeeper.model.allocation.Slice;
import org.seatkeeper.model.ast.FeatureSpec;
import org.seatkeeper.model.ast.ModelDefinition;
import org.seatkeeper.model.ast.Pool;
import org.seatkeeper.server.internal.state.Ledger;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;
import org.seatkeeper.server.internal.state.Records.PoolRecord;
import org.seatkeeper.server.internal.state.Records.SliceRecord;
import org.seatkeeper.server.internal.state.ServerData;

/**
 * What the named license pools hold as counts move: when a model is applied while counts are in use,
 * when devices return counts, and when the server's counts change. The default pool holds what the named
 * pools leave of each record, so only the named pools' slices are kept.
 *
 * <p>Documented behaviour it follows (the reference's §2.9):
 * <ul>
 * <li>Counts in use stay recorded against the pool they came from; a pool a new model deletes stays
 * listed until its used counts are returned.</li>
 * <li>Returned counts are redistributed: first to reduce overage, then to slices in deficit the device
 * can reach, in model order, then to other deficit slices, then back to the pools they belong to.</li>
 * <li>Counts reduced below use are accepted; the difference is an overage until devices return.</li>
 * </ul>
 *
 * <p>Choices where the guide is silent ([I], API.md): a pool that holds no more than its lines ask for
 * keeps what is returned to it (only the default pool, deleted pools and counts no line claims go to
 * deficits, so a pool is never put in deficit to fill another, except to reduce an overage); a deficit
 * line takes counts only of records it can draw from that had started when the model was applied, and
 * none while its pool's devices use more of them than it holds; when counts shrink, free counts go
 * first, from the last pool up, and then counts in use (an overage); the default pool's free counts
 * then go to pools in overage and to deficit lines, in model order.
 *
 * <p>{@code PoolInvariantsTest} runs random sequences of all of this and checks what must always hold.
 */
public final class Pools {

	/** What a slice of counts in use that no line of its pool takes says it asked for. */
	public static final String IN_USE = "in use";

	/** Counts of record {@code featureId} that came back to {@code pool} from a device that can reach {@code reach}. */
	public record Release(int featureId, String pool, int count, List<String> reach) {
	}

	/** A slice being changed. */
	private static final class Held {
		final int id;
		final int featureId;
		int counts;
		final long computed;
		final String requested;
		final int line;

		Held(SliceRecord slice) {
			this(slice.id(), slice.featureId(), slice.slice(), slice.computed(), slice.requested(), slice.line());
		}

		Held(int id, int featureId, int counts, long computed, String requested, int line) {
			this.id = id;
			this.featureId = featureId;
			this.counts = counts;
			this.computed = computed;
			this.requested = requested;
			this.line = line;
		}

		SliceRecord record() {
			return new SliceRecord(id, featureId, counts, computed, requested, line);
		}
	}

	/** A named pool being changed. */
	private static final class Named {
		final PoolRecord record;
		final List<Held> slices = new ArrayList<>();

		Named(PoolRecord record) {
			this.record = record;
			record.slices().forEach(s -> slices.add(new Held(s)));
		}

		String name() {
			return record.name();
		}

		/** The counts the pool holds of the record. */
		int holds(int featureId) {
			return sum(slice -> slice.featureId == featureId);
		}

		/** The counts of the record in use that no line of the pool takes (kept where they were served). */
		int unclaimed(int featureId) {
			return sum(slice -> slice.featureId == featureId && slice.line == 0 && IN_USE.equals(slice.requested));
		}

		/** The counts line {@code line} holds of all records. */
		long obtained(int line) {
			return sum(slice -> slice.line == line);
		}

		private int sum(java.util.function.Predicate<Held> which) {
			return slices.stream().filter(which).mapToInt(slice -> slice.counts).sum();
		}

		long computed(int line) {
			return slices.stream().filter(s -> s.line == line).mapToLong(s -> s.computed).findFirst().orElse(0);
		}
	}

	private final ServerData state;
	private final ModelDefinition model;
	private final List<Named> named = new ArrayList<>();
	private final PoolRecord defaultPool;
	private int lastSliceId;
	private boolean changed;

	private Pools(ServerData state, List<PoolRecord> base) {
		this.state = state;
		this.model = Checkout.model(state);
		PoolRecord fallback = null;
		for (PoolRecord pool : base) {
			if (pool.isDefault()) {
				fallback = pool;
			} else {
				named.add(new Named(pool));
			}
		}
		this.defaultPool = fallback;
		this.lastSliceId = state.lastSliceId;
	}

	/** A feature record as the allocation in the model core sees it. */
	public static ServerFeature feature(FeatureRecord record) {
		return new ServerFeature(Integer.toString(record.id()), record.name(), record.featureVersion(), record.count(),
				record.expiry(), record.startDate(), record.vendorString());
	}

	// ---- applying a model

	/**
	 * The pools of a model applied while devices hold {@code use}: every line's slices from the allocation
	 * of all counts ({@code preview}), but a line takes first the counts its own pool's devices use and
	 * then free counts only; counts in use that no line of their pool takes stay with it (a pool the model
	 * deletes stays listed with them); the default pool holds the rest.
	 *
	 * @param records the records the preview distributed, by its features
	 */
	public static List<PoolRecord> apply(ServerData state, AllocationPreview preview, Map<ServerFeature, FeatureRecord> records,
			java.time.Instant now) {
		Ledger ledger = state.ledger();
		Map<String, Map<Integer, Integer>> kept = new LinkedHashMap<>();
		Map<Integer, Integer> free = new HashMap<>();
		List<String> holding = new ArrayList<>(poolsInUse(state));
		for (FeatureRecord f : state.features.values()) {
			int used = 0;
			int named = 0;
			for (String pool : holding) {
				int counts = ledger.shared(pool, f.id());
				if (counts > 0) {
					kept.computeIfAbsent(pool, p -> new HashMap<>()).put(f.id(), counts);
					used += counts;
					named += pool.equals("default") ? 0 : counts;
				}
			}
			// in an overage the named pools keep no more than there is, the last pool giving up first
			for (int i = holding.size() - 1; i >= 0 && named > f.count(); i--) {
				Map<Integer, Integer> pool = kept.get(holding.get(i));
				if (!holding.get(i).equals("default") && pool != null && pool.containsKey(f.id())) {
					int dropped = Math.min(named - f.count(), pool.get(f.id()));
					pool.merge(f.id(), -dropped, Integer::sum);
					named -= dropped;
				}
			}
			free.put(f.id(), Math.max(0, f.count() - used));
		}
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		int poolId = state.lastPoolId;
		int sliceId = state.lastSliceId;
		List<PoolRecord> pools = new ArrayList<>();
		for (PoolAllocation pool : preview.pools()) {
			if (pool.isDefault()) {
				continue;
			}
			Map<Integer, Integer> own = kept.getOrDefault(pool.name(), new HashMap<>());
			List<SliceRecord> slices = new ArrayList<>();
			int line = 0;
			for (LineAllocation allocation : pool.lines()) {
				line++;
				Map<Integer, Integer> taken = new LinkedHashMap<>();
				// the records the allocation of all counts gives the line
				for (Slice slice : allocation.slices()) {
					int featureId = records.get(slice.feature()).id();
					taken.merge(featureId, take(featureId, slice.count(), own, free), Integer::sum);
				}
				// short because counts are in use: any other record the line can draw from, in the order a line takes them
				long missing = allocation.computed() - taken.values().stream().mapToLong(Integer::longValue).sum();
				for (FeatureRecord record : candidates(state, allocation.line(), today)) {
					if (missing <= 0) {
						break;
					}
					int got = take(record.id(), missing, own, free);
					taken.merge(record.id(), got, Integer::sum);
					missing -= got;
				}
				boolean any = false;
				for (Map.Entry<Integer, Integer> counts : taken.entrySet()) {
					if (counts.getValue() > 0) {
						slices.add(new SliceRecord(++sliceId, counts.getKey(), counts.getValue(), allocation.computed(), allocation.requested(),
								line));
						any = true;
					}
				}
				if (!any) {
					slices.add(new SliceRecord(++sliceId, 0, 0, allocation.computed(), allocation.requested(), line));
				}
			}
			for (Map.Entry<Integer, Integer> left : own.entrySet()) {
				if (left.getValue() > 0) {
					slices.add(new SliceRecord(++sliceId, left.getKey(), left.getValue(), 0, IN_USE, 0));
				}
			}
			kept.remove(pool.name());
			pools.add(new PoolRecord(++poolId, pool.name(), false, slices, now, false));
		}
		kept.remove("default");
		for (Map.Entry<String, Map<Integer, Integer>> deleted : kept.entrySet()) {
			List<SliceRecord> slices = new ArrayList<>();
			for (Map.Entry<Integer, Integer> inUse : deleted.getValue().entrySet()) {
				slices.add(new SliceRecord(++sliceId, inUse.getKey(), inUse.getValue(), 0, IN_USE, 0));
			}
			pools.add(new PoolRecord(++poolId, deleted.getKey(), false, slices, now, true));
		}
		pools.add(new PoolRecord(++poolId, "default", true, List.of(), now, false));
		return pools;
	}

	/** Up to {@code wanted} counts of a record for a line: its pool's own counts in use first, then free ones. */
	private static int take(int featureId, long wanted, Map<Integer, Integer> own, Map<Integer, Integer> free) {
		int fromOwn = (int) Math.min(wanted, own.getOrDefault(featureId, 0));
		own.merge(featureId, -fromOwn, Integer::sum);
		int fromFree = (int) Math.min(wanted - fromOwn, free.getOrDefault(featureId, 0));
		free.merge(featureId, -fromFree, Integer::sum);
		return fromOwn + fromFree;
	}

	/**
	 * The counted records a line can draw from on {@code today}, in the order a line takes them: the exact
	 * version first, the longer expiry first (permanent is longest), then higher versions.
	 */
	private static List<FeatureRecord> candidates(ServerData state, FeatureSpec line, LocalDate today) {
		return state.features.values().stream()
				.filter(f -> !f.uncounted() && f.isActiveOn(today) && Allocator.canDraw(line, feature(f))).sorted(TAKE_ORDER).toList();
	}

	/**
	 * The order a line, or a reservation entry, takes records in: the exact version first, the longer
	 * expiry first (permanent is longest), then higher versions.
	 */
	static final Comparator<FeatureRecord> TAKE_ORDER = Comparator.comparing(FeatureRecord::featureVersion)
			.thenComparing(f -> f.expiry() == null ? LocalDate.MAX : f.expiry(), Comparator.reverseOrder())
			.thenComparingInt(FeatureRecord::id);

	/**
	 * The pools devices hold counts from now: the default pool, the model's pools in order, then any other
	 * (devices keep counts of a pool after its model was deleted), by name.
	 */
	private static Set<String> poolsInUse(ServerData state) {
		Set<String> pools = new java.util.LinkedHashSet<>();
		pools.add("default");
		if (state.model != null) {
			state.model.pools().forEach(p -> pools.add(p.name()));
		}
		pools.addAll(new java.util.TreeSet<>(state.ledger().pools()));
		return pools;
	}

	// ---- returned counts

	/**
	 * The pools after {@code releases}, starting from {@code base} (null: the model's pools), with devices
	 * holding {@code use} (after the return); null when no count moves.
	 */
	public static List<PoolRecord> redistribute(ServerData state, List<PoolRecord> base, Ledger use, List<Release> releases) {
		if (state.model == null || releases.isEmpty()) {
			return null;
		}
		Pools pools = new Pools(state, base != null ? base : state.model.pools());
		for (Release release : releases) {
			FeatureRecord feature = state.features.get(release.featureId());
			if (feature != null && !feature.uncounted()) {
				pools.release(feature, release.pool(), release.count(), release.reach(), use);
			}
		}
		return pools.result();
	}

	/**
	 * The pools after the server's counts of {@code featureIds} changed (the records hold the new counts),
	 * with devices holding what the ledger says; null when no count moves.
	 */
	public static List<PoolRecord> fit(ServerData state, Map<Integer, Integer> before, Ledger use) {
		if (state.model == null) {
			return null;
		}
		Pools pools = new Pools(state, state.model.pools());
		for (Integer featureId : before.keySet()) {
			FeatureRecord feature = state.features.get(featureId);
			pools.fit(featureId, feature == null ? 0 : feature.count(), use);
		}
		pools.refill(use);
		return pools.result();
	}

	/**
	 * The default pool's free counts (new counts, or counts another record still has when one shrank) go
	 * first to pools in overage, then to lines in deficit that can draw them, in model order. A line whose
	 * pool's devices use more of such a record than the pool holds waits for them to return instead.
	 */
	private void refill(Ledger use) {
		// first, pools whose devices use more than they hold take what the default pool has free (reduce overage)
		for (FeatureRecord record : state.features.values()) {
			for (Named pool : named) {
				int over = use.shared(pool.name(), record.id()) - pool.holds(record.id());
				int free = holds("default", record.id(), record.count()) - use.shared("default", record.id());
				if (over > 0 && free > 0) {
					give(pool, record.id(), Math.min(over, free), 0);
				}
			}
		}
		for (Named pool : named) {
			Pool definition = pool.record.deleted() ? null : model.pool(pool.name()).orElse(null);
			for (int line = 1; definition != null && line <= definition.features().size(); line++) {
				FeatureSpec spec = definition.features().get(line - 1);
				long deficit = pool.computed(line) - pool.obtained(line);
				List<FeatureRecord> records = refills(spec);
				if (deficit <= 0 || waits(pool, records, use)) {
					continue;
				}
				for (FeatureRecord record : records) {
					int free = holds("default", record.id(), record.count()) - use.shared("default", record.id());
					int moved = (int) Math.min(deficit, Math.max(0, free));
					if (moved > 0) {
						give(pool, record.id(), moved, line);
						deficit -= moved;
					}
				}
			}
		}
	}

	private void release(FeatureRecord feature, String from, int count, List<String> reach, Ledger use) {
		int featureId = feature.id();
		Named source = pool(from);
		if (source == null && !from.equals("default")) {
			return;
		}
		int free = holds(from, featureId, feature.count()) - use.shared(from, featureId);
		int movable = Math.min(count, free);
		// 1. reduce overage: pools whose devices use more than they hold
		for (String pool : order()) {
			if (movable <= 0) {
				return;
			}
			int over = use.shared(pool, featureId) - holds(pool, featureId, feature.count());
			if (!pool.equals(from) && over > 0) {
				int moved = Math.min(movable, over);
				move(source, pool(pool), feature, moved);
				movable -= moved;
			}
		}
		// a pool keeps what comes back to its lines; only the default pool, a deleted pool and counts in use
		// that no line of their pool takes are given to deficits
		if (source != null && !source.record.deleted()) {
			movable = Math.min(movable, source.unclaimed(featureId));
		}
		// 2. deficit lines the device can reach, in model order; 3. the other deficit lines
		for (boolean reachable : new boolean[] { true, false }) {
			for (Named pool : named) {
				if (pool.record.deleted() || reach.contains(pool.name()) != reachable) {
					continue;
				}
				Pool definition = model.pool(pool.name()).orElse(null);
				if (definition == null) {
					continue;
				}
				for (int line = 1; line <= definition.features().size() && movable > 0; line++) {
					FeatureSpec spec = definition.features().get(line - 1);
					long deficit = pool.computed(line) - pool.obtained(line);
					if (deficit <= 0 || !drawable(spec, feature) || waits(pool, refills(spec), use)) {
						continue;
					}
					int moved = (int) Math.min(movable, deficit);
					take(source, featureId, moved);
					give(pool, featureId, moved, line);
					movable -= moved;
				}
			}
		}
		// 4. the rest of what no line claims goes to the default pool
		if (source != null && movable > 0) {
			take(source, featureId, movable);
		}
	}

	/** The counted records a line may be refilled with, in the order a line takes them. */
	private List<FeatureRecord> refills(FeatureSpec spec) {
		return state.features.values().stream().filter(f -> !f.uncounted() && drawable(spec, f)).sorted(TAKE_ORDER).toList();
	}

	/** True if the pool's devices use more of one of {@code records} than the pool holds: its lines wait for them to return. */
	private static boolean waits(Named pool, List<FeatureRecord> records, Ledger use) {
		return records.stream().anyMatch(f -> use.shared(pool.name(), f.id()) > pool.holds(f.id()));
	}

	/** True if a line may be refilled with counts of {@code feature}: it can draw them, and the record had started when the model was applied. */
	private boolean drawable(FeatureSpec spec, FeatureRecord feature) {
		LocalDate applied = LocalDate.ofInstant(state.model.applied(), ZoneOffset.UTC);
		return Allocator.canDraw(spec, feature(feature)) && (feature.startDate() == null || !feature.startDate().isAfter(applied));
	}

	/** Named pools in model order, deleted pools after them, the default pool last. */
	private List<String> order() {
		List<String> order = new ArrayList<>();
		named.forEach(p -> order.add(p.name()));
		order.add("default");
		return order;
	}

	private Named pool(String name) {
		for (Named pool : named) {
			if (pool.name().equals(name)) {
				return pool;
			}
		}
		return null;
	}

	private int holds(String pool, int featureId, int count) {
		Named found = pool(pool);
		if (found != null) {
			return found.holds(featureId);
		}
		int others = 0;
		for (Named each : named) {
			others += each.holds(featureId);
		}
		return Math.max(0, count - others);
	}

	/** Moves counts between two pools (null: the default pool, which holds what the others leave). */
	private void move(Named from, Named to, FeatureRecord feature, int counts) {
		take(from, feature.id(), counts);
		if (to != null) {
			give(to, feature.id(), counts, 0);
		}
	}

	private void take(Named from, int featureId, int counts) {
		if (from == null) {
			return;
		}
		int left = counts;
		for (int i = from.slices.size() - 1; i >= 0 && left > 0; i--) {
			Held slice = from.slices.get(i);
			if (slice.featureId == featureId) {
				int taken = Math.min(left, slice.counts);
				slice.counts -= taken;
				left -= taken;
				changed |= taken > 0;
			}
		}
	}

	/** Adds counts to the pool's slice of the record on {@code line} (0: the line that holds the record, or any). */
	private void give(Named to, int featureId, int counts, int line) {
		Held target = null;
		Held empty = null;
		for (Held slice : to.slices) {
			if (slice.featureId == featureId && (line == 0 || slice.line == line)) {
				target = slice;
				break;
			}
			if (slice.featureId == 0 && slice.line == line && line > 0) {
				empty = slice;
			}
		}
		if (target == null && empty != null) {
			int index = to.slices.indexOf(empty);
			target = new Held(empty.id, featureId, 0, empty.computed, empty.requested, empty.line);
			to.slices.set(index, target);
		}
		if (target == null) {
			Held template = line > 0 ? to.slices.stream().filter(s -> s.line == line).findFirst().orElse(null) : null;
			target = new Held(++lastSliceId, featureId, 0, template == null ? 0 : template.computed,
					template == null ? IN_USE : template.requested, line);
			to.slices.add(target);
		}
		target.counts += counts;
		changed |= counts > 0;
	}

	// ---- counts that change

	/** Takes counts from the named pools until they hold no more than {@code count}: free counts first, from the last pool up; then counts in use. */
	private void fit(int featureId, int count, Ledger use) {
		int excess = -count;
		for (Named pool : named) {
			excess += pool.holds(featureId);
		}
		for (ToIntFunction<Named> spare : List.<ToIntFunction<Named>>of(p -> p.holds(featureId) - use.shared(p.name(), featureId),
				p -> p.holds(featureId))) {
			for (int i = named.size() - 1; i >= 0 && excess > 0; i--) {
				Named pool = named.get(i);
				int taken = Math.min(excess, Math.max(0, spare.applyAsInt(pool)));
				if (taken > 0) {
					take(pool, featureId, taken);
					excess -= taken;
				}
			}
		}
	}

	/** The pools as records, deleted pools that no longer hold counts left out; null if nothing changed. */
	private List<PoolRecord> result() {
		if (!changed) {
			return null;
		}
		List<PoolRecord> pools = new ArrayList<>();
		for (Named pool : named) {
			List<SliceRecord> slices = new ArrayList<>();
			for (Held slice : pool.slices) {
				boolean keep = slice.line > 0 || slice.counts > 0;
				if (keep) {
					slices.add(slice.record());
				}
			}
			if (pool.record.deleted() && slices.isEmpty()) {
				continue;
			}
			pools.add(pool.record.withSlices(collapse(slices)));
		}
		if (defaultPool != null) {
			pools.add(defaultPool);
		}
		return pools;
	}

	/** A line whose slices all emptied keeps one empty slice, so that its deficit stays listed. */
	private static List<SliceRecord> collapse(List<SliceRecord> slices) {
		Map<Integer, List<SliceRecord>> byLine = new LinkedHashMap<>();
		List<SliceRecord> result = new ArrayList<>();
		for (SliceRecord slice : slices) {
			if (slice.line() == 0) {
				result.add(slice);
			} else {
				byLine.computeIfAbsent(slice.line(), l -> new ArrayList<>()).add(slice);
			}
		}
		List<SliceRecord> lines = new ArrayList<>();
		for (List<SliceRecord> line : byLine.values()) {
			List<SliceRecord> holding = line.stream().filter(s -> s.slice() > 0).toList();
			lines.addAll(holding.isEmpty() ? List.of(new SliceRecord(line.get(0).id(), 0, 0, line.get(0).computed(),
					line.get(0).requested(), line.get(0).line())) : holding);
		}
		lines.addAll(result);
		return lines;
	}
}
