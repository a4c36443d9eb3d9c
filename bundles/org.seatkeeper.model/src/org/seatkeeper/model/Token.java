package org.seatkeeper.model;

import java.util.Objects;

/**
 * One token of a model-definition text.
 *
 * @param kind  what it is
 * @param text  the characters exactly as written (with quotes and escapes for strings)
 * @param value the meaning: a string's content with escapes resolved, otherwise the same as {@code text}
 * @param range where it stands
 */
public record Token(TokenKind kind, String text, String value, TextRange range) {

	public Token {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(range, "range");
	}

	public boolean is(TokenKind other) {
		return kind == other;
	}
}
