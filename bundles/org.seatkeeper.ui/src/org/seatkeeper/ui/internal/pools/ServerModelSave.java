package org.seatkeeper.ui.internal.pools;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.seatkeeper.core.domain.ServerModel;
import org.seatkeeper.model.ModelAnalysis;
import org.seatkeeper.model.RefusalPlaces;
import org.seatkeeper.model.TextRange;
import org.seatkeeper.model.ui.internal.server.UploadToServer;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.jobs.Background;
import org.seatkeeper.ui.internal.jobs.Background.Failure;

/**
 * Saving a {@link ServerModelInput}'s document, which is uploading it to its server:
 * <ol>
 * <li>the text is checked as the server would check it; with errors nothing is sent, the first error is
 * selected and the errors are listed;</li>
 * <li>the server's model is asked for again (in a Job) and shown beside the new text in a compare view,
 * where the person uploads or cancels;</li>
 * <li>the upload runs in a Job. Once the server applies the text, the document is saved and the views
 * reload. A refusal leaves the server's model and the edited text as they were: the server's reason is
 * shown in a dialog and as an error at the line it names.</li>
 * </ol>
 * The document stays unsaved until the server has applied it, whatever happens in between.
 */
public final class ServerModelSave {

	/** The type of the annotation that shows a server's refusal at its line. */
	static final String REFUSAL = "org.eclipse.ui.workbench.texteditor.error";

	/** How the save asks and tells; tests answer in place of a person. */
	public interface Answers {

		/** Shows the server's model beside the new text; true to upload. */
		boolean upload(Shell shell, String server, String serverText, String newText);

		void tell(Shell shell, String title, String message);

		Answers DEFAULT = new Answers() {
			@Override
			public boolean upload(Shell shell, String server, String serverText, String newText) {
				return new ModelChangesDialog(shell, server, serverText, newText).open() == ModelChangesDialog.OK;
			}

			@Override
			public void tell(Shell shell, String title, String message) {
				MessageDialog.openError(shell, title, message);
			}
		};
	}

	private static volatile Answers answers = Answers.DEFAULT;

	private final ServerModelDocumentProvider provider;
	private final ServerModelInput input;
	private final String text;
	private final ITextEditor editor;
	private final ServerConnections connections;

	private ServerModelSave(ServerModelDocumentProvider provider, ServerModelInput input, String text, ITextEditor editor,
			ServerConnections connections) {
		this.provider = provider;
		this.input = input;
		this.text = text;
		this.editor = editor;
		this.connections = connections;
	}

	/** For tests: who answers; null for the dialogs again. */
	public static void setAnswers(Answers replacement) {
		answers = replacement == null ? Answers.DEFAULT : replacement;
	}

	/** Starts saving {@code text}, the document of {@code input}, once the editor's Save has returned. */
	static void start(ServerModelDocumentProvider provider, ServerModelInput input, String text) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> editorOf(input).ifPresent(editor -> new ServerModelSave(provider, input, text, editor,
				PlatformUI.getWorkbench().getService(ServerConnections.class)).check()));
	}

	private static Optional<ITextEditor> editorOf(ServerModelInput input) {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				IEditorPart part = page.findEditor(input);
				if (part != null && part.getAdapter(ITextEditor.class) != null) {
					return Optional.of(part.getAdapter(ITextEditor.class));
				}
			}
		}
		return Optional.empty();
	}

	private Shell shell() {
		return editor.getSite().getShell();
	}

	private Control control() {
		return editor.getAdapter(Control.class);
	}

	private void status(String message, boolean error) {
		var line = editor.getEditorSite().getActionBars().getStatusLineManager();
		line.setErrorMessage(error ? message : null);
		line.setMessage(error ? null : message);
	}

	/** Step 1, on the UI thread: the server's own check, here; then the server's model is asked for. */
	private void check() {
		clearRefusal();
		if (!connections.describe().equals(input.server())) {
			answers.tell(shell(), Messages.ServerModel_title, NLS.bind(Messages.ServerModel_otherServer, input.server(), connections.describe()));
			return;
		}
		Optional<String> refused = UploadToServer.refusal(editor, ModelAnalysis.of(text));
		if (refused.isPresent()) {
			answers.tell(shell(), Messages.ServerModel_title, refused.get());
			return;
		}
		status(NLS.bind(Messages.ServerModel_asking, input.server()), false);
		Background.work(NLS.bind(Messages.ServerModel_asking, input.server()), monitor -> connections.client(monitor).model(monitor))
				.deliverTo(control()).onSuccess(this::compare).onFailure(failure -> failed(NLS.bind(Messages.ServerModel_notAsked, input.server(), reason(failure))))
				.schedule();
	}

	/** Step 2: the changes, confirmed or not. */
	private void compare(ServerModel now) {
		String serverText = now == null || now.isDefault() ? "" : now.definition();
		if (serverText.equals(text)) {
			provider.uploaded(input, text);
			status(NLS.bind(Messages.ServerModel_unchanged, input.server()), false);
			return;
		}
		if (!answers.upload(shell(), input.server(), serverText, text)) {
			status(NLS.bind(Messages.ServerModel_notUploaded, input.server()), false);
			return;
		}
		upload();
	}

	/** Step 3: the upload. */
	private void upload() {
		status(NLS.bind(Messages.ServerModel_uploading, input.server()), false);
		Background.work(NLS.bind(Messages.ServerModel_uploading, input.server()), monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, 2);
			ServerModel applied = connections.client(progress.split(1)).uploadModel(text, progress.split(1));
			connections.serverChanged();
			return applied;
		}).deliverTo(control()).onSuccess(applied -> {
			provider.uploaded(input, text);
			status(NLS.bind(Messages.ServerModel_uploaded, applied.name(), input.server()), false);
		}).onFailure(this::refused).schedule();
	}

	/** A refusal: the reason at the line it names, and in a dialog; the text stays as it is, unsaved. */
	private void refused(Failure failure) {
		String reason = reason(failure);
		Optional<TextRange> place = RefusalPlaces.of(text, reason);
		IAnnotationModel annotations = provider.annotations(input);
		if (place.isPresent() && annotations != null) {
			TextRange range = place.get();
			annotations.addAnnotation(new Refusal(NLS.bind(Messages.ServerModel_refusedHere, input.server(), reason)),
					new Position(range.offset(), range.length()));
			editor.selectAndReveal(range.offset(), range.length());
		}
		failed(place.map(range -> NLS.bind(Messages.ServerModel_refusedAtLine, new Object[] { input.server(), reason, range.line() }))
				.orElse(NLS.bind(Messages.ServerModel_refused, input.server(), reason)));
	}

	private static String reason(Failure failure) {
		return failure instanceof Failure.Server server ? ServerConnections.explain(server.cause()) : failure.message();
	}

	private void failed(String message) {
		status(message, true);
		answers.tell(shell(), Messages.ServerModel_title, message);
	}

	private void clearRefusal() {
		IAnnotationModel annotations = provider.annotations(input);
		if (annotations != null) {
			List<Annotation> shown = new ArrayList<>();
			annotations.getAnnotationIterator().forEachRemaining(annotation -> {
				if (annotation instanceof Refusal) {
					shown.add(annotation);
				}
			});
			shown.forEach(annotations::removeAnnotation);
		}
	}

	/** An error annotation with the server's reason, until the next save. */
	public static final class Refusal extends Annotation {
		Refusal(String text) {
			super(REFUSAL, false, text);
		}
	}
}
