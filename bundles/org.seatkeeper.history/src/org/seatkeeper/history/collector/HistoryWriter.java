package org.seatkeeper.history.collector;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.seatkeeper.history.HistoryDatabase;
import org.seatkeeper.history.SampleBuffer;

/**
 * Writes a collector's samples to its database, opened when first needed and opened again after it failed
 * (a database server that restarted, a network that came back): what cannot be written waits in the buffer.
 * Purges what is older than the retention, and updates the statistics, once a day. Used by one thread at a time.
 */
public final class HistoryWriter implements AutoCloseable {

	/** Opens the database: a JDBC URL with its login. */
	@FunctionalInterface
	public interface Opener {
		HistoryDatabase open() throws SQLException;
	}

	private static final Duration PURGED_EVERY = Duration.ofDays(1);

	private final Opener opener;
	private HistoryDatabase database;
	private Instant purged = Instant.MIN;

	public HistoryWriter(Opener opener) {
		this.opener = opener;
	}

	/**
	 * Writes what waits in {@code buffer}, and purges when a day has passed since the last time; answers the
	 * problem when the database could not be opened or written (the samples then wait), else empty.
	 */
	public Optional<String> write(SampleBuffer buffer, Instant now) {
		try {
			if (database == null) {
				database = opener.open();
			}
			buffer.flushTo(database);
			if (!purged.plus(PURGED_EVERY).isAfter(now)) {
				database.purge(now);
				database.analyze();
				purged = now;
			}
			return Optional.empty();
		} catch (SQLException | RuntimeException e) {
			closeQuietly();
			return Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
		}
	}

	/** The open database, opening it if needed; for reading what was written. */
	public HistoryDatabase database() throws SQLException {
		if (database == null) {
			database = opener.open();
		}
		return database;
	}

	private void closeQuietly() {
		if (database != null) {
			try {
				database.close();
			} catch (SQLException e) {
				// it failed already: the next write opens it again
			}
			database = null;
		}
	}

	@Override
	public void close() {
		closeQuietly();
	}
}
