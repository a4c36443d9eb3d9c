package org.seatkeeper.model.ast;

import java.util.Objects;
import java.util.Optional;

import org.seatkeeper.model.TextRange;

/**
 * One feature line of a pool (or of a {@code without requested features} block): {@code "f1" 1.0 10},
 * optionally followed by {@code vendor string matches "..."}.
 *
 * @param feature     the feature name; null if missing
 * @param version     the version; null if missing
 * @param amount      how many counts; null if missing
 * @param vendorMatch the vendor-string pattern; null when the line has none
 * @param range       the whole line
 */
public record FeatureSpec(Name feature, Version version, Amount amount, Name vendorMatch, TextRange range)
		implements Node {

	public FeatureSpec {
		Objects.requireNonNull(range, "range");
	}

	public Optional<Name> vendorMatchName() {
		return Optional.ofNullable(vendorMatch);
	}

	/** True when the name, version and amount are all there. */
	public boolean isComplete() {
		return feature != null && version != null && amount != null;
	}
}
