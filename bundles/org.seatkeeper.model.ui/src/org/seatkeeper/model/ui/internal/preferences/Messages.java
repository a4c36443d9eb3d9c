package org.seatkeeper.model.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.model.ui.internal.preferences.messages";

	public static String SyntaxStyle_keywords;
	public static String SyntaxStyle_strings;
	public static String SyntaxStyle_regex;
	public static String SyntaxStyle_numbers;
	public static String SyntaxStyle_versions;
	public static String SyntaxStyle_percentages;
	public static String SyntaxStyle_operators;
	public static String SyntaxStyle_comments;
	public static String SyntaxPage_bold;
	public static String SyntaxPage_style;
	public static String SyntaxPage_description;
	// fields

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
