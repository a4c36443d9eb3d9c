package org.seatkeeper.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.seatkeeper.model.Diagnostic;
import org.seatkeeper.model.LexResult;
import org.seatkeeper.model.Lexer;
import org.seatkeeper.model.Severity;
import org.seatkeeper.model.TextRange;
import org.seatkeeper.model.Token;
import org.seatkeeper.model.TokenKind;

class LexerTest {

	/** The documented example with named pools and dictionary rules. */
	static final String EXAMPLE = ModelTexts.EXAMPLES.get("pools and dictionary rules");

	private static List<TokenKind> kinds(String text) {
		return Lexer.lex(text).tokens().stream().map(Token::kind).toList();
	}

	@Test
	void documentedExamplesLexWithoutProblems() {
		for (String example : List.of(EXAMPLE, ModelTexts.EXAMPLES.get("simple allow list"), """
				on hostname("~/[A-Z]{2}[0-9]{3}/") && !hosttype("FLX_CLIENT") || dictionary("k":"~/Eng[0-9]+/") {
				  use "engineering", "sales" without requested features { all from "p1" } continue }
				partition "p" { "f1" 1.0 50% "f2" 2.0 remainder vendor string matches "x" }
				""")) {
			LexResult result = Lexer.lex(example);
			assertEquals(List.of(), result.diagnostics(), example);
			assertTrue(result.tokens().stream().noneMatch(t -> t.is(TokenKind.UNKNOWN) || t.is(TokenKind.WORD)), example);
		}
	}

	@Test
	void everyKeywordAndOperatorHasItsKind() {
		assertEquals(List.of(TokenKind.MODEL, TokenKind.QUOTED_STRING, TokenKind.LBRACE, TokenKind.PARTITIONS, TokenKind.LBRACE,
				TokenKind.PARTITION, TokenKind.QUOTED_STRING, TokenKind.LBRACE, TokenKind.QUOTED_STRING, TokenKind.NUMBER,
				TokenKind.DOT, TokenKind.NUMBER, TokenKind.NUMBER, TokenKind.PERCENT, TokenKind.RBRACE, TokenKind.EOF),
				kinds("model \"m\" { partitions { partition \"p\" { \"f1\" 1.0 50% }"));
		assertEquals(List.of(TokenKind.AND, TokenKind.C_AND, TokenKind.OR, TokenKind.C_OR, TokenKind.NOT, TokenKind.C_NOT,
				TokenKind.COLON, TokenKind.COMMA, TokenKind.WILDCARD, TokenKind.LPAREN, TokenKind.RPAREN, TokenKind.EOF),
				kinds("and && or || not ! : , * ( )"));
		for (TokenKind kind : TokenKind.values()) {
			if (kind.isKeyword()) {
				assertEquals(List.of(kind, TokenKind.EOF), kinds(kind.text().orElseThrow()), kind.name());
			}
		}
	}

	@Test
	void keywordsAreCaseSensitiveAndOtherWordsAreWords() {
		assertEquals(List.of(TokenKind.WORD, TokenKind.WORD, TokenKind.MODEL, TokenKind.EOF), kinds("Model ACCEPT model"));
		Token word = Lexer.lex("f1-beta_2").tokens().get(0);
		assertEquals(TokenKind.WORD, word.kind());
		assertEquals("f1-beta_2", word.text());
	}

	@Test
	void digitsFormOneNumberAndVersionsAreNumberDotNumber() {
		List<Token> tokens = Lexer.lex("10.25 1 0").tokens();
		assertEquals(List.of("10", ".", "25", "1", "0", ""), tokens.stream().map(Token::text).toList());
	}

	@Test
	void stringValuesResolveTheTwoEscapes() {
		Token token = Lexer.lex("\"a \\\"quoted\\\" \\\\ path\"").tokens().get(0);
		assertEquals(TokenKind.QUOTED_STRING, token.kind());
		assertEquals("\"a \\\"quoted\\\" \\\\ path\"", token.text());
		assertEquals("a \"quoted\" \\ path", token.value());
		assertEquals("~/[A-Z]{2}/", Lexer.lex("\"~/[A-Z]{2}/\"").tokens().get(0).value());
	}

	@Test
	void tokensCarryExactRangesWithLineAndColumn() {
		List<Token> tokens = Lexer.lex("model \"m\" {\n\t  on any()").tokens();
		assertEquals(new TextRange(6, 3, 1, 7), tokens.get(1).range());
		Token on = tokens.get(3);
		assertEquals(TokenKind.ON, on.kind());
		assertEquals(new TextRange(15, 2, 2, 4), on.range());
		assertEquals(new TextRange(23, 0, 2, 12), tokens.get(tokens.size() - 1).range(), "EOF at the end");
	}

	@Test
	void commentsAreKeptAsTokensButNotSignificant() {
		LexResult result = Lexer.lex("// pools\nmodel /* the name */ \"m\"");
		assertEquals(List.of(TokenKind.COMMENT, TokenKind.MODEL, TokenKind.COMMENT, TokenKind.QUOTED_STRING, TokenKind.EOF),
				result.tokens().stream().map(Token::kind).toList());
		assertEquals("// pools", result.tokens().get(0).text());
		assertEquals(List.of(TokenKind.MODEL, TokenKind.QUOTED_STRING, TokenKind.EOF),
				result.significantTokens().stream().map(Token::kind).toList());
	}

