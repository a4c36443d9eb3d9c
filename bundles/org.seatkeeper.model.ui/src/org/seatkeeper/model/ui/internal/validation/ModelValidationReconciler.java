package org.seatkeeper.model.ui.internal.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
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
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.seatkeeper.model.Diagnostic;
import org.seatkeeper.model.ModelAnalysis;
import org.seatkeeper.model.Severity;
import org.seatkeeper.model.ui.ModelUi;

/**
 * Validates a model definition as it is typed: 300 ms after the last change, a job (family
 * {@link ModelUi#JOB_FAMILY}) analyses the text with the model core, off the UI thread, and shows each
 * diagnostic at its exact range — as problem markers (Problems view and editor) for a workspace file,
 * as editor annotations otherwise. A change while it runs cancels it and starts over.
 */
public final class ModelValidationReconciler implements IReconciler {

	static final long DELAY_MILLIS = 300;
	private static final String ERROR_ANNOTATION = "org.eclipse.ui.workbench.texteditor.error";
	private static final String WARNING_ANNOTATION = "org.eclipse.ui.workbench.texteditor.warning";

	private final Job job = new Job("Validating the model definition") {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			return validate(monitor);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == ModelUi.JOB_FAMILY;
		}
	};
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
	private List<Annotation> shown = List.of();

	public ModelValidationReconciler() {
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
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
		job.schedule(DELAY_MILLIS);
	}

	private IStatus validate(IProgressMonitor monitor) {
		IDocument current = document;
		if (current == null) {
			return Status.OK_STATUS;
		}
		long stamp = stamp(current);
		ModelAnalysis analysis = ModelAnalysis.of(current.get());
		if (monitor.isCanceled() || stamp != stamp(current)) {
			return Status.CANCEL_STATUS;
		}
		IFile file = file(current);
		try {
			if (file != null) {
				showAsMarkers(file, analysis.diagnostics(), current.getLength());
			} else {
				showAsAnnotations(analysis.diagnostics());
			}
		} catch (CoreException e) {
			ILog.of(getClass()).log(new Status(IStatus.ERROR, ModelUi.PLUGIN_ID,
					"Could not show the problems of " + file.getFullPath() + ": " + e.getMessage(), e));
		}
		return Status.OK_STATUS;
	}

	private static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp() : document.getLength();
	}

	/** The workspace file whose buffer holds {@code document}, or {@code null}. */
	private static IFile file(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null) {
			return null;
		}
		IPath location = buffer.getLocation();
		if (location == null) {
			return null;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(location);
		return file.exists() ? file : null;
	}

	private static void showAsMarkers(IFile file, List<Diagnostic> diagnostics, int length) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.run(monitor -> {
			file.deleteMarkers(ModelUi.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
			for (Diagnostic diagnostic : diagnostics) {
				Map<String, Object> attributes = new HashMap<>();
				int start = Math.min(diagnostic.range().offset(), length);
				attributes.put(IMarker.CHAR_START, start);
				attributes.put(IMarker.CHAR_END, Math.min(Math.max(diagnostic.range().end(), start + 1), Math.max(length, start)));
				attributes.put(IMarker.LINE_NUMBER, diagnostic.range().line());
				attributes.put(IMarker.MESSAGE, diagnostic.message());
				attributes.put(IMarker.SEVERITY, severity(diagnostic.severity()));
				attributes.put(IMarker.SOURCE_ID, ModelUi.PLUGIN_ID);
				attributes.put("code", diagnostic.code());
				file.createMarker(ModelUi.PROBLEM_MARKER, attributes);
			}
		}, workspace.getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, null);
	}

	private static int severity(Severity severity) {
		return switch (severity) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		};
	}

	private void showAsAnnotations(List<Diagnostic> diagnostics) {
		if (!(viewer instanceof ISourceViewer source) || source.getAnnotationModel() == null) {
			return;
		}
		IAnnotationModel model = source.getAnnotationModel();
		Map<Annotation, Position> added = new HashMap<>();
		for (Diagnostic diagnostic : diagnostics) {
			Annotation annotation = new Annotation(diagnostic.severity() == Severity.ERROR ? ERROR_ANNOTATION : WARNING_ANNOTATION,
					false, diagnostic.message());
			added.put(annotation, new Position(diagnostic.range().offset(), Math.max(1, diagnostic.range().length())));
		}
		synchronized (this) {
			if (model instanceof IAnnotationModelExtension extension) {
				extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
			} else {
				shown.forEach(model::removeAnnotation);
				added.forEach(model::addAnnotation);
			}
			shown = new ArrayList<>(added.keySet());
		}
	}
}
