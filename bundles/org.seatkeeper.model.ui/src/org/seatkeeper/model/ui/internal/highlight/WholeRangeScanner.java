package org.seatkeeper.model.ui.internal.highlight;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.seatkeeper.model.ui.internal.preferences.SyntaxStyle;

/**
 * A partition as one token: comments in the comment style; strings in the string style, or the
 * regular-expression style when they start with {@code "~/}.
 */
final class WholeRangeScanner implements ITokenScanner {

	private final SyntaxTokens styles;
	private final SyntaxStyle fixed;
	private int offset;
	private int length;
	private SyntaxStyle style;
	private boolean done;

	/** @param fixed the style of every range, or {@code null} for strings (string or regular expression) */
	WholeRangeScanner(SyntaxTokens styles, SyntaxStyle fixed) {
		this.styles = styles;
		this.fixed = fixed;
	}

	@Override
	public void setRange(IDocument document, int rangeOffset, int rangeLength) {
		offset = rangeOffset;
		length = rangeLength;
		done = false;
		style = fixed;
		if (style == null) {
			try {
				style = rangeLength >= 3 && document.get(rangeOffset, 3).equals("\"~/") ? SyntaxStyle.REGEX : SyntaxStyle.STRING;
			} catch (BadLocationException e) {
				style = SyntaxStyle.STRING;
			}
		}
	}

	@Override
	public IToken nextToken() {
		if (done || length == 0) {
			return Token.EOF;
		}
		done = true;
		return styles.get(style);
	}

	@Override
	public int getTokenOffset() {
		return offset;
	}

	@Override
	public int getTokenLength() {
		return length;
	}
}
