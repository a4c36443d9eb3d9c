package org.seatkeeper.model.ui.internal.preferences;

import org.eclipse.swt.graphics.RGB;

/**
 * The kinds of text the editor colours, each with a colour for light and one for dark themes and
 * whether it is bold. The light colours are the preferences' defaults; the dark theme overrides them
 * through {@code css/dark.css}, which lists the same values.
 */
public enum SyntaxStyle {
	KEYWORD("keyword", Messages.SyntaxStyle_keywords, new RGB(127, 0, 85), new RGB(204, 120, 190), true),
	STRING("string", Messages.SyntaxStyle_strings, new RGB(42, 0, 255), new RGB(23, 198, 163), false),
	REGEX("regex", Messages.SyntaxStyle_regex, new RGB(176, 80, 0), new RGB(230, 163, 92), false),
	NUMBER("number", Messages.SyntaxStyle_numbers, new RGB(18, 90, 122), new RGB(104, 151, 187), false),
	VERSION("version", Messages.SyntaxStyle_versions, new RGB(0, 120, 110), new RGB(78, 201, 176), false),
	PERCENT("percent", Messages.SyntaxStyle_percentages, new RGB(140, 70, 20), new RGB(215, 186, 125), false),
	OPERATOR("operator", Messages.SyntaxStyle_operators, new RGB(80, 80, 80), new RGB(180, 180, 180), false),
	COMMENT("comment", Messages.SyntaxStyle_comments, new RGB(63, 127, 95), new RGB(122, 158, 122), false);

	private final String id;
	private final String label;
	private final RGB light;
	private final RGB dark;
	private final boolean bold;

	SyntaxStyle(String id, String label, RGB light, RGB dark, boolean bold) {
		this.id = id;
		this.label = label;
		this.light = light;
		this.dark = dark;
		this.bold = bold;
	}

	public String label() {
		return label;
	}

	/** The preference key of the colour, e.g. {@code syntax.keyword.color}. */
	public String colorKey() {
		return "syntax." + id + ".color";
	}

	/** The preference key of the bold flag. */
	public String boldKey() {
		return "syntax." + id + ".bold";
	}

	public RGB lightColor() {
		return light;
	}

	public RGB darkColor() {
		return dark;
	}

	public boolean isBoldByDefault() {
		return bold;
	}
}
