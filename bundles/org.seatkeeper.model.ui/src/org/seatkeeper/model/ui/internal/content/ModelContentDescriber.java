package org.seatkeeper.model.ui.internal.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.ITextContentDescriber;

/**
 * Recognises a model definition by its content: after white space and comments ({@code //} lines
 * and {@code /* *}{@code /} blocks), the text starts with {@code model "}. Used for files without the
 * {@code .model} extension; only the first 8 KB are read.
 */
public final class ModelContentDescriber implements ITextContentDescriber {

	private static final int LIMIT = 8 * 1024;

	@Override
	public int describe(InputStream contents, IContentDescription description) throws IOException {
		return describe(new InputStreamReader(contents, StandardCharsets.UTF_8), description);
	}

	@Override
	public int describe(Reader contents, IContentDescription description) throws IOException {
		char[] buffer = new char[LIMIT];
		int length = 0;
		int read;
		while (length < LIMIT && (read = contents.read(buffer, length, LIMIT - length)) > 0) {
			length += read;
		}
		return startsLikeAModel(new String(buffer, 0, length)) ? VALID : INVALID;
	}

	/** Whether {@code text}, after white space and comments, starts with {@code model "}. */
	public static boolean startsLikeAModel(String text) {
		int i = text.startsWith("\uFEFF") ? 1 : 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			} else if (text.startsWith("//", i)) {
				int end = text.indexOf('\n', i);
				i = end < 0 ? text.length() : end + 1;
			} else if (text.startsWith("/*", i)) {
				int end = text.indexOf("*/", i + 2);
				if (end < 0) {
					return false;
				}
				i = end + 2;
			} else {
				break;
			}
		}
		if (!text.startsWith("model", i)) {
			return false;
		}
		i += 5;
		if (i >= text.length() || !Character.isWhitespace(text.charAt(i))) {
			return false;
		}
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i < text.length() && text.charAt(i) == '"';
	}

	@Override
	public QualifiedName[] getSupportedOptions() {
		return new QualifiedName[0];
	}
}
