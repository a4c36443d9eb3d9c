package org.seatkeeper.history;

import java.sql.SQLException;
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

	private static final int FLUSHED_AT_ONCE = 500;

	private final int capacity;
	private final Deque<Sample> waiting = new ArrayDeque<>();
	private long dropped;

	/** A buffer for at most {@code capacity} writes. */
	public SampleBuffer(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("A buffer holds at least one write, not " + capacity);
		}
		this.capacity = capacity;
	}

	/** Keeps {@code pending} for later; the oldest is dropped (and counted) when the buffer is full. */
	public synchronized void add(Sample pending) {
		if (waiting.size() == capacity) {
			waiting.removeFirst();
			dropped++;
		}
		waiting.addLast(pending);
	}

	/**
	 * Writes what waits to {@code database}, oldest first, a few hundred in each transaction, until all is
	 * written or a write fails: the ones that failed and those after them wait for the next time, and the
	 * failure is thrown. Answers how many were written.
	 */
	public int flushTo(HistoryDatabase database) throws SQLException {
		int written = 0;
		while (true) {
			List<Sample> next;
			synchronized (this) {
				next = waiting.stream().limit(FLUSHED_AT_ONCE).toList();
			}
			if (next.isEmpty()) {
				return written;
			}
			database.record(next); // outside the monitor: collectors keep adding meanwhile
			synchronized (this) {
				for (Sample sample : next) {
					if (waiting.peekFirst() == sample) { // unless a full buffer dropped it meanwhile
						waiting.removeFirst();
					}
				}
			}
			written += next.size();
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