	@Test
	void unterminatedStringEndsAtItsLineAndIsReported() {
		LexResult result = Lexer.lex("use \"sales\n accept");
		Diagnostic problem = result.diagnostics().get(0);
		assertEquals(Lexer.UNTERMINATED_STRING, problem.code());
		assertEquals(Severity.ERROR, problem.severity());
		assertEquals(new TextRange(4, 6, 1, 5), problem.range());
		assertEquals(List.of(TokenKind.USE, TokenKind.QUOTED_STRING, TokenKind.ACCEPT, TokenKind.EOF),
				result.tokens().stream().map(Token::kind).toList(), "reading goes on on the next line");
		assertEquals("sales", result.tokens().get(1).value());
	}

	@Test
	void invalidEscapeIsReportedAtTheBackslash() {
		LexResult result = Lexer.lex("\"C:\\dir\"");
		assertEquals(1, result.diagnostics().size());
		assertEquals(Lexer.INVALID_ESCAPE, result.diagnostics().get(0).code());
		assertEquals(new TextRange(3, 2, 1, 4), result.diagnostics().get(0).range());
		assertEquals("C:\\dir", result.tokens().get(0).value(), "the backslash is kept");
	}

	@Test
	void unterminatedCommentIsReportedAtItsStart() {
		LexResult result = Lexer.lex("model\n  /* never closed\n");
		assertEquals(Lexer.UNTERMINATED_COMMENT, result.diagnostics().get(0).code());
		assertEquals(new TextRange(8, 2, 2, 3), result.diagnostics().get(0).range());
		assertEquals(List.of(TokenKind.MODEL, TokenKind.COMMENT, TokenKind.EOF), kinds("model\n  /* never closed\n"));
	}

	@Test
	void unknownCharactersAreReportedWithAHint() {
		LexResult result = Lexer.lex("on any() & hostid('x') # c \u00e9");
		List<String> messages = result.diagnostics().stream().map(Diagnostic::message).toList();
		assertEquals(List.of("Unexpected character '&' (U+0026): write '&&' or 'and'",
				"Unexpected character ''' (U+0027): strings are written in double quotes",
				"Unexpected character ''' (U+0027): strings are written in double quotes",
				"Unexpected character '#' (U+0023): comments are written // or /* */",
				"Unexpected character '\u00e9' (U+00E9)"), messages);
		assertEquals(new TextRange(9, 1, 1, 10), result.diagnostics().get(0).range());
	}

	@Test
	void diagnosticsFormatLikeACompiler() {
		Diagnostic problem = Lexer.lex("\n  \"open").diagnostics().get(0);
		assertEquals("pools.model:2:3: error: String is not closed: add '\"' before the end of the line",
				problem.format("pools.model"));
	}

	/**
	 * Random text, and mutations of the example: the lexer never throws, every token and diagnostic
	 * lies inside the text, tokens are in order without overlap, and every character that is no white
	 * space belongs to a token.
	 */
	@Test
	void anyInputGivesWellFormedTokens() {
		Random random = new Random(20261122);
		String alphabet = "model\"{}()%.,:*!&|/\\ \n\r\t0123456789abcz~\u00e9\ud83d\ude00";
		for (int i = 0; i < 20_000; i++) {
			String text;
			if (i % 2 == 0) {
				StringBuilder b = new StringBuilder();
				int length = random.nextInt(60);
				for (int j = 0; j < length; j++) {
					b.append(alphabet.charAt(random.nextInt(alphabet.length())));
				}
				text = b.toString();
			} else {
				StringBuilder b = new StringBuilder(EXAMPLE);
				for (int edits = random.nextInt(4) + 1; edits > 0 && !b.isEmpty(); edits--) {
					int at = random.nextInt(b.length());
					if (random.nextBoolean()) {
						b.deleteCharAt(at);
					} else {
						b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
					}
				}
				text = b.toString();
			}
			assertWellFormed(text, Lexer.lex(text));
		}
	}

	private static void assertWellFormed(String text, LexResult result) {
		boolean[] covered = new boolean[text.length()];
		int previousEnd = 0;
		for (Token token : result.tokens()) {
			TextRange r = token.range();
			assertTrue(r.offset() >= previousEnd && r.isWithin(text.length()), () -> "token " + token + " in " + text);
			assertEquals(text.substring(r.offset(), r.end()), token.text());
			for (int k = r.offset(); k < r.end(); k++) {
				covered[k] = true;
			}
			previousEnd = r.end();
		}
		assertEquals(TokenKind.EOF, result.tokens().get(result.tokens().size() - 1).kind());
		for (int k = 0; k < text.length(); k++) {
			char c = text.charAt(k);
			boolean blank = c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
			final int at = k;
			assertTrue(blank || covered[k], () -> "character " + at + " of " + text + " is in no token");
		}
		for (Diagnostic d : result.diagnostics()) {
			assertTrue(d.range().isWithin(text.length()), () -> d + " in " + text);
		}
	}
}
