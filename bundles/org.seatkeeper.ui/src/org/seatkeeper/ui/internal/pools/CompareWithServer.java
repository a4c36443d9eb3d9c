package org.seatkeeper.ui.internal.pools;

import java.util.Optional;

import org.eclipse.compare.CompareUI;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.seatkeeper.core.domain.ServerModel;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.jobs.Background;

/**
 * "Compare with Server...": a model definition open in an editor (saved or not) beside the one the server
 * applies now, asked again in a Job, in the Eclipse compare editor; when they are the same, the status
 * line says so. The command of the model editor's context menu; the Model tab's "Compare with Editor..."
 * does the same for the active editor.
 */
public final class CompareWithServer extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		Optional<String> text = editorText(editor);
		if (text.isPresent()) {
			ServerConnections connections = PlatformUI.getWorkbench().getService(ServerConnections.class);
			IStatusLineManager status = editor.getEditorSite().getActionBars().getStatusLineManager();
			String name = editor.getTitle();
			Background.work(NLS.bind(Messages.Pools_comparing, name), monitor -> connections.client(monitor).model(monitor))
					.deliverTo(editor.getAdapter(Control.class)).onSuccess(active -> show(name, text.get(), connections.describe(), active)
							.ifPresentOrElse(same -> status.setMessage(same), () -> status.setErrorMessage(null)))
					.onFailure(failure -> status.setErrorMessage(NLS.bind(Messages.Pools_compareFailed, connections.describe(),
							failure.message())))
					.schedule();
		}
		return null;
	}

	/** The text of {@code editor} as it is now, saved or not; empty when it is not a text editor. */
	static Optional<String> editorText(IEditorPart editor) {
		return Optional.ofNullable(editor).map(e -> e.getAdapter(ITextEditor.class)).map(t -> {
			IDocument document = t.getDocumentProvider().getDocument(t.getEditorInput());
			return document == null ? null : document.get();
		});
	}

	/**
	 * Opens the compare editor with {@code text} (named {@code name}) on the left and the server's model on
	 * the right; when they are the same, answers the sentence that says so instead.
	 */
	static Optional<String> show(String name, String text, String server, ServerModel active) {
		String serverText = active == null || active.isDefault() ? "" : active.definition();
		if (serverText.equals(text)) {
			return Optional.of(NLS.bind(Messages.Pools_compareSame, name, server));
		}
		CompareUI.openCompareEditor(new ModelCompareInput(name, text, NLS.bind(Messages.Pools_compareServerSide, server), serverText));
		return Optional.empty();
	}
}
