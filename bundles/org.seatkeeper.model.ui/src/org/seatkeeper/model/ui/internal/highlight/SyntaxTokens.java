package org.seatkeeper.model.ui.internal.highlight;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.seatkeeper.model.ui.internal.preferences.SyntaxStyle;

/**
 * One token per style, whose text attribute follows the preferences: {@link #update(IPreferenceStore)}
 * changes the tokens in place, so scanners keep them.
 */
final class SyntaxTokens {

	private final Map<SyntaxStyle, Token> tokens = new EnumMap<>(SyntaxStyle.class);

	SyntaxTokens(IPreferenceStore store) {
		for (SyntaxStyle style : SyntaxStyle.values()) {
			tokens.put(style, new Token(null));
		}
		update(store);
	}

	Token get(SyntaxStyle style) {
		return tokens.get(style);
	}

	void update(IPreferenceStore store) {
		for (SyntaxStyle style : SyntaxStyle.values()) {
			Color color = new Color(PreferenceConverter.getColor(store, style.colorKey()));
			tokens.get(style).setData(new TextAttribute(color, null, store.getBoolean(style.boldKey()) ? SWT.BOLD : SWT.NORMAL));
		}
	}
}
