package org.seatkeeper.history;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What a collector could not write while the database was down, kept in memory up to a limit: beyond it the
 * oldest is dropped and counted, so that a long outage costs bounded memory and says what it lost. Written
 * again, oldest first, when the database is back; writes are idempotent, so a sample written twice (a flush
 * cut short) is kept once. Thread-safe; no lock is held while writing.
 */
public final class SampleBuffer {

	/** A write that waits. */
	public sealed interface Pending {
		String server();

		Instant at();

		void writeTo(HistoryDatabase database) throws SQLException;
	}

	/** The server answered at {@code at} with {@code features}. */
	public record Up(String server, Instant at, List<FeatureSample> features) implements Pending {
		@Override
		public void writeTo(HistoryDatabase database) throws SQLException {
			database.recordUp(server, at, features);
		}
	}

	/** The server did not answer at {@code at}. */
	public record Down(String server, Instant at, String detail) implements Pending {
		@Override
		public void writeTo(HistoryDatabase database) throws SQLException {
			database.recordDown(server, at, detail);
		}
	}

	private final int capacity;
	private final Deque<Pending> waiting = new ArrayDeque<>();
	private long dropped;

	/** A buffer for at most {@code capacity} writes. */
	public SampleBuffer(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("A buffer holds at least one write, not " + capacity);
		}
		this.capacity = capacity;
	}

	/** Keeps {@code pending} for later; the oldest is dropped (and counted) when the buffer is full. */
	public synchronized void add(Pending pending) {
		if (waiting.size() == capacity) {
			waiting.removeFirst();
			dropped++;
		}
		waiting.addLast(pending);
	}

	/**
	 * Writes what waits to {@code database}, oldest first, until all is written or a write fails: the one that
	 * failed and those after it wait for the next time, and the failure is thrown. Answers how many were written.
	 */
	public int flushTo(HistoryDatabase database) throws SQLException {
		int written = 0;
		while (true) {
			Pending next;
			synchronized (this) {
				next = waiting.peekFirst();
			}
			if (next == null) {
				return written;
			}
			next.writeTo(database); // outside the monitor: collectors keep adding meanwhile
			synchronized (this) {
				if (waiting.peekFirst() == next) {
					waiting.removeFirst();
				}
			}
			written++;
		}
	}

	/** How many writes wait. */
	public synchronized int size() {
		return waiting.size();
	}

	/** How many writes were dropped because the buffer was full, since it was made. */
	public synchronized long dropped() {
		return dropped;
	}
}
