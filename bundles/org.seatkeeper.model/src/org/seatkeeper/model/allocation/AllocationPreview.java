package org.seatkeeper.model.allocation;

import java.util.List;
import java.util.Optional;

/**
 * How a model would distribute a server's counts: every named pool in model order, then the default
 * pool, and notes on what a reader might not expect (shortfalls, records left out).
 *
 * @param pools the pools, the default pool last
 * @param notes one sentence each
 */
public record AllocationPreview(List<PoolAllocation> pools, List<String> notes) {

	public AllocationPreview {
		pools = List.copyOf(pools);
		notes = List.copyOf(notes);
	}

	public Optional<PoolAllocation> pool(String name) {
		return pools.stream().filter(p -> p.name().equals(name)).findFirst();
	}

	/** True if some line gets fewer counts than it asks for. */
	public boolean hasShortfall() {
		return pools.stream().anyMatch(p -> p.shortfall() > 0);
	}
}
