package org.seatkeeper.model.ast;

import java.util.Objects;
import java.util.Optional;

import org.seatkeeper.model.FeatureVersion;
import org.seatkeeper.model.TextRange;

/**
 * A feature version as written, e.g. {@code 1.0}. The parser reads any chain of numbers and dots, so that
 * a malformed version such as {@code 1.2.3} is kept for the validator to explain.
 *
 * @param text  the version without white space
 * @param range where it stands
 */
public record Version(String text, TextRange range) implements Node {

	public Version {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(range, "range");
	}

	/** The version's value, empty if it is malformed. */
	public Optional<FeatureVersion> value() {
		return FeatureVersion.parse(text);
	}
}
