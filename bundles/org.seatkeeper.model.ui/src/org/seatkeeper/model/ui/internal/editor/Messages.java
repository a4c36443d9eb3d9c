package org.seatkeeper.model.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.model.ui.internal.editor.messages";

	public static String Format_syntaxError;
	public static String Format_already;
	public static String Format_done;
	public static String Occurrences_job;
	public static String Folding_job;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
