package org.seatkeeper.core.domain;

import java.time.Instant;
import java.util.List;

/**
 * A named license pool, or the default pool.
 *
 * @param id           the server's pool id
 * @param name         the pool's name
 * @param isDefault    whether this is the default pool
 * @param lastModified when the pool last changed, or {@code null}
 * @param slices       what it holds of each feature record
 */
public record Pool(long id, String name, boolean isDefault, Instant lastModified, List<PoolSlice> slices) {

	public Pool {
		slices = List.copyOf(slices);
	}

	public int allocated() {
		return slices.stream().mapToInt(PoolSlice::allocated).sum();
	}

	public int used() {
		return slices.stream().mapToInt(PoolSlice::used).sum();
	}
}
