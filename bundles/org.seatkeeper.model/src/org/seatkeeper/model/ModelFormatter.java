package org.seatkeeper.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Lays a model definition out canonically: one item per line in the model, the pools block and each
 * pool; a rule on one line ({@code on any() { use "default" accept }}), or one part per line when it
 * has a {@code without requested features} block with feature lines; single spaces between words,
 * none inside parentheses, before commas and colons, in versions and percentages.
 *
 * <p>It changes nothing but white space, except that it quotes feature names written without quotes. It
 * keeps every comment: a comment on its own line stays on its own line (indented with the code), a
 * comment after code stays after it, and one blank line between items is kept. Formatting is
 * idempotent, and the syntax tree before and after is the same. A text with syntax errors is returned
 * unchanged with the errors, since its structure is not known for sure.
 */
public final class ModelFormatter {

	/**
	 * How to format.
	 *
	 * @param indent the text of one level of indentation, e.g. two spaces or a tab
	 */
	public record Options(String indent) {
		/** Two spaces per level, as in the published examples. */
		public static final Options DEFAULT = new Options("  ");

		public Options {
			Objects.requireNonNull(indent, "indent");
			if (!indent.chars().allMatch(c -> c == ' ' || c == '\t')) {
				throw new IllegalArgumentException("An indent is made of spaces and tabs");
			}
		}
	}

	/**
	 * What formatting gave.
	 *
	 * @param text         the formatted text, or the input unchanged if it has syntax errors
	 * @param syntaxErrors the lexical and syntax errors that prevented formatting; empty on success
	 */
	public record Result(String text, List<Diagnostic> syntaxErrors) {
		public Result {
			Objects.requireNonNull(text, "text");
			syntaxErrors = List.copyOf(syntaxErrors);
		}

		public boolean isFormatted() {
			return syntaxErrors.isEmpty();
		}
	}

	private enum Block {
		MODEL, POOLS, POOL, RULE, WITHOUT
	}

	private record Open(Block kind, boolean multiline) {
	}

	private enum Separator {
		NONE, SPACE, NEWLINE
	}

	private static final Set<TokenKind> RULE_ITEMS = EnumSet.of(TokenKind.USE, TokenKind.WITHOUT, TokenKind.ACCEPT,
			TokenKind.DENY, TokenKind.CONTINUE);
	private static final Set<TokenKind> MATCHERS = EnumSet.of(TokenKind.HOSTID, TokenKind.HOSTNAME, TokenKind.HOSTTYPE,
			TokenKind.DICTIONARY, TokenKind.ANY);
	private static final Set<TokenKind> NO_SPACE_BEFORE = EnumSet.of(TokenKind.COMMA, TokenKind.RPAREN, TokenKind.PERCENT,
			TokenKind.COLON, TokenKind.DOT);
	private static final Set<TokenKind> NO_SPACE_AFTER = EnumSet.of(TokenKind.DOT, TokenKind.LPAREN, TokenKind.C_NOT);

	private final String text;
	private final List<Token> tokens;
	private final Options options;
	private final StringBuilder out = new StringBuilder();
	private final Deque<Open> stack = new ArrayDeque<>();
	private Block nextBlock = Block.MODEL;

	private ModelFormatter(String text, List<Token> tokens, Options options) {
		this.text = text;
		this.tokens = tokens;
		this.options = options;
	}

	/** Formats {@code text} with two spaces per level. */
	public static Result format(CharSequence text) {
		return format(text, Options.DEFAULT);
	}

