package org.seatkeeper.model;

import java.util.List;
import java.util.Objects;

import org.seatkeeper.model.ast.ModelDefinition;

/**
 * What the parser made of a text: the tree it could build (always one, possibly with missing parts), the
 * tokens, and the lexical and syntax problems in text order.
 *
 * @param text        the text that was parsed
 * @param lex         its tokens, comments included
 * @param model       the syntax tree
 * @param diagnostics the lexer's and the parser's problems, ordered by offset
 */
public record ParseResult(String text, LexResult lex, ModelDefinition model, List<Diagnostic> diagnostics) {

	public ParseResult {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(lex, "lex");
		Objects.requireNonNull(model, "model");
		diagnostics = List.copyOf(diagnostics);
	}

	/** True if the lexer or the parser found an error (warnings do not count). */
	public boolean hasSyntaxErrors() {
		return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
	}
}
