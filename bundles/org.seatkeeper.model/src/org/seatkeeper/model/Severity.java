package org.seatkeeper.model;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
	/** The server would refuse the model, or the text cannot be understood. */
	ERROR,
	/** Accepted, but probably not what was meant, or not portable. */
	WARNING,
	/** A remark that changes nothing. */
	INFO;

	/** The lower-case word used in messages: {@code error}, {@code warning}, {@code info}. */
	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
