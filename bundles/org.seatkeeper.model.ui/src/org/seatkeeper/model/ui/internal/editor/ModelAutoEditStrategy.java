package org.seatkeeper.model.ui.internal.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;
import org.seatkeeper.model.ui.internal.highlight.ModelPartitions;

/**
 * Typing help, outside comments and strings: a new line keeps the indentation and indents one level
 * more after {@code {} (and puts a {@code }} right after the caret on its own line); {@code }} typed on
 * an empty line goes back one level; {@code {}, {@code (} and {@code "} get their closing partner, and
 * typing a closing character that is already next just moves over it. One level is two spaces, as
 * the formatter writes.
 */
public final class ModelAutoEditStrategy implements IAutoEditStrategy {

	static final String INDENT = "  ";

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		try {
			if (command.length != 0 || command.text == null) {
				return;
			}
			if (command.text.equals("\"") && closesString(document, command.offset)) {
				skipOver(document, command, '"');
				return;
			}
			if (inCommentOrString(document, command.offset)) {
				return;
			}
			if (TextUtilities.endsWith(document.getLegalLineDelimiters(), command.text) != -1 && command.text.trim().isEmpty()) {
				newLine(document, command);
			} else if (command.text.equals("}")) {
				if (!skipOver(document, command, '}')) {
					closeBrace(document, command);
				}
			} else if (command.text.equals(")")) {
				skipOver(document, command, ')');
			} else if (command.text.equals("\"")) {
				if (!skipOver(document, command, '"')) {
					pair(document, command, "\"");
				}
			} else if (command.text.equals("{")) {
				pair(document, command, "}");
			} else if (command.text.equals("(")) {
				pair(document, command, ")");
			}
		} catch (BadLocationException e) {
			// the command stays as typed
		}
	}

	private static boolean inCommentOrString(IDocument document, int offset) throws BadLocationException {
		String type = TextUtilities.getContentType(document, ModelPartitions.PARTITIONING, offset, false);
		return ModelPartitions.COMMENT.equals(type) || lineState(document, offset) != LineState.CODE;
	}

	private enum LineState {
		CODE, STRING, LINE_COMMENT
	}

	/** Whether the caret is in a string or a {@code //} comment, from the quotes before it on its line. */
	private static LineState lineState(IDocument document, int offset) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(offset);
		String before = document.get(line.getOffset(), offset - line.getOffset());
		boolean inString = false;
		for (int i = 0; i < before.length(); i++) {
			char c = before.charAt(i);
			if (inString && c == '\\') {
				i++;
			} else if (c == '"') {
				inString = !inString;
			} else if (!inString && c == '/' && i + 1 < before.length() && before.charAt(i + 1) == '/') {
				return LineState.LINE_COMMENT;
			}
		}
		return inString ? LineState.STRING : LineState.CODE;
	}

	/** Whether the next character is the closing quote of the string the caret is in. */
	private static boolean closesString(IDocument document, int offset) throws BadLocationException {
		return offset < document.getLength() && document.getChar(offset) == '"' && lineState(document, offset) == LineState.STRING;
	}

	private static String indentation(IDocument document, int offset) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(offset);
		String text = document.get(line.getOffset(), line.getLength());
		int i = 0;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		return text.substring(0, i);
	}

	private static void newLine(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset()).stripTrailing();
		String after = document.get(command.offset, line.getOffset() + line.getLength() - command.offset);
		String indent = indentation(document, command.offset);
		if (before.endsWith("{")) {
			String inner = command.text + indent + INDENT;
			if (after.stripLeading().startsWith("}")) {
				command.text = inner + command.text + indent;
				command.caretOffset = command.offset + inner.length();
				command.shiftsCaret = false;
			} else {
				command.text = inner;
			}
		} else {
			command.text = command.text + indent;
		}
	}

	private static void closeBrace(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		if (before.isBlank() && before.endsWith(INDENT)) {
			command.offset = command.offset - INDENT.length();
			command.length = INDENT.length();
		}
	}

	/** Moves over {@code closing} when it is the next character. */
	private static boolean skipOver(IDocument document, DocumentCommand command, char closing) throws BadLocationException {
		if (command.offset < document.getLength() && document.getChar(command.offset) == closing) {
			command.text = "";
			command.caretOffset = command.offset + 1;
			command.shiftsCaret = false;
			return true;
		}
		return false;
	}

	/** Adds {@code closing} after the caret when nothing but white space or a closer follows. */
	private static void pair(IDocument document, DocumentCommand command, String closing) throws BadLocationException {
		char next = command.offset < document.getLength() ? document.getChar(command.offset) : '\n';
		if (Character.isWhitespace(next) || next == ')' || next == '}' || next == ',') {
			command.text = command.text + closing;
			command.caretOffset = command.offset + 1;
			command.shiftsCaret = false;
		}
	}
}
