package org.seatkeeper.model.ui.internal.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.seatkeeper.model.Lexer;
import org.seatkeeper.model.TextRange;
import org.seatkeeper.model.ui.ModelUi;
import org.seatkeeper.model.ui.internal.assist.PoolOccurrences;

/**
 * Marks the occurrences of the pool name under the caret (its definition and every use), off the UI
 * thread. Contributed for model definitions in place of the generic editor's word highlighting, which
 * searches the whole text with a regular expression on the UI thread at every caret move.
 */
public final class PoolOccurrencesReconciler implements IReconciler {

	static final String ANNOTATION_TYPE = "org.eclipse.ui.genericeditor.text";

	private volatile ISourceViewer viewer;
	private volatile int caret = -1;
	private Annotation[] shown = new Annotation[0];
	private final ISelectionChangedListener listener = event -> {
		if (event.getSelection() instanceof ITextSelection selection) {
			caret = selection.getOffset();
			schedule();
		}
	};
	private final Job job = new Job(Messages.Occurrences_job) {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			ISourceViewer current = viewer;
			IDocument document = current == null ? null : current.getDocument();
			if (document == null) {
				return Status.OK_STATUS;
			}
			int offset = caret;
			List<TextRange> ranges;
			try {
				IRegion line = document.getLineInformationOfOffset(offset);
				ranges = PoolOccurrences.mayNamePool(document.get(line.getOffset(), line.getLength()), offset - line.getOffset())
						? PoolOccurrences.at(Lexer.lex(document.get()).tokens(), offset)
						: List.of();
			} catch (BadLocationException e) {
				return Status.CANCEL_STATUS; // the text changed under the caret: a newer selection follows
			}
			if (monitor.isCanceled() || current.getTextWidget() == null) {
				return Status.CANCEL_STATUS;
			}
			current.getTextWidget().getDisplay().asyncExec(() -> show(current, ranges));
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == ModelUi.JOB_FAMILY;
		}
	};

	public PoolOccurrencesReconciler() {
		job.setSystem(true);
	}

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ISourceViewer source && textViewer.getSelectionProvider() instanceof IPostSelectionProvider post) {
			viewer = source;
			post.addPostSelectionChangedListener(listener);
		}
	}

	@Override
	public void uninstall() {
		ISourceViewer current = viewer;
		if (current != null && current.getSelectionProvider() instanceof IPostSelectionProvider post) {
			post.removePostSelectionChangedListener(listener);
		}
		job.cancel();
		viewer = null;
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	private void schedule() {
		job.cancel();
		job.schedule(100);
	}

	private void show(ISourceViewer current, List<TextRange> ranges) {
		IAnnotationModel model = current.getAnnotationModel();
		if (model == null || current.getTextWidget() == null || current.getTextWidget().isDisposed()) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (TextRange range : ranges) {
			added.put(new Annotation(ANNOTATION_TYPE, false, "Pool occurrence"), new Position(range.offset(), range.length()));
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(shown, added);
		} else {
			for (Annotation annotation : shown) {
				model.removeAnnotation(annotation);
			}
			added.forEach(model::addAnnotation);
		}
		shown = added.keySet().toArray(Annotation[]::new);
	}
}
