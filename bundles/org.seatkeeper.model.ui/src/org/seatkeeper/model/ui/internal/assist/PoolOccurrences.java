package org.seatkeeper.model.ui.internal.assist;

import java.util.ArrayList;
import java.util.List;

import org.seatkeeper.model.Lexer;
import org.seatkeeper.model.TextRange;
import org.seatkeeper.model.Token;
import org.seatkeeper.model.TokenKind;

/**
 * Where a pool name occurs: in its {@code partition} definition and in every {@code use} or
 * {@code all from} list. Given the tokens of a model and a caret on one of those names, answers the
 * ranges of all of them; anywhere else, none.
 */
public final class PoolOccurrences {

	private PoolOccurrences() {
	}

	public static List<TextRange> at(List<Token> tokens, int offset) {
		List<Token> significant = tokens.stream().filter(t -> t.kind() != TokenKind.COMMENT && t.kind() != TokenKind.EOF).toList();
		String name = null;
		for (int i = 0; i < significant.size(); i++) {
			Token token = significant.get(i);
			if (offset >= token.range().offset() && offset <= token.range().end() && namesPool(significant, i)) {
				name = token.value();
				break;
			}
		}
		List<TextRange> ranges = new ArrayList<>();
		if (name != null) {
			for (int i = 0; i < significant.size(); i++) {
				if (name.equals(significant.get(i).value()) && namesPool(significant, i)) {
					ranges.add(significant.get(i).range());
				}
			}
		}
		return ranges;
	}

	/**
	 * False when the caret, at {@code offset} in {@code line}, is surely not on a pool name: the line's own
	 * tokens put no string there. Saves reading the whole model at each caret move. A line that may close
	 * a block comment opened above is not judged alone (its first tokens may then be no code at all).
	 */
	public static boolean mayNamePool(String line, int offset) {
		if (line.contains("*/")) {
			return true;
		}
		for (Token token : Lexer.lex(line).tokens()) {
			if (offset >= token.range().offset() && offset <= token.range().end()) {
				if (token.kind() == TokenKind.QUOTED_STRING) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether token {@code i} is a string that names a pool. */
	private static boolean namesPool(List<Token> tokens, int i) {
		if (tokens.get(i).kind() != TokenKind.QUOTED_STRING || i == 0) {
			return false;
		}
		int j = i - 1;
		if (tokens.get(j).kind() == TokenKind.PARTITION) {
			return true;
		}
		while (j >= 1 && tokens.get(j).kind() == TokenKind.COMMA && tokens.get(j - 1).kind() == TokenKind.QUOTED_STRING) {
			j -= 2;
		}
		return j >= 0 && (tokens.get(j).kind() == TokenKind.USE || tokens.get(j).kind() == TokenKind.FROM);
	}
}
