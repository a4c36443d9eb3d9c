package org.seatkeeper.model.ui;

/** Identifiers other bundles and tests use to find the model-definition editor's parts. */
public final class ModelUi {

	/** The plug-in's id, also its preference node. */
	public static final String PLUGIN_ID = "org.seatkeeper.model.ui";
	/** The content type of model-definition files. */
	public static final String CONTENT_TYPE = "org.seatkeeper.model.definition";
	/** The file extension of model-definition files. */
	public static final String EXTENSION = "model";
	/** The marker type of model-definition problems (a subtype of problem markers). */
	public static final String PROBLEM_MARKER = "org.seatkeeper.model.ui.problem";
	/** The id of the generic editor, which opens model-definition files. */
	public static final String EDITOR_ID = "org.eclipse.ui.genericeditor.GenericEditor";
	/** The family of the editor's background jobs (validation), for tests to join. */
	public static final Object JOB_FAMILY = ModelUi.class;

	private ModelUi() {
	}
}
