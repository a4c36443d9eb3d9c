package org.seatkeeper.ui;

/**
 * Identifiers of Seatkeeper's workbench contributions, for other bundles, tests and the product.
 */
public final class SeatkeeperUi {

	/** The Seatkeeper application (extension {@code org.eclipse.core.runtime.applications}). */
	public static final String APPLICATION_ID = "org.seatkeeper.ui.application";

	/** The "License Server" perspective. */
	public static final String PERSPECTIVE_ID = "org.seatkeeper.ui.perspective";

	/** The About view. */
	public static final String ABOUT_VIEW_ID = "org.seatkeeper.ui.views.about";

	/** The Eclipse Error Log view, shown in the perspective when it is installed. */
	public static final String ERROR_LOG_VIEW_ID = "org.eclipse.pde.runtime.LogView";

	/** The family of every Job that Seatkeeper's UI schedules (tests join it instead of sleeping). */
	public static final Object JOB_FAMILY = SeatkeeperUi.class;

	private SeatkeeperUi() {
	}
}
