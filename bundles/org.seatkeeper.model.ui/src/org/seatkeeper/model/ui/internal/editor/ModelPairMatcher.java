package org.seatkeeper.model.ui.internal.editor;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.seatkeeper.model.ui.internal.highlight.ModelPartitions;

/** Matching brackets: braces and parentheses, outside comments and strings. */
public final class ModelPairMatcher extends DefaultCharacterPairMatcher {

	public ModelPairMatcher() {
		super(new char[] { '{', '}', '(', ')' }, ModelPartitions.PARTITIONING, true);
	}
}
