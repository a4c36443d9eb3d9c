package org.seatkeeper.model;

import java.util.List;

/**
 * The tokens of a text, ending with {@link TokenKind#EOF}, the problems met while reading them, and the
 * text's line index.
 */
public record LexResult(List<Token> tokens, List<Diagnostic> diagnostics, LineIndex lines) {

	public LexResult {
		tokens = List.copyOf(tokens);
		diagnostics = List.copyOf(diagnostics);
	}

	/** The tokens a parser reads: all but comments. */
	public List<Token> significantTokens() {
		return tokens.stream().filter(t -> !t.is(TokenKind.COMMENT)).toList();
	}
}
