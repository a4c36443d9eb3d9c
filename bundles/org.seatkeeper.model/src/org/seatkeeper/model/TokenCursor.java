package org.seatkeeper.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.seatkeeper.model.ast.Name;

/**
 * The tokens of a model text as the parser walks them, and the problems it reports: one position, the
 * helpers that consume or skip tokens, and the rule that a parser recovering from an error reports
 * nothing more until it is back on track. {@link ModelParser} holds the grammar.
 */
abstract class TokenCursor {

	final String text;
	final LexResult lex;
	private final List<Token> tokens;
	final List<Diagnostic> diagnostics = new ArrayList<>();
	private int index;
	/** True after an error until the grammar consumes an expected token again. */
	boolean recovering;

	TokenCursor(CharSequence source) {
		text = source.toString();
		lex = Lexer.lex(text);
		tokens = lex.significantTokens();
		diagnostics.addAll(lex.diagnostics());
	}

	Token current() {
		return tokens.get(index);
	}

	Token previous() {
		return tokens.get(Math.max(0, index - 1));
	}

	boolean at(TokenKind kind) {
		return current().kind() == kind;
	}

	/** Consumes the current token, which the grammar expects here: the parser is back on track. */
	Token advance() {
		recovering = false;
		return skip();
	}

	/** Consumes the current token while recovering from an error. */
	Token skip() {
		Token token = current();
		if (!token.is(TokenKind.EOF)) {
			index++;
		}
		return token;
	}

	boolean accept(TokenKind kind) {
		if (at(kind)) {
			advance();
			return true;
		}
		return false;
	}

	/** Consumes a token of {@code kind}, or reports that {@code what} was expected and consumes nothing. */
	boolean expect(TokenKind kind, String what) {
		if (accept(kind)) {
			return true;
		}
		unexpected(current(), what);
		return false;
	}

	/** A quoted string, or null after reporting that {@code what} was expected. */
	Name quoted(String what) {
		if (at(TokenKind.QUOTED_STRING)) {
			return name(advance());
		}
		unexpected(current(), what);
		return null;
	}

	static Name name(Token string) {
		return new Name(string.value(), true, string.range());
	}

	/** Skips tokens up to one of {@code stops} or the end, stepping over whole brace blocks. */
	void skipUntil(Set<TokenKind> stops) {
		while (!at(TokenKind.EOF) && !stops.contains(current().kind())) {
			skipBalanced();
		}
	}

	/** Skips one token, or a whole {@code { ... }} block if it opens one. */
	void skipBalanced() {
		if (!at(TokenKind.LBRACE)) {
			skip();
			return;
		}
		int depth = 0;
		do {
			if (at(TokenKind.LBRACE)) {
				depth++;
			} else if (at(TokenKind.RBRACE)) {
				depth--;
			}
			skip();
		} while (depth > 0 && !at(TokenKind.EOF));
	}

	// ---- problems

	static String describe(Token token) {
		return switch (token.kind()) {
		case QUOTED_STRING, NUMBER, WORD, UNKNOWN -> token.kind().describe() + " " + abbreviate(token.text());
		default -> token.kind().describe();
		};
	}

	private static String abbreviate(String text) {
		return text.length() > 40 ? text.substring(0, 37) + "..." : text;
	}

	void unexpected(Token token, String expected) {
		if (token.is(TokenKind.EOF)) {
			error(ModelParser.SYNTAX_ERROR, "Expected " + expected + " before the end of the file", endOf(previous()));
		} else {
			error(ModelParser.SYNTAX_ERROR, "Expected " + expected + " but found " + describe(token), token.range());
		}
	}

	void missingClose(String block, Token opener) {
		error(ModelParser.SYNTAX_ERROR, "Missing '}' to close " + block + " opened at line " + opener.range().line() + ", column "
				+ opener.range().column(), at(TokenKind.EOF) ? endOf(previous()) : current().range());
	}

	TextRange endOf(Token token) {
		return lex.lines().range(token.range().end(), 0);
	}

	void error(String code, String message, TextRange range) {
		if (!recovering) {
			diagnostics.add(new Diagnostic(Severity.ERROR, code, message, range));
		}
		recovering = true;
	}

	void warning(String code, String message, TextRange range) {
		diagnostics.add(new Diagnostic(Severity.WARNING, code, message, range));
	}

	TextRange span(Token first, Token last) {
		int start = first.range().offset();
		int end = Math.max(start, last.range().end());
		return lex.lines().range(start, end - start);
	}
}
