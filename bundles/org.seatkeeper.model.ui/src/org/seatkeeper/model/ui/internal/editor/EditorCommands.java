package org.seatkeeper.model.ui.internal.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.IDocumentProvider;
import org.eclipse.ui.texteditor.ITextEditor;
import org.seatkeeper.model.Diagnostic;
import org.seatkeeper.model.ModelFormatter;

/** The editor's commands on model definitions: Format (Ctrl+Shift+F) and Toggle Comment (Ctrl+/). */
public final class EditorCommands {

	private EditorCommands() {
	}

	private static ITextEditor editor(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		return part == null ? null : part.getAdapter(ITextEditor.class);
	}

	private static IDocument document(ITextEditor editor) {
		IDocumentProvider provider = editor.getDocumentProvider();
		return provider == null ? null : provider.getDocument(editor.getEditorInput());
	}

	/** Lays the model out with the model core's formatter; a text with syntax errors is left as it is. */
	public static final class Format extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			ITextEditor editor = editor(event);
			IDocument document = editor == null ? null : document(editor);
			if (document != null) {
				format(editor, document);
			}
			return null;
		}
	}

	/** Formats {@code document}; answers what the status line shows. */
	public static String format(ITextEditor editor, IDocument document) {
		String text = document.get();
		ModelFormatter.Result result = ModelFormatter.format(text);
		String message;
		if (!result.syntaxErrors().isEmpty()) {
			Diagnostic first = result.syntaxErrors().get(0);
			message = NLS.bind(Messages.Format_syntaxError, first.range().position(), first.message());
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
			return message;
		}
		String formatted = result.text();
		if (!formatted.equals(text)) {
			int prefix = 0;
			int max = Math.min(text.length(), formatted.length());
			while (prefix < max && text.charAt(prefix) == formatted.charAt(prefix)) {
				prefix++;
			}
			int suffix = 0;
			while (suffix < max - prefix && text.charAt(text.length() - 1 - suffix) == formatted.charAt(formatted.length() - 1 - suffix)) {
				suffix++;
			}
			try {
				document.replace(prefix, text.length() - suffix - prefix, formatted.substring(prefix, formatted.length() - suffix));
			} catch (BadLocationException e) {
				throw new IllegalStateException("The formatter's change lies outside the document", e);
			}
		}
		message = formatted.equals(text) ? Messages.Format_already : Messages.Format_done;
		editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null);
		editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
		return message;
	}

	/** Adds or removes {@code //} on the selected lines. */
	public static final class ToggleComment extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			ITextEditor editor = editor(event);
			IDocument document = editor == null ? null : document(editor);
			ISelection selection = editor == null ? null : editor.getSelectionProvider().getSelection();
			if (document != null && selection instanceof ITextSelection text) {
				toggleComment(document, text.getOffset(), text.getLength());
			}
			return null;
		}
	}

	/** Toggles line comments on the lines that the range touches, in one change (one undo). */
	public static void toggleComment(IDocument document, int offset, int length) {
		try {
			int firstLine = document.getLineOfOffset(offset);
			int end = offset + length;
			int lastLine = document.getLineOfOffset(end);
			if (length > 0 && lastLine > firstLine && document.getLineOffset(lastLine) == end) {
				lastLine--; // a selection ending at a line's start does not include that line
			}
			int start = document.getLineOffset(firstLine);
			IRegion last = document.getLineInformation(lastLine);
			int stop = last.getOffset() + last.getLength();
			String block = document.get(start, stop - start);
			String toggled = LineComments.toggle(block);
			if (!toggled.equals(block)) {
				document.replace(start, stop - start, toggled);
			}
		} catch (BadLocationException e) {
			throw new IllegalStateException("The selection lies outside the document", e);
		}
	}
}
