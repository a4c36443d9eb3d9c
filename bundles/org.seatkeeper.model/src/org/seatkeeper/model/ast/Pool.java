package org.seatkeeper.model.ast;

import java.util.List;
import java.util.Objects;

import org.seatkeeper.model.TextRange;

/**
 * A named license pool: {@code partition "name" { feature lines }}.
 *
 * @param name     the pool's name; null if missing
 * @param features its feature lines in order
 * @param range    from {@code partition} to the closing brace
 */
public record Pool(Name name, List<FeatureSpec> features, TextRange range) implements Node {

	public Pool {
		features = List.copyOf(features);
		Objects.requireNonNull(range, "range");
	}
}
