package org.seatkeeper.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a model-definition text into {@link Token tokens}, following the published lexer grammar.
 * Never throws: what it cannot read becomes an {@link TokenKind#UNKNOWN} token or a string token that
 * runs to the end of its line, with a {@link Diagnostic}, and reading goes on.
 *
 * <p>Choices where the grammar is silent or inconvenient (documented in the bundle's README):
 * <ul>
 * <li>A run of digits is one {@link TokenKind#NUMBER} token. (The grammar has single-digit tokens
 * and skips white space between them, so {@code 1 0} would read as ten; here it is two numbers.)</li>
 * <li>A bare word ({@code [A-Za-z_][A-Za-z0-9_-]*}) that is no keyword is a {@link TokenKind#WORD},
 * so that the parser can accept an unquoted feature name with a warning.</li>
 * <li>Comments are kept as tokens for the formatter and folding.</li>
 * </ul>
 */
public final class Lexer {

	/** Diagnostic codes of the lexer. */
	public static final String UNTERMINATED_STRING = "unterminated-string";
	public static final String INVALID_ESCAPE = "invalid-escape";
	public static final String UNTERMINATED_COMMENT = "unterminated-comment";
	public static final String UNKNOWN_CHARACTER = "unknown-character";

	private final String text;
	private final LineIndex lines;
	private final List<Token> tokens = new ArrayList<>();
	private final List<Diagnostic> diagnostics = new ArrayList<>();
	private int pos;

	private Lexer(CharSequence text) {
		this.text = text.toString();
		this.lines = new LineIndex(this.text);
	}

	/** The tokens of {@code text}. */
	public static LexResult lex(CharSequence text) {
		Lexer lexer = new Lexer(text);
		lexer.run();
		return new LexResult(lexer.tokens, lexer.diagnostics, lexer.lines);
	}

	private void run() {
		int length = text.length();
		while (pos < length) {
			char c = text.charAt(pos);
			int start = pos;
			if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f') {
				pos++;
			} else if (c == '/' && peek(1) == '/') {
				pos = lineEnd(pos);
				add(TokenKind.COMMENT, start);
			} else if (c == '/' && peek(1) == '*') {
				blockComment(start);
			} else if (c == '"') {
				string(start);
			} else if (isDigit(c)) {
				while (pos < length && isDigit(text.charAt(pos))) {
					pos++;
				}
				add(TokenKind.NUMBER, start);
			} else if (isWordStart(c)) {
				while (pos < length && isWordPart(text.charAt(pos))) {
					pos++;
				}
				String word = text.substring(start, pos);
				add(TokenKind.keyword(word).orElse(TokenKind.WORD), start);
			} else if (c == '&' && peek(1) == '&') {
				pos += 2;
				add(TokenKind.C_AND, start);
			} else if (c == '|' && peek(1) == '|') {
				pos += 2;
				add(TokenKind.C_OR, start);
			} else {
				TokenKind single = single(c);
				pos += single == TokenKind.UNKNOWN ? Character.charCount(text.codePointAt(pos)) : 1;
				add(single, start);
				if (single == TokenKind.UNKNOWN) {
					unknown(start);
				}
			}
		}
		tokens.add(new Token(TokenKind.EOF, "", "", lines.range(length, 0)));
	}

	private void blockComment(int start) {
		int close = text.indexOf("*/", start + 2);
		if (close < 0) {
			pos = text.length();
			error(UNTERMINATED_COMMENT, "Comment is not closed: add '*/' after it", start, 2);
		} else {
			pos = close + 2;
		}
		add(TokenKind.COMMENT, start);
	}

	/** A double-quoted string on one line, with the escapes {@code \"} and {@code \\}. */
	private void string(int start) {
		StringBuilder value = new StringBuilder();
		pos++;
		while (true) {
			if (pos >= text.length() || text.charAt(pos) == '\n' || text.charAt(pos) == '\r') {
				error(UNTERMINATED_STRING, "String is not closed: add '\"' before the end of the line", start, pos - start);
				addString(start, value);
				return;
			}
			char c = text.charAt(pos);
			if (c == '"') {
				pos++;
				addString(start, value);
				return;
			}
			if (c == '\\') {
				char next = peek(1);
				if (next == '"' || next == '\\') {
					value.append(next);
					pos += 2;
					continue;
				}
				error(INVALID_ESCAPE, "Only \\\" and \\\\ may follow a backslash in a string; write \\\\ for a backslash",
						pos, next == '\n' || next == '\r' || pos + 1 >= text.length() ? 1 : 2);
			}
			value.append(c);
			pos++;
		}
	}

	private void unknown(int start) {
		int codePoint = text.codePointAt(start);
		String shown = Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
				? String.format("U+%04X", codePoint)
				: "'" + new String(Character.toChars(codePoint)) + "' (U+" + String.format("%04X", codePoint) + ")";
		String hint = switch (codePoint) {
		case '&' -> ": write '&&' or 'and'";
		case '|' -> ": write '||' or 'or'";
		case '\'' -> ": strings are written in double quotes";
		case '#' -> ": comments are written // or /* */";
		default -> "";
		};
		error(UNKNOWN_CHARACTER, "Unexpected character " + shown + hint, start, pos - start);
	}

	private void addString(int start, CharSequence value) {
		tokens.add(new Token(TokenKind.QUOTED_STRING, text.substring(start, pos), value.toString(),
				lines.range(start, pos - start)));
	}

	private void add(TokenKind kind, int start) {
		String value = text.substring(start, pos);
		tokens.add(new Token(kind, value, value, lines.range(start, pos - start)));
	}

	private void error(String code, String message, int offset, int length) {
		diagnostics.add(new Diagnostic(Severity.ERROR, code, message, lines.range(offset, length)));
	}

	private char peek(int ahead) {
		int at = pos + ahead;
		return at < text.length() ? text.charAt(at) : '\0';
	}

	private int lineEnd(int from) {
		int at = from;
		while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
			at++;
		}
		return at;
	}

	private static TokenKind single(char c) {
		return switch (c) {
		case '(' -> TokenKind.LPAREN;
		case ')' -> TokenKind.RPAREN;
		case '{' -> TokenKind.LBRACE;
		case '}' -> TokenKind.RBRACE;
		case ',' -> TokenKind.COMMA;
		case ':' -> TokenKind.COLON;
		case '*' -> TokenKind.WILDCARD;
		case '%' -> TokenKind.PERCENT;
		case '.' -> TokenKind.DOT;
		case '!' -> TokenKind.C_NOT;
		default -> TokenKind.UNKNOWN;
		};
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isWordStart(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
	}

	private static boolean isWordPart(char c) {
		return isWordStart(c) || isDigit(c) || c == '-';
	}
}
