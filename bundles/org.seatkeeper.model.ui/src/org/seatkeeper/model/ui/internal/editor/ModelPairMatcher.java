package org.seatkeeper.model.ui.internal.editor;

import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Matching brackets: braces and parentheses, outside comments and strings. */
public final class ModelPairMatcher extends DefaultCharacterPairMatcher {

	public ModelPairMatcher() {
		super(new char[] { '{', '}', '(', ')' }, IDocumentExtension3.DEFAULT_PARTITIONING, true);
	}
}
