package org.seatkeeper.model.ui.internal.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.seatkeeper.model.ui.ModelUi;

/**
 * Runs work on an editor's text off the UI thread, a moment after the last change: each change
 * cancels the pending or running job and schedules it again ({@code job.cancel(); job.schedule(delay)}).
 * Jobs belong to {@link ModelUi#JOB_FAMILY} so that tests can wait for them.
 */
public abstract class DocumentJobReconciler implements IReconciler {

	private final long delayMillis;
	private final Job job;
	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			// nothing before the change
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			schedule();
		}
	};
	private final ITextInputListener inputListener = new ITextInputListener() {
		@Override
		public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
			// see inputDocumentChanged
		}

		@Override
		public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
			bind(oldInput, newInput);
		}
	};
	private volatile ITextViewer viewer;
	private volatile IDocument document;

	protected DocumentJobReconciler(String name, long delayMillis) {
		this.delayMillis = delayMillis;
		this.job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				IDocument current = document;
				return current == null ? Status.OK_STATUS : reconcile(current, monitor);
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ModelUi.JOB_FAMILY;
			}
		};
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
	}

	/** Does the work for {@code document}, in the job's thread; checks {@code monitor} for cancellation. */
	protected abstract IStatus reconcile(IDocument document, IProgressMonitor monitor);

	/** The viewer this reconciler is installed on, or null. */
	protected ITextViewer viewer() {
		return viewer;
	}

	/** A number that changes with every change of {@code document}. */
	protected static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp() : document.getLength();
	}

	@Override
	public void install(ITextViewer textViewer) {
		viewer = textViewer;
		textViewer.addTextInputListener(inputListener);
		bind(null, textViewer.getDocument());
	}

	@Override
	public void uninstall() {
		ITextViewer current = viewer;
		if (current != null) {
			current.removeTextInputListener(inputListener);
		}
		bind(document, null);
		job.cancel();
		viewer = null;
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	private void bind(IDocument oldDocument, IDocument newDocument) {
		if (oldDocument != null) {
			oldDocument.removeDocumentListener(documentListener);
		}
		document = newDocument;
		if (newDocument != null) {
			newDocument.addDocumentListener(documentListener);
			schedule();
		}
	}

	private void schedule() {
		job.cancel();
		job.schedule(delayMillis);
	}
}
