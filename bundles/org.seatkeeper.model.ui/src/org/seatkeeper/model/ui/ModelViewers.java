package org.seatkeeper.model.ui;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.seatkeeper.model.ui.internal.highlight.ModelPartitions;
import org.seatkeeper.model.ui.internal.highlight.ModelPresentationReconciler;

/**
 * Model-definition text outside the editor's files, e.g. the model a server has active: the same
 * highlighting as the editor, following the same colour preferences.
 */
public final class ModelViewers {

	private ModelViewers() {
	}

	/** Configures {@code viewer} to highlight model definitions; call once, before {@link #show}. */
	public static void configure(SourceViewer viewer) {
		viewer.configure(new SourceViewerConfiguration() {
			@Override
			public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
				return new ModelPresentationReconciler();
			}

			@Override
			public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
				return ModelPartitions.PARTITIONING;
			}
		});
	}

	/** Shows {@code text} in a viewer set up by {@link #configure}. */
	public static void show(SourceViewer viewer, String text) {
		IDocument document = new Document(text);
		partition(document);
		viewer.setDocument(document);
	}

	/**
	 * Sets up {@code document} as the editor's files are (its partitioning), for a document that does not
	 * come from a file, e.g. a server's model edited in place.
	 */
	public static void partition(IDocument document) {
		new ModelPartitions().setup(document);
	}
}
