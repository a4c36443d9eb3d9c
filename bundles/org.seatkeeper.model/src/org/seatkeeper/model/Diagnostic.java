package org.seatkeeper.model;

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
}
