package org.seatkeeper.model.ast;

import java.util.Objects;

import org.seatkeeper.model.TextRange;

/**
 * What a matching rule does.
 *
 * @param kind  accept, deny or continue
 * @param range the keyword
 */
public record Action(Kind kind, TextRange range) implements Node {

	/** The three actions. */
	public enum Kind {
		/** Grant from the pools named so far and stop. */
		ACCEPT,
		/** Refuse the request and stop. */
		DENY,
		/** Keep the pools named so far and go on with the next rule. */
		CONTINUE;

		/** The keyword that writes it. */
		public String keyword() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		/** True for the actions that end the evaluation. */
		public boolean isFinal() {
			return this != CONTINUE;
		}
	}

	public Action {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(range, "range");
	}
}
