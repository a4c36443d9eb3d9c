package org.seatkeeper.core.reservations;

import java.util.List;

/**
 * A reservations file that cannot be imported. {@link #problems()} lists every problem found, each
 * naming where it is ("group 2 ('Lab'), reservation 1, entry 3: …"); the message is the first one.
 */
public final class ReservationsFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public ReservationsFormatException(List<String> problems) {
		super(problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
