package org.seatkeeper.model.ui.internal.highlight;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TypedPosition;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPartitionTokenScanner;
import org.eclipse.jface.text.rules.IToken;

/**
 * A {@link FastPartitioner} that re-reads only the changed line when a change cannot reach beyond it.
 * <p>
 * After a change, {@code FastPartitioner} scans on until it meets a partition it already knows. The
 * only partitions stored here are comments, so in a model whose thousands of pool lines hold none, each
 * keystroke there re-read the file down to the next comment: up to 600 KB per keystroke. Yet a change
 * that stays inside one line (no line delimiter removed or typed) can alter partitions beyond that line
 * only through a block comment or a string that a backslash continues past the line end: when the line,
 * before or after the change, holds {@code /*}, <code>*&#47;</code> or a backslash, or starts inside a
 * block comment, or follows a line ending with a backslash. In every other case this partitioner shifts the
 * partitions as {@code FastPartitioner} does, re-reads the line alone and reports it as damaged when its
 * comments changed; otherwise it leaves the change to {@code FastPartitioner}.
 */
public final class LinePartitioner extends FastPartitioner {

	private final String category;
	/** Whether the stored partitions describe the document (false until scanned, and after a rewrite session). */
	private boolean scanned;
	/** The changed line before the change (with its delimiter) and its text, when the change is line-local; otherwise null. */
	private Line lineBefore;
	private int fastPaths;

	LinePartitioner(IPartitionTokenScanner scanner, String[] legalContentTypes) {
		super(scanner, legalContentTypes);
		category = getManagingPositionCategories()[0];
	}

	@Override
	public void connect(IDocument document, boolean delayInitialization) {
		scanned = false;
		super.connect(document, delayInitialization);
	}

	@Override
	protected void initialize() {
		super.initialize();
		scanned = true;
	}

	@Override
	public void disconnect() {
		scanned = false;
		super.disconnect();
	}

	@Override
	public void startRewriteSession(DocumentRewriteSession session) {
		scanned = false;
		super.startRewriteSession(session);
	}

	@Override
	public void stopRewriteSession(DocumentRewriteSession session) {
		scanned = false;
		super.stopRewriteSession(session);
	}

	/** How many changes took the one-line path, for tests. */
	public int fastPaths() {
		return fastPaths;
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		super.documentAboutToBeChanged(event);
		lineBefore = null;
		if (!scanned || getActiveRewriteSession() != null || hasDelimiter(event.getText())) {
			return;
		}
		try {
			// the line is read from the text itself: a document's line information can lag behind lone \r delimiters
			IDocument document = event.getDocument();
			int start = event.getOffset();
			while (start > 0 && !isDelimiter(document.getChar(start - 1))) {
				start--;
			}
			if (start > 0 && document.getChar(start - 1) == '\r') {
				return; // after a lone \r, or between \r and \n: the change may join or split a delimiter
			}
			int end = event.getOffset() + event.getLength();
			for (int i = event.getOffset(); i < end; i++) {
				if (isDelimiter(document.getChar(i))) {
					return; // the change removes a line delimiter
				}
			}
			int length = document.getLength();
			while (end < length && !isDelimiter(document.getChar(end))) {
				end++;
			}
			String text = document.get(start, end - start);
			if (mayReachOtherLines(text) || startsInsideComment(start, length) || previousLineEndsWithBackslash(document, start)) {
				return;
			}
			if (end < length) {
				end += document.getChar(end) == '\r' && end + 1 < length && document.getChar(end + 1) == '\n' ? 2 : 1;
			}
			lineBefore = new Line(start, end - start, text);
		} catch (BadLocationException | BadPositionCategoryException e) {
			lineBefore = null;
		}
	}

	@Override
	public IRegion documentChanged2(DocumentEvent event) {
		Line line = lineBefore;
		lineBefore = null;
		if (line == null || !scanned || getActiveRewriteSession() != null) {
			return super.documentChanged2(event);
		}
		String inserted = event.getText() == null ? "" : event.getText();
		int relative = event.getOffset() - line.offset();
		String after = line.text().substring(0, relative) + inserted + line.text().substring(relative + event.getLength());
		if (mayReachOtherLines(after)) {
			return super.documentChanged2(event);
		}
		try {
			return rescanLine(event, line.offset(), line.length() - event.getLength() + inserted.length());
		} catch (BadLocationException | BadPositionCategoryException e) {
			// the stored partitions cannot be trusted any more: scan the document again when next asked
			clearPositionCache();
			return new Region(0, event.getDocument().getLength());
		}
	}

	private record Line(int offset, int length, String text) {
	}

	private IRegion rescanLine(DocumentEvent event, int start, int length) throws BadLocationException, BadPositionCategoryException {
		fastPaths++;
		fPositionUpdater.update(event);
		clearPositionCache();
		IDocument document = event.getDocument();
		List<TypedPosition> old = new ArrayList<>();
		for (Position position : document.getPositions(category)) {
			if (position.getOffset() >= start && position.getOffset() < start + length && position instanceof TypedPosition typed) {
				old.add(typed);
			}
		}
		List<TypedPosition> found = new ArrayList<>();
		fScanner.setPartialRange(document, start, length, null, -1);
		for (IToken token = fScanner.nextToken(); !token.isEOF(); token = fScanner.nextToken()) {
			String type = getTokenContentType(token);
			if (isSupportedContentType(type)) {
				found.add(new TypedPosition(fScanner.getTokenOffset(), fScanner.getTokenLength(), type));
			}
		}
		if (found.equals(old)) {
			return null;
		}
		for (TypedPosition position : old) {
			document.removePosition(category, position);
		}
		for (TypedPosition position : found) {
			document.addPosition(category, position);
		}
		clearPositionCache();
		return new Region(start, length);
	}

	/**
	 * True when the offset lies inside a comment that starts before it (a block comment over lines), or
	 * at the end of the document just after an unclosed block comment, which text typed there extends.
	 */
	private boolean startsInsideComment(int offset, int documentLength) throws BadPositionCategoryException {
		Position[] positions = getPositions();
		int low = 0;
		int high = positions.length - 1;
		while (low <= high) { // the last position starting before the offset
			int middle = (low + high) >>> 1;
			if (positions[middle].getOffset() < offset) {
				low = middle + 1;
			} else {
				high = middle - 1;
			}
		}
		if (high < 0) {
			return false;
		}
		int end = positions[high].getOffset() + positions[high].getLength();
		return offset < end || offset == documentLength && end == documentLength;
	}

	/**
	 * True when the text holds what could open or close a comment over lines, or a backslash (which in an
	 * unclosed string makes the string go on past the line end).
	 */
	private static boolean mayReachOtherLines(String line) {
		return line.contains("/*") || line.contains("*/") || line.indexOf('\\') >= 0;
	}

	/** True when the line before the one starting at {@code start} ends with a backslash. */
	private static boolean previousLineEndsWithBackslash(IDocument document, int start) throws BadLocationException {
		int last = start - 1; // the previous line's delimiter, then its last character
		if (last >= 0 && document.getChar(last) == '\n' && last > 0 && document.getChar(last - 1) == '\r') {
			last--;
		}
		return last > 0 && document.getChar(last - 1) == '\\';
	}

	private static boolean isDelimiter(char c) {
		return c == '\n' || c == '\r';
	}

	private static boolean hasDelimiter(String text) {
		return text != null && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0);
	}
}
