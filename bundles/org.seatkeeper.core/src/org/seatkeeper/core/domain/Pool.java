package org.seatkeeper.core.domain;

import java.time.Instant;
import java.util.List;

/**
 * A named license pool, or the default pool.
 *
 * @param id           the server's pool id, or 0 for a pool the server did not list (made from its records)
 * @param name         the pool's name
 * @param isDefault    whether this is the default pool
 * @param lastModified when the pool last changed, or {@code null}
 * @param slices       what it holds of each feature record
 * @param deleted      whether a newer model no longer defines the pool, which stays while devices use its
 *                     counts (Seatkeeper's servers say so; others are taken to list no such pool)
 */
public record Pool(long id, String name, boolean isDefault, Instant lastModified, List<PoolSlice> slices, boolean deleted) {

	public Pool {
		slices = List.copyOf(slices);
	}

	/** A pool the model defines. */
	public Pool(long id, String name, boolean isDefault, Instant lastModified, List<PoolSlice> slices) {
		this(id, name, isDefault, lastModified, slices, false);
	}

	/**
	 * The default pool as the feature records make it when no model applies: every record's counts except
	 * those reservations set aside, and their use outside reservations.
	 */
	public static Pool defaultOf(List<Feature> records) {
		List<PoolSlice> slices = new java.util.ArrayList<>();
		for (Feature f : records) {
			int allocated = Math.max(0, f.count() - f.reserved());
			int used = Math.max(0, f.used() - f.assignedReserved());
			slices.add(new PoolSlice(f.id(), f.id(), f.name(), f.version(), f.expiry(), f.count(), allocated, used, f.count(),
					Integer.toString(f.count()), f.uncounted(), used > allocated && !f.uncounted() ? "OVERAGE" : "NORMAL"));
		}
		return new Pool(0, "default", true, null, slices);
	}

	public int allocated() {
		return slices.stream().mapToInt(PoolSlice::allocated).sum();
	}

	public int used() {
		return slices.stream().mapToInt(PoolSlice::used).sum();
	}
}
