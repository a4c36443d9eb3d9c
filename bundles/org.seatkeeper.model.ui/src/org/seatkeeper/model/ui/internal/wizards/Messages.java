package org.seatkeeper.model.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.model.ui.internal.wizards.messages";

	public static String NewModelWizard_title;
	public static String NewModelWizard_pageTitle;
	public static String NewModelWizard_pageDescription;
	public static String NewModelWizard_notOpened;
	// fields

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
