package org.seatkeeper.core.client;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Asks a server for parts of the API it may not offer ({@link ApiPart}), and keeps which it lacks, so that
 * a view or a command shows what the server gave and says in one line what it did not. Not thread-safe:
 * one per load.
 */
public final class OptionalParts {

	/** A question to the server. */
	@FunctionalInterface
	public interface Question<T> {
		T ask() throws ServerException;
	}

	private final Set<ApiPart> missing = EnumSet.noneOf(ApiPart.class);

	/**
	 * The answer to {@code question}, or empty when the server does not offer the part it asks for (which is
	 * then {@link #missing()}). Every other failure is thrown.
	 */
	public <T> Optional<T> ask(Question<T> question) throws ServerException {
		try {
			return Optional.of(question.ask());
		} catch (ServerErrorException e) {
			if (e.missingPart().isEmpty()) {
				throw e;
			}
			missing.add(e.missingPart().get());
			return Optional.empty();
		}
	}

	/** Notes that the server does not offer {@code part}. */
	public void noteMissing(ApiPart part) {
		missing.add(part);
	}

	/** Whether the server was found not to offer {@code part}. */
	public boolean isMissing(ApiPart part) {
		return missing.contains(part);
	}

	/** The parts the server was found not to offer, in {@link ApiPart} order. */
	public Set<ApiPart> missing() {
		return Collections.unmodifiableSet(missing);
	}
}
