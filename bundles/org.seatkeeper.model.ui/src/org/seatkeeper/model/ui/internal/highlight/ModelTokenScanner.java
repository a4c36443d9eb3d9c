package org.seatkeeper.model.ui.internal.highlight;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.seatkeeper.model.Lexer;
import org.seatkeeper.model.TokenKind;
import org.seatkeeper.model.ui.internal.preferences.SyntaxStyle;

/**
 * Colours the code between comments and strings with the model language's own lexer: keywords,
 * numbers, versions ({@code 1.0}: number, dot, number), percentages ({@code 50%}), operators and
 * brackets. Only the damaged region is lexed.
 */
final class ModelTokenScanner implements ITokenScanner {

	private final SyntaxTokens styles;
	private List<org.seatkeeper.model.Token> tokens = List.of();
	private int base;
	private int index;
	/** Where the next answered token starts. */
	private int position;
	/** The index of the lexer token {@link #next()} read last, to read it again after a gap. */
	private int pending;
	private int end;
	private int tokenOffset;
	private int tokenLength;

	ModelTokenScanner(SyntaxTokens styles) {
		this.styles = styles;
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		base = offset;
		index = 0;
		position = offset;
		end = offset + length;
		try {
			tokens = Lexer.lex(document.get(offset, length)).tokens();
		} catch (BadLocationException e) {
			tokens = List.of();
		}
	}

	/**
	 * The next token. Tokens cover the range without gaps, as the damager-repairer expects: the white
	 * space between the lexer's tokens is answered as {@link Token#WHITESPACE}.
	 */
	@Override
	public IToken nextToken() {
		IToken token = next();
		if (token.isEOF() && position < end) {
			tokenOffset = position;
			tokenLength = end - position;
			position = end;
			return Token.WHITESPACE;
		}
		if (!token.isEOF() && tokenOffset > position) {
			// answer the gap first, then this token again
			index = pending;
			tokenLength = tokenOffset - position;
			tokenOffset = position;
			position += tokenLength;
			return Token.WHITESPACE;
		}
		position = tokenOffset + tokenLength;
		return token;
	}

	private IToken next() {
		pending = index;
		while (index < tokens.size()) {
			org.seatkeeper.model.Token token = tokens.get(index++);
			if (token.kind() == TokenKind.EOF) {
				break;
			}
			tokenOffset = base + token.range().offset();
			tokenLength = token.range().length();
			if (token.kind() == TokenKind.NUMBER && follows(TokenKind.DOT, token) && index + 1 < tokens.size()
					&& tokens.get(index + 1).kind() == TokenKind.NUMBER && adjacent(tokens.get(index), tokens.get(index + 1))) {
				tokenLength = tokens.get(index + 1).range().end() - token.range().offset();
				index += 2;
				return styles.get(SyntaxStyle.VERSION);
			}
			if (token.kind() == TokenKind.NUMBER && follows(TokenKind.PERCENT, token)) {
				tokenLength = tokens.get(index).range().end() - token.range().offset();
				index++;
				return styles.get(SyntaxStyle.PERCENT);
			}
			SyntaxStyle style = style(token);
			return style == null ? Token.UNDEFINED : styles.get(style);
		}
		return Token.EOF;
	}

	/** Whether the next token is {@code kind} and touches {@code token}. */
	private boolean follows(TokenKind kind, org.seatkeeper.model.Token token) {
		return index < tokens.size() && tokens.get(index).kind() == kind && adjacent(token, tokens.get(index));
	}

	private static boolean adjacent(org.seatkeeper.model.Token first, org.seatkeeper.model.Token second) {
		return first.range().end() == second.range().offset();
	}

	private static SyntaxStyle style(org.seatkeeper.model.Token token) {
		TokenKind kind = token.kind();
		if (kind.isKeyword()) {
			return SyntaxStyle.KEYWORD;
		}
		return switch (kind) {
			case NUMBER -> SyntaxStyle.NUMBER;
			case QUOTED_STRING -> token.text().startsWith("\"~/") ? SyntaxStyle.REGEX : SyntaxStyle.STRING;
			case COMMENT -> SyntaxStyle.COMMENT;
			case LPAREN, RPAREN, LBRACE, RBRACE, COMMA, COLON, WILDCARD, PERCENT, DOT, C_AND, C_OR, C_NOT -> SyntaxStyle.OPERATOR;
			default -> null;
		};
	}

	@Override
	public int getTokenOffset() {
		return tokenOffset;
	}

	@Override
	public int getTokenLength() {
		return tokenLength;
	}
}