	public static Result format(CharSequence text, Options options) {
		ParseResult parse = ModelParser.parse(text);
		List<Diagnostic> errors = parse.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			return new Result(parse.text(), errors);
		}
		ModelFormatter formatter = new ModelFormatter(parse.text(), parse.lex().tokens(), options);
		return new Result(formatter.run(), List.of());
	}

	private String run() {
		Token previous = null;
		Token previousCode = null;
		for (int i = 0; i < tokens.size() - 1; i++) {
			Token token = tokens.get(i);
			int breaks = previous == null ? 0 : lineBreaks(previous.range().end(), token.range().offset());
			if (token.is(TokenKind.COMMENT)) {
				if (previous != null) {
					if (breaks == 0 && !isLineComment(previous)) {
						out.append(' ');
					} else {
						newline(breaks > 1 && !opens(previous), stack.size());
					}
				}
				out.append(token.text());
			} else {
				if (previous != null) {
					Separator natural = previousCode == null ? Separator.NEWLINE : separator(previousCode, token);
					boolean blank = breaks > 1 && !opens(previous) && !token.is(TokenKind.RBRACE);
					if (previous.is(TokenKind.COMMENT)) {
						if (isLineComment(previous) || breaks > 0 || natural == Separator.NEWLINE) {
							newline(blank, indent(token));
						} else {
							out.append(' ');
						}
					} else if (natural == Separator.NEWLINE) {
						newline(blank, indent(token));
					} else if (natural == Separator.SPACE) {
						out.append(' ');
					}
				}
				emit(token, i);
				previousCode = token;
			}
			previous = token;
		}
		trimTrailingSpace();
		if (!out.isEmpty()) {
			out.append('\n');
		}
		return out.toString();
	}

	private void emit(Token token, int i) {
		// an unquoted feature name gets its quotes; all else is written as it was
		out.append(token.is(TokenKind.WORD) ? '"' + token.text() + '"' : token.text());
		switch (token.kind()) {
		case MODEL -> nextBlock = Block.MODEL;
		case PARTITIONS -> nextBlock = Block.POOLS;
		case PARTITION -> nextBlock = Block.POOL;
		case ON -> nextBlock = Block.RULE;
		case WITHOUT -> nextBlock = Block.WITHOUT;
		case LBRACE -> stack.push(new Open(nextBlock, multiline(nextBlock, i)));
		case RBRACE -> stack.poll();
		default -> {
			// nothing to remember
		}
		}
	}

	/** Whether the block opened by the brace at {@code i} puts each of its items on a line of its own. */
	private boolean multiline(Block block, int i) {
		return switch (block) {
		case MODEL, POOLS, POOL -> true;
		case WITHOUT -> !nextCode(i).is(TokenKind.ALL);
		case RULE -> containsWithoutFeatures(i);
		};
	}

	private Token nextCode(int i) {
		for (int j = i + 1; j < tokens.size(); j++) {
			if (!tokens.get(j).is(TokenKind.COMMENT)) {
				return tokens.get(j);
			}
		}
		return tokens.get(tokens.size() - 1);
	}

	/** True if the block opened at {@code i} holds {@code without requested features} with feature lines. */
	private boolean containsWithoutFeatures(int i) {
		int depth = 0;
		boolean inWithout = false;
		for (int j = i; j < tokens.size(); j++) {
			Token token = tokens.get(j);
			if (token.is(TokenKind.LBRACE)) {
				depth++;
			} else if (token.is(TokenKind.RBRACE) && --depth == 0) {
				return false;
			} else if (token.is(TokenKind.WITHOUT)) {
				inWithout = true;
			} else if (inWithout && depth == 2 && !token.is(TokenKind.COMMENT)) {
				return !token.is(TokenKind.ALL);
			}
		}
		return false;
	}

	private Separator separator(Token a, Token b) {
		Open top = stack.peek();
		boolean multiline = top != null && top.multiline();
		if (b.is(TokenKind.RBRACE)) {
			return a.is(TokenKind.LBRACE) || !multiline ? Separator.SPACE : Separator.NEWLINE;
		}
		if (a.is(TokenKind.LBRACE)) {
			return multiline ? Separator.NEWLINE : Separator.SPACE;
		}
		if (top == null ? b.is(TokenKind.MODEL) : multiline && startsItem(top.kind(), a, b)) {
			return Separator.NEWLINE;
		}
		if (NO_SPACE_BEFORE.contains(b.kind()) || NO_SPACE_AFTER.contains(a.kind())
				|| b.is(TokenKind.LPAREN) && MATCHERS.contains(a.kind())) {
			return Separator.NONE;
		}
		return Separator.SPACE;
	}

	private static boolean startsItem(Block block, Token a, Token b) {
		return switch (block) {
		case MODEL -> b.is(TokenKind.PARTITIONS) || b.is(TokenKind.ON);
		case POOLS -> b.is(TokenKind.PARTITION);
		case POOL, WITHOUT -> (b.is(TokenKind.QUOTED_STRING) || b.is(TokenKind.WORD)) && !a.is(TokenKind.MATCHES);
		case RULE -> RULE_ITEMS.contains(b.kind());
		};
	}

	/** The indentation level of a token that starts a line. */
	private int indent(Token token) {
		return token.is(TokenKind.RBRACE) ? Math.max(0, stack.size() - 1) : stack.size();
	}

	private static boolean opens(Token token) {
		return token.is(TokenKind.LBRACE);
	}

	private static boolean isLineComment(Token token) {
		return token.is(TokenKind.COMMENT) && token.text().startsWith("//");
	}

	private void newline(boolean blankLine, int level) {
		trimTrailingSpace();
		out.append('\n');
		if (blankLine) {
			out.append('\n');
		}
		out.append(options.indent().repeat(level));
	}

	private void trimTrailingSpace() {
		int end = out.length();
		while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
			end--;
		}
		out.setLength(end);
	}

	/** Line breaks between two offsets, counting {@code \r\n} once. */
	private int lineBreaks(int from, int to) {
		int breaks = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 >= to || text.charAt(i + 1) != '\n')) {
				breaks++;
			}
		}
		return breaks;
	}
}
