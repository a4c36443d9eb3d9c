package org.seatkeeper.server.internal.licensing;

import java.util.List;

/**
 * The licensing rules refuse what was asked: a request they cannot serve, a model or a reservation group
 * they cannot take. It names why ({@link Reason}), the documented error key and the values the message
 * names; the edge ({@code internal.api}) answers it with the HTTP status of its reason. Unchecked, so that
 * the decisions run inside the state's change and read functions unchanged.
 */
public final class Refusal extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Why a request is refused. */
	public enum Reason {
		/** What was sent breaks a rule of its form. */
		INVALID,
		/** The device may not have it (the model's rules, virtual machines). */
		DENIED,
		/** It conflicts with what the server holds (counts, names, reservations against a model). */
		CONFLICT,
		/** It is larger than the server takes. */
		TOO_LARGE
	}

	private final Reason reason;
	private final String key;
	private final List<String> arguments;

	public Refusal(Reason reason, String key, String message, String... arguments) {
		super(message);
		this.reason = reason;
		this.key = key;
		this.arguments = List.of(arguments);
	}

	public Reason reason() {
		return reason;
	}

	/** The documented error key, e.g. {@code glsErr.insufficientCounts}. */
	public String key() {
		return key;
	}

	public List<String> arguments() {
		return arguments;
	}
}
