package org.seatkeeper.server.internal.store;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The threads waiting for their event to reach the disk. The flusher wakes exactly those whose event it
 * made durable, without a lock and without waking the others (thousands of requests may wait at once),
 * and everyone when the store fails or closes.
 */
final class Waiters {

	private record Waiter(long sequence, Thread thread) {
	}

	private final ConcurrentLinkedQueue<Waiter> queue = new ConcurrentLinkedQueue<>();

	/**
	 * Parks until {@code durable} reaches {@code sequence}, or throws what {@code refusal} gives when the
	 * event never will (a failure, the store closed).
	 */
	void await(long sequence, LongSupplier durable, Supplier<RuntimeException> refusal) {
		Waiter waiter = new Waiter(sequence, Thread.currentThread());
		queue.add(waiter);
		try {
			while (durable.getAsLong() < sequence) {
				RuntimeException refused = refusal.get();
				if (refused != null) {
					throw refused;
				}
				LockSupport.park(this);
			}
		} finally {
			queue.remove(waiter);
		}
	}

	/** Wakes the waiters whose event is at or before {@code durable}, or all ({@code everyone}). */
	void wake(long durable, boolean everyone) {
		for (Waiter waiter : queue) {
			if (everyone || waiter.sequence() <= durable) {
				LockSupport.unpark(waiter.thread());
			}
		}
	}
}
