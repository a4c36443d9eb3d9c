package org.seatkeeper.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A problem found in a model-definition text: how serious, a stable code (for tests, quick fixes and
 * filtering), a message for a person, and exactly where.
 *
 * @param severity how serious
 * @param code     stable identifier, e.g. {@code unterminated-string}
 * @param message  what is wrong and, where it helps, what to write instead
 * @param range    the characters concerned
 */
public record Diagnostic(Severity severity, String code, String message, TextRange range) {

	public Diagnostic {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(range, "range");
	}

	/** {@code file:line:col: severity: message}, as compilers print it. */
	public String format(String file) {
		return file + ':' + range.position() + ": " + severity.label() + ": " + message;
	}

	/** Text order: by offset, then errors before warnings. */
	public static final Comparator<Diagnostic> BY_POSITION = Comparator.comparingInt((Diagnostic d) -> d.range().offset())
			.thenComparing(Diagnostic::severity);

	/** {@code diagnostics} in {@link #BY_POSITION text order}. */
	public static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
		List<Diagnostic> sorted = new ArrayList<>(diagnostics);
		sorted.sort(BY_POSITION);
		return List.copyOf(sorted);
	}
}
