package org.seatkeeper.model.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.seatkeeper.model.TextRange;

/**
 * A whole model definition: {@code model "name" { [partitions {...}] rules }}.
 *
 * @param name  the model's name; null if missing
 * @param pools the {@code partitions} block; null when there is none
 * @param rules the rules in order
 * @param range the model, from {@code model} to the closing brace (the whole text if the header is missing)
 */
public record ModelDefinition(Name name, Pools pools, List<Rule> rules, TextRange range) implements Node {

	public ModelDefinition {
		rules = List.copyOf(rules);
		Objects.requireNonNull(range, "range");
	}

	/** The defined pools in order; empty without a {@code partitions} block. */
	public List<Pool> poolList() {
		return pools == null ? List.of() : pools.pools();
	}

	/** The pool named {@code name}, if the model defines it. */
	public Optional<Pool> pool(String poolName) {
		return poolList().stream().filter(p -> p.name() != null && p.name().value().equals(poolName)).findFirst();
	}
}
