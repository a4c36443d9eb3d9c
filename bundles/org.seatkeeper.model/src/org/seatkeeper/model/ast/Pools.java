package org.seatkeeper.model.ast;

import java.util.List;
import java.util.Objects;

import org.seatkeeper.model.TextRange;

/**
 * The {@code partitions { ... }} block: the named license pools, in the order the server fills them.
 *
 * @param pools the pools in order
 * @param range from {@code partitions} to the closing brace
 */
public record Pools(List<Pool> pools, TextRange range) implements Node {

	public Pools {
		pools = List.copyOf(pools);
		Objects.requireNonNull(range, "range");
	}
}
