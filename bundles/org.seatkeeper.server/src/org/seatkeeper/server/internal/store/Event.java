package org.seatkeeper.server.internal.store;

/**
 * A change of the server's state. Every change is an event: applied to the live state, appended to the
 * journal, and applied again, in the same order, when the server starts. So {@link #apply} must depend
 * on nothing but the event and the state (no clock, no randomness).
 *
 * @param <S> the state type
 */
public interface Event<S> {

	void apply(S state);
}
