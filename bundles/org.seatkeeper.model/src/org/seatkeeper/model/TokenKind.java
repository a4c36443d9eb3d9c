package org.seatkeeper.model;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The kinds of token of the model-definition language. Keywords are lower-case and case-sensitive, as
 * in the published lexer grammar.
 */
public enum TokenKind {
	// keywords
	MODEL("model"), ON("on"), PARTITIONS("partitions"), PARTITION("partition"), REMAINDER("remainder"), ANY("any"),
	HOSTID("hostid"), USE("use"), ACCEPT("accept"), DENY("deny"), CONTINUE("continue"), WITHOUT("without"),
	REQUESTED("requested"), FEATURES("features"), ALL("all"), FROM("from"), HOSTNAME("hostname"),
	HOSTTYPE("hosttype"), DICTIONARY("dictionary"), VENDOR("vendor"), STRING("string"), MATCHES("matches"),
	AND("and"), OR("or"), NOT("not"),
	// punctuation and operators
	LPAREN("("), RPAREN(")"), LBRACE("{"), RBRACE("}"), COMMA(","), COLON(":"), WILDCARD("*"), PERCENT("%"),
	DOT("."), C_AND("&&"), C_OR("||"), C_NOT("!"),
	/** A run of decimal digits. */
	NUMBER(null),
	/** A double-quoted string; its {@link Token#value()} has the escapes resolved. */
	QUOTED_STRING(null),
	/** A bare word that is no keyword (only tolerated as an unquoted feature name). */
	WORD(null),
	/** {@code // ...} or {@code /* ... *}{@code /}; kept for the formatter and folding, ignored by the parser. */
	COMMENT(null),
	/** A character the language does not have. */
	UNKNOWN(null),
	/** The end of the text (length 0). */
	EOF(null);

	private static final Map<String, TokenKind> KEYWORDS = Stream.of(values())
			.filter(k -> k.text != null && Character.isLetter(k.text.charAt(0)))
			.collect(Collectors.toUnmodifiableMap(k -> k.text, Function.identity()));

	private final String text;

	TokenKind(String text) {
		this.text = text;
	}

	/** The fixed text of a keyword or punctuation token, empty for the others. */
	public Optional<String> text() {
		return Optional.ofNullable(text);
	}

	public boolean isKeyword() {
		return text != null && Character.isLetter(text.charAt(0));
	}

	/** The keyword spelled {@code word}, if there is one (case-sensitive). */
	public static Optional<TokenKind> keyword(String word) {
		return Optional.ofNullable(KEYWORDS.get(word));
	}

	/** How the token is named in messages: {@code 'partition'}, {@code '{'}, {@code a number}, ... */
	public String describe() {
		if (text != null) {
			return "'" + text + "'";
		}
		return switch (this) {
		case NUMBER -> "a number";
		case QUOTED_STRING -> "a quoted string";
		case WORD -> "a word";
		case COMMENT -> "a comment";
		case UNKNOWN -> "an unknown character";
		case EOF -> "the end of the file";
		default -> name();
		};
	}
}
