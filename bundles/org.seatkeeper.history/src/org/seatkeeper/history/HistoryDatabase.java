package org.seatkeeper.history;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.h2.jdbcx.JdbcDataSource;

/**
 * The usage history in a database reached through JDBC: by default an embedded H2 file under
 * {@code ~/.seatkeeper/history}, with nothing to install. Opening it brings its schema to the newest version
 * ({@link Migrations}). Every write is idempotent: a sample written twice (a retry, a second collector) is
 * kept once. A server that did not answer is recorded as down, with no feature values: a gap, never zeros.
 * Not thread-safe: one instance per thread, or the caller serializes.
 */
public final class HistoryDatabase implements AutoCloseable {

	private final Connection connection;

	private HistoryDatabase(Connection connection) {
		this.connection = connection;
	}

	/** The default database of the user whose home is {@code home}: {@code ~/.seatkeeper/history/history.mv.db}. */
	public static String defaultUrl(Path home) {
		return "jdbc:h2:file:" + home.resolve(".seatkeeper").resolve("history").resolve("history").toAbsolutePath();
	}

	/**
	 * Opens the H2 database at {@code jdbcUrl} ({@code jdbc:h2:…}), made if missing, and migrates its schema.
	 *
	 * @throws SQLException saying what is wrong: a URL of another database, a file another process holds, a
	 *                      schema newer than this version knows
	 */
	public static HistoryDatabase open(String jdbcUrl) throws SQLException {
		if (!jdbcUrl.startsWith("jdbc:h2:")) {
			throw new SQLException("'" + jdbcUrl + "' is not an H2 database URL (jdbc:h2:…)");
		}
		JdbcDataSource source = new JdbcDataSource();
		source.setURL(jdbcUrl);
		Connection connection = source.getConnection();
		try {
			Migrations.apply(connection);
			return new HistoryDatabase(connection);
		} catch (SQLException | RuntimeException e) {
			connection.close();
			throw e;
		}
	}

	/** The schema's version. */
	public int schemaVersion() throws SQLException {
		return Migrations.current(connection);
	}

	/** The id of the server named {@code server}, made on first use. */
	private int serverId(String server) throws SQLException {
		try (PreparedStatement merge = connection.prepareStatement("MERGE INTO history_server (name) KEY (name) VALUES (?)")) {
			merge.setString(1, server);
			merge.executeUpdate();
		}
		try (PreparedStatement select = connection.prepareStatement("SELECT id FROM history_server WHERE name = ?")) {
			select.setString(1, server);
			try (ResultSet result = select.executeQuery()) {
				result.next();
				return result.getInt(1);
			}
		}
	}

	/** Records that {@code server} answered at {@code at} with {@code features}; written once however often it is called. */
	public void recordUp(String server, Instant at, List<FeatureSample> features) throws SQLException {
		inTransaction(() -> {
			int id = serverId(server);
			writeState(id, at, true, null);
			try (PreparedStatement merge = connection.prepareStatement("MERGE INTO feature_sample (server_id, at, feature, version, used, total, "
					+ "reserved, overdraft_used, devices) KEY (server_id, feature, version, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				for (FeatureSample sample : features) {
					merge.setInt(1, id);
					merge.setObject(2, utc(at));
					merge.setString(3, sample.feature());
					merge.setString(4, sample.version());
					merge.setInt(5, sample.used());
					merge.setInt(6, sample.total());
					merge.setInt(7, sample.reserved());
					merge.setInt(8, sample.overdraftUsed());
					merge.setInt(9, sample.devices());
					merge.addBatch();
				}
				merge.executeBatch();
			}
		});
	}

	/** Records that {@code server} did not answer at {@code at}, and why: a gap in every feature's history. */
	public void recordDown(String server, Instant at, String detail) throws SQLException {
		inTransaction(() -> writeState(serverId(server), at, false, detail));
	}

	private void writeState(int id, Instant at, boolean up, String detail) throws SQLException {
		try (PreparedStatement merge = connection.prepareStatement(
				"MERGE INTO server_sample (server_id, at, up, detail) KEY (server_id, at) VALUES (?, ?, ?, ?)")) {
			merge.setInt(1, id);
			merge.setObject(2, utc(at));
			merge.setBoolean(3, up);
			merge.setString(4, detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail);
			merge.executeUpdate();
		}
	}

	/**
	 * The use of {@code feature} {@code version} on {@code server} at each time it was asked from
	 * {@code from} (inclusive) to {@code to} (exclusive), in time order: a time the server was down, or did not
	 * have the feature, is a gap.
	 */
	public List<Point> series(String server, String feature, String version, Instant from, Instant to) throws SQLException {
		List<Point> points = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT s.at, s.up, f.used, f.total FROM server_sample s "
				+ "JOIN history_server h ON h.id = s.server_id "
				+ "LEFT JOIN feature_sample f ON f.server_id = s.server_id AND f.at = s.at AND f.feature = ? AND f.version = ? "
				+ "WHERE h.name = ? AND s.at >= ? AND s.at < ? ORDER BY s.at")) {
			select.setString(1, feature);
			select.setString(2, version);
			select.setString(3, server);
			select.setObject(4, utc(from));
			select.setObject(5, utc(to));
			try (ResultSet result = select.executeQuery()) {
				while (result.next()) {
					Instant at = result.getObject(1, OffsetDateTime.class).toInstant();
					boolean up = result.getBoolean(2);
					int used = result.getInt(3);
					boolean missing = result.wasNull();
					int total = result.getInt(4);
					points.add(new Point(at, up, missing ? OptionalInt.empty() : OptionalInt.of(used),
							missing ? OptionalInt.empty() : OptionalInt.of(total)));
				}
			}
		}
		return points;
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	@FunctionalInterface
	private interface Work {
		void run() throws SQLException;
	}

	/** Runs {@code work} in one transaction: all of it is written, or none. */
	private void inTransaction(Work work) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			work.run();
			connection.commit();
		} catch (SQLException | RuntimeException e) {
			connection.rollback();
			throw e;
		} finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}
}
