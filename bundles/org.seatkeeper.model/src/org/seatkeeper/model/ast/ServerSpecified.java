package org.seatkeeper.model.ast;

import java.util.List;
import java.util.Objects;

import org.seatkeeper.model.TextRange;

/**
 * {@code without requested features { ... }}: counts the server serves even when the client asks for no
 * features, either every feature of some pools ({@code all from "p1", "p2"}) or listed feature lines.
 *
 * @param allFrom  the pools of {@code all from}; empty when features are listed
 * @param features the listed feature lines; empty with {@code all from}
 * @param range    the whole block
 */
public record ServerSpecified(List<Name> allFrom, List<FeatureSpec> features, TextRange range) implements Node {

	public ServerSpecified {
		allFrom = List.copyOf(allFrom);
		features = List.copyOf(features);
		Objects.requireNonNull(range, "range");
	}
}
