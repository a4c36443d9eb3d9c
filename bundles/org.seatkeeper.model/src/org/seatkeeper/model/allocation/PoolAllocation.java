package org.seatkeeper.model.allocation;

import java.util.List;
import java.util.Objects;

/**
 * What one pool receives.
 *
 * @param name      the pool's name
 * @param isDefault true for the server's default pool, which gets every count no other pool takes
 * @param lines     for a named pool, its feature lines in order; empty for the default pool
 * @param slices    all counts of the pool, record by record
 */
public record PoolAllocation(String name, boolean isDefault, List<LineAllocation> lines, List<Slice> slices) {

	public PoolAllocation {
		Objects.requireNonNull(name, "name");
		lines = List.copyOf(lines);
		slices = List.copyOf(slices);
	}

	/** All counts of the pool. */
	public long total() {
		return slices.stream().mapToLong(Slice::count).sum();
	}

	/** The counts the pool asked for and did not get. */
	public long shortfall() {
		return lines.stream().mapToLong(LineAllocation::shortfall).sum();
	}
}
