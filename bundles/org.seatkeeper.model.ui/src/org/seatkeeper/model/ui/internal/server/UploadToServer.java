package org.seatkeeper.model.ui.internal.server;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.seatkeeper.model.Diagnostic;
import org.seatkeeper.model.ModelAnalysis;
import org.seatkeeper.model.Severity;
import org.seatkeeper.model.ui.ModelServer;
import org.seatkeeper.model.ui.ModelUi;

/**
 * "Upload to Server": sends the editor's model definition (saved or not) to the server the workbench
 * administers, after checking it as the server would. A definition with errors is not sent: the errors
 * are listed and the first one is selected. Otherwise the user confirms (warnings are listed there), the
 * upload runs in a Job, and its outcome is told: in the status line when the server applies the model,
 * in a dialog and the Error Log when it refuses it. The editor's text is never changed.
 */
public final class UploadToServer extends AbstractHandler {

	static final String TITLE = Messages.Upload_title;
	private static final int LISTED = 5;

	/** How the command asks and tells; tests answer in place of a person. */
	public interface Dialogs {

		boolean confirm(Shell shell, String title, String message);

		void error(Shell shell, String title, String message);

		Dialogs DEFAULT = new Dialogs() {
			@Override
			public boolean confirm(Shell shell, String title, String message) {
				return MessageDialog.open(MessageDialog.CONFIRM, shell, title, message, 0, Messages.Upload_upload,
						org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL) == 0;
			}

			@Override
			public void error(Shell shell, String title, String message) {
				MessageDialog.openError(shell, title, message);
			}
		};
	}

	private static volatile Dialogs dialogs = Dialogs.DEFAULT;

	/** For tests: who answers; null for the dialogs again. */
	public static void setDialogs(Dialogs replacement) {
		dialogs = replacement == null ? Dialogs.DEFAULT : replacement;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		if (editor != null) {
			start(editor);
		}
		return null;
	}

	@Override
	public boolean isEnabled() {
		return ModelServers.find().isPresent();
	}

	/**
	 * Checks the editor's text and, if it has no errors and the user confirms, starts the upload.
	 *
	 * @return the upload's Job, or empty when nothing is sent
	 */
	public static Optional<Job> start(ITextEditor editor) {
		Shell shell = editor.getSite().getShell();
		Optional<ModelServer> found = ModelServers.find();
		if (found.isEmpty()) {
			dialogs.error(shell, TITLE, Messages.Upload_noServer);
			return Optional.empty();
		}
		ModelServer server = found.get();
		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		ModelAnalysis analysis = ModelAnalysis.of(text);
		Optional<String> refused = refusal(editor, analysis);
		if (refused.isPresent()) {
			dialogs.error(shell, TITLE, refused.get());
			return Optional.empty();
		}
		String question = NLS.bind(Messages.Upload_question, editor.getTitle(), server.describe())
				+ warnings(Diagnostic.sorted(analysis.diagnostics(Severity.WARNING)));
		if (!dialogs.confirm(shell, TITLE, question)) {
			return Optional.empty();
		}
		Display display = shell.getDisplay();
		String name = editor.getTitle();
		Job job = new Job(NLS.bind(Messages.Upload_uploading, name, server.describe())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					String applied = server.upload(text, monitor);
					ModelServers.forget();
					display.asyncExec(() -> {
						if (!editor.getSite().getShell().isDisposed()) {
							editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null);
							editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(NLS.bind(Messages.Upload_uploaded, name, applied));
						}
					});
				} catch (CoreException e) {
					// the server's refusal is told where the person acted, not written to the Error Log
					String message = NLS.bind(Messages.Upload_refused, new Object[] { name, server.describe(), e.getStatus().getMessage() });
					display.asyncExec(() -> dialogs.error(display.getActiveShell(), TITLE, message));
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ModelUi.JOB_FAMILY;
			}
		};
		job.setUser(true);
		job.setPriority(Job.SHORT);
		job.schedule();
		return Optional.of(job);
	}

	/**
	 * The check before a model is sent, as the server would make it: when {@code analysis} (of the text of
	 * {@code editor}) has errors, its first error is selected in the editor and the answer says why the text
	 * is not sent; empty when it may be sent.
	 */
	public static Optional<String> refusal(ITextEditor editor, ModelAnalysis analysis) {
		List<Diagnostic> errors = Diagnostic.sorted(analysis.diagnostics(Severity.ERROR));
		if (errors.isEmpty()) {
			return Optional.empty();
		}
		Diagnostic first = errors.get(0);
		editor.selectAndReveal(first.range().offset(), first.range().length());
		return Optional.of(refusal(editor.getTitle(), errors));
	}

	/** Why a text with errors is not sent: how many, and the first few with their places. */
	static String refusal(String name, List<Diagnostic> errors) {
		StringBuilder text = new StringBuilder(errors.size() == 1 ? NLS.bind(Messages.Upload_hasError, name)
				: NLS.bind(Messages.Upload_hasErrors, name, errors.size())).append('\n');
		list(text, errors);
		text.append("\n\n").append(Messages.Upload_firstSelected);
		return text.toString();
	}

	private static String warnings(List<Diagnostic> warnings) {
		if (warnings.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder("\n\n").append(warnings.size() == 1 ? Messages.Upload_hasWarning
				: NLS.bind(Messages.Upload_hasWarnings, warnings.size()));
		list(text, warnings);
		return text.toString();
	}

	private static void list(StringBuilder text, List<Diagnostic> diagnostics) {
		for (Diagnostic diagnostic : diagnostics.subList(0, Math.min(LISTED, diagnostics.size()))) {
			text.append("\n\u2022 ").append(NLS.bind(Messages.Upload_at, new Object[] { diagnostic.range().line(), diagnostic.range().column(),
					diagnostic.message() }));
		}
		if (diagnostics.size() > LISTED) {
			text.append("\n").append(NLS.bind(Messages.Upload_more, diagnostics.size() - LISTED));
		}
	}
}
