package org.seatkeeper.model.ui.internal.highlight;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.seatkeeper.model.ui.internal.preferences.SyntaxStyle;

/** A partition as one token of one style (comments). */
final class WholeRangeScanner implements ITokenScanner {

	private final SyntaxTokens styles;
	private final SyntaxStyle style;
	private int offset;
	private int length;
	private boolean done;

	WholeRangeScanner(SyntaxTokens styles, SyntaxStyle style) {
		this.styles = styles;
		this.style = style;
	}

	@Override
	public void setRange(IDocument document, int rangeOffset, int rangeLength) {
		offset = rangeOffset;
		length = rangeLength;
		done = false;
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
