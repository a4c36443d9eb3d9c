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
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.osgi.util.NLS;
import org.seatkeeper.model.Diagnostic;
import org.seatkeeper.model.ModelAnalysis;
import org.seatkeeper.model.Severity;
import org.seatkeeper.model.ui.ModelUi;
import org.seatkeeper.model.ui.internal.editor.DocumentJobReconciler;

/**
 * Validates a model definition as it is typed: 300 ms after the last change, a job (family
 * {@link ModelUi#JOB_FAMILY}) analyses the text with the model core, off the UI thread, and shows each
 * diagnostic at its exact range — as problem markers (Problems view and editor) for a workspace file,
 * as editor annotations otherwise. A change while it runs cancels it and starts over.
 */
public final class ModelValidationReconciler extends DocumentJobReconciler {

	private static final String ERROR_ANNOTATION = "org.eclipse.ui.workbench.texteditor.error";
	private static final String WARNING_ANNOTATION = "org.eclipse.ui.workbench.texteditor.warning";

	private List<Annotation> shown = List.of();

	public ModelValidationReconciler() {
		super(Messages.Validation_job, 300);
	}

	@Override
	protected IStatus reconcile(IDocument document, IProgressMonitor monitor) {
		long stamp = stamp(document);
		ModelAnalysis analysis = ModelAnalysis.of(document.get());
		if (monitor.isCanceled() || stamp != stamp(document)) {
			return Status.CANCEL_STATUS;
		}
		IFile file = file(document);
		try {
			if (file != null) {
				showAsMarkers(file, analysis.diagnostics(), document.getLength());
			} else {
				showAsAnnotations(analysis.diagnostics());
			}
		} catch (CoreException e) {
			ILog.of(getClass()).log(new Status(IStatus.ERROR, ModelUi.PLUGIN_ID,
					NLS.bind(Messages.Validation_notShown, file.getFullPath(), e.getMessage()), e));
		}
		return Status.OK_STATUS;
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
		if (!(viewer() instanceof ISourceViewer source) || source.getAnnotationModel() == null) {
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
