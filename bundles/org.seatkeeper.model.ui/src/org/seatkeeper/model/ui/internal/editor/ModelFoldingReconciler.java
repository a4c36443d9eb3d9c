package org.seatkeeper.model.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;

/**
 * Folding of blocks and long comments: regions are computed off the UI thread after each change and
 * applied in one batch ({@code modifyAnnotations}); regions that did not move keep their folded state.
 */
public final class ModelFoldingReconciler extends DocumentJobReconciler {

	public ModelFoldingReconciler() {
		super(Messages.Folding_job, 200);
	}

	@Override
	protected IStatus reconcile(IDocument document, IProgressMonitor monitor) {
		long stamp = stamp(document);
		List<Position> regions = FoldingRegions.compute(document.get());
		if (monitor.isCanceled() || stamp != stamp(document)) {
			return Status.CANCEL_STATUS;
		}
		ITextViewer viewer = viewer();
		if (viewer == null || viewer.getTextWidget() == null) {
			return Status.OK_STATUS;
		}
		viewer.getTextWidget().getDisplay().asyncExec(() -> {
			if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed() && stamp == stamp(document)
					&& viewer instanceof ProjectionViewer projection && projection.getProjectionAnnotationModel() != null) {
				apply(projection.getProjectionAnnotationModel(), regions);
			}
		});
		return Status.OK_STATUS;
	}

	private static void apply(ProjectionAnnotationModel model, List<Position> regions) {
		Set<Position> wanted = new HashSet<>(regions);
		List<Annotation> deleted = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation instanceof ProjectionAnnotation) {
				Position position = model.getPosition(annotation);
				if (position != null && wanted.remove(new Position(position.getOffset(), position.getLength()))) {
					continue;
				}
				deleted.add(annotation);
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Position position : regions) {
			if (wanted.contains(position)) {
				added.put(new ProjectionAnnotation(), position);
			}
		}
		model.modifyAnnotations(deleted.toArray(Annotation[]::new), added, null);
	}
}
