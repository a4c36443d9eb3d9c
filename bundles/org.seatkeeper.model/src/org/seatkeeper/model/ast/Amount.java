package org.seatkeeper.model.ast;

import java.util.Objects;

import org.seatkeeper.model.TextRange;

/**
 * How many counts a pool asks for: a number, a percentage of the server's total, or the remainder.
 *
 * @param kind  which of the three
 * @param value the number (of counts or percent); 0 for the remainder. A number too large to hold is
 *              {@link Long#MAX_VALUE}.
 * @param range where it stands
 */
public record Amount(Kind kind, long value, TextRange range) implements Node {

	/** The three ways of writing an amount. */
	public enum Kind {
		/** {@code 10} */
		COUNT,
		/** {@code 50%} */
		PERCENT,
		/** {@code remainder} */
		REMAINDER
	}

	public Amount {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(range, "range");
	}

	/** The amount as the server echoes it in a slice's {@code requested} field: {@code 10}, {@code 50%}, {@code remainder}. */
	public String requested() {
		return switch (kind) {
		case COUNT -> Long.toString(value);
		case PERCENT -> value + "%";
		case REMAINDER -> "remainder";
		};
	}
}
