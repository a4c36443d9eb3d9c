package org.seatkeeper.model.ui.internal.editor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.jface.text.Position;
import org.seatkeeper.model.LexResult;
import org.seatkeeper.model.LineIndex;
import org.seatkeeper.model.Lexer;
import org.seatkeeper.model.Token;
import org.seatkeeper.model.TokenKind;

/**
 * What can be folded in a model definition: every {@code { … }} block that spans lines, and comments
 * of three lines or more. A region covers whole lines, from the line of its start to the end of the
 * line of its end (with the line break), as the editor folds lines.
 */
public final class FoldingRegions {

	static final int LONG_COMMENT_LINES = 3;

	private FoldingRegions() {
	}

	public static List<Position> compute(String text) {
		LexResult lex = Lexer.lex(text);
		LineIndex lines = lex.lines();
		List<Position> regions = new ArrayList<>();
		Deque<Token> open = new ArrayDeque<>();
		for (Token token : lex.tokens()) {
			if (token.kind() == TokenKind.LBRACE) {
				open.push(token);
			} else if (token.kind() == TokenKind.RBRACE && !open.isEmpty()) {
				add(regions, text, lines, open.pop().range().offset(), token.range().end() - 1, 2);
			} else if (token.kind() == TokenKind.COMMENT) {
				add(regions, text, lines, token.range().offset(), token.range().end() - 1, LONG_COMMENT_LINES);
			}
		}
		regions.sort((a, b) -> Integer.compare(a.getOffset(), b.getOffset()));
		return regions;
	}

	private static void add(List<Position> regions, String text, LineIndex lines, int from, int to, int minimumLines) {
		int firstLine = lines.line(from);
		int lastLine = lines.line(Math.max(from, to));
		if (lastLine - firstLine + 1 < minimumLines) {
			return;
		}
		int start = lines.lineStart(firstLine);
		int end = lastLine + 1 <= lines.lineCount() ? lines.lineStart(lastLine + 1) : text.length();
		regions.add(new Position(start, end - start));
	}
}
