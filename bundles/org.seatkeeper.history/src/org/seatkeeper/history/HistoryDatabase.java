package org.seatkeeper.history;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

	/** A statement of {@code sql} with {@code values} bound to its parameters in order. */
	private PreparedStatement statement(String sql, Object... values) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		try {
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			return statement;
		} catch (SQLException | RuntimeException e) {
			statement.close();
			throw e;
		}
	}

	/** Runs the update {@code sql} with {@code values}; answers how many rows it changed. */
	private int update(String sql, Object... values) throws SQLException {
		try (PreparedStatement statement = statement(sql, values)) {
			return statement.executeUpdate();
		}
	}

	/** The id of the server named {@code server}, made on first use. */
	private int serverId(String server) throws SQLException {
		update("MERGE INTO history_server (name) KEY (name) VALUES (?)", server);
		try (PreparedStatement select = statement("SELECT id FROM history_server WHERE name = ?", server);
				ResultSet result = select.executeQuery()) {
			result.next();
			return result.getInt(1);
		}
	}

	/** Records that {@code server} answered at {@code at} with {@code features}; written once however often it is called. */
	public void recordUp(String server, Instant at, List<FeatureSample> features) throws SQLException {
		inTransaction(() -> {
			int id = serverId(server);
			writeState(id, at, true, null);
			for (FeatureSample sample : features) {
				if (insertSample(id, at, sample)) { // a sample written before is not added to the rollups again
					addToRollup("feature_hour", "hour_start", utc(at.truncatedTo(ChronoUnit.HOURS)), id, sample);
					addToRollup("feature_day", "day_start", utc(at).toLocalDate(), id, sample);
				}
			}
		});
	}

	/** Writes {@code sample} unless it was written before; answers whether it was new. */
	private boolean insertSample(int id, Instant at, FeatureSample sample) throws SQLException {
		try (PreparedStatement known = statement("SELECT 1 FROM feature_sample WHERE server_id = ? AND feature = ? AND version = ? AND at = ?",
				id, sample.feature(), sample.version(), utc(at)); ResultSet result = known.executeQuery()) {
			if (result.next()) {
				return false;
			}
		}
		update("INSERT INTO feature_sample (server_id, at, feature, version, used, total, reserved, overdraft_used, devices) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, utc(at), sample.feature(), sample.version(), sample.used(), sample.total(),
				sample.reserved(), sample.overdraftUsed(), sample.devices());
		return true;
	}

	/** Adds one new sample to its hour's or day's rollup: no raw sample is read again. */
	private void addToRollup(String table, String column, Object start, int id, FeatureSample sample) throws SQLException {
		int full = sample.total() > 0 && sample.used() >= sample.total() ? 1 : 0;
		int changed = update("UPDATE " + table + " SET samples = samples + 1, used_sum = used_sum + ?, used_max = GREATEST(used_max, ?), "
				+ "total_max = GREATEST(total_max, ?), full_samples = full_samples + ? WHERE server_id = ? AND feature = ? AND version = ? AND "
				+ column + " = ?", sample.used(), sample.used(), sample.total(), full, id, sample.feature(), sample.version(), start);
		if (changed == 0) {
			update("INSERT INTO " + table + " (server_id, feature, version, " + column + ", samples, used_sum, used_max, total_max, "
					+ "full_samples) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)", id, sample.feature(), sample.version(), start, sample.used(),
					sample.used(), sample.total(), full);
		}
	}

	/**
	 * The hourly rollups of {@code feature} {@code version} on {@code server} whose hour starts in
	 * [{@code from}, {@code to}), in time order; an hour without samples has no rollup (a gap).
	 */
	public List<Rollup> hours(String server, String feature, String version, Instant from, Instant to) throws SQLException {
		List<Rollup> rollups = new ArrayList<>();
		try (PreparedStatement select = statement("SELECT r.hour_start, r.samples, r.used_sum, r.used_max, r.total_max, r.full_samples "
				+ "FROM feature_hour r JOIN history_server h ON h.id = r.server_id WHERE h.name = ? AND r.feature = ? AND r.version = ? "
				+ "AND r.hour_start >= ? AND r.hour_start < ? ORDER BY r.hour_start", server, feature, version, utc(from), utc(to));
				ResultSet result = select.executeQuery()) {
			while (result.next()) {
				rollups.add(new Rollup(result.getObject(1, OffsetDateTime.class).toInstant(), result.getInt(2), result.getLong(3),
						result.getInt(4), result.getInt(5), result.getInt(6)));
			}
		}
		return rollups;
	}

	/** The daily rollup of {@code feature} {@code version} on {@code server} for {@code day} (UTC), if it had samples. */
	public Optional<Rollup> day(String server, String feature, String version, LocalDate day) throws SQLException {
		try (PreparedStatement select = statement("SELECT r.samples, r.used_sum, r.used_max, r.total_max, r.full_samples FROM feature_day r "
				+ "JOIN history_server h ON h.id = r.server_id WHERE h.name = ? AND r.feature = ? AND r.version = ? AND r.day_start = ?",
				server, feature, version, day); ResultSet result = select.executeQuery()) {
			return result.next() ? Optional.of(new Rollup(day.atStartOfDay(ZoneOffset.UTC).toInstant(), result.getInt(1), result.getLong(2),
					result.getInt(3), result.getInt(4), result.getInt(5))) : Optional.empty();
		}
	}

	/**
	 * Each feature's peak, average, count and time at 100 % per month of [{@code from}, {@code to}] on
	 * {@code server}, from the daily rollups alone (no raw sample is read), by feature, version and month;
	 * {@code interval} is how often the server was sampled.
	 */
	public List<MonthPeak> peaks(String server, YearMonth from, YearMonth to, Duration interval) throws SQLException {
		List<MonthPeak> peaks = new ArrayList<>();
		try (PreparedStatement select = statement("SELECT r.feature, r.version, EXTRACT(YEAR FROM r.day_start), EXTRACT(MONTH FROM r.day_start), "
				+ "MAX(r.used_max), SUM(r.used_sum), SUM(r.samples), MAX(r.total_max), SUM(r.full_samples) FROM feature_day r "
				+ "JOIN history_server h ON h.id = r.server_id WHERE h.name = ? AND r.day_start >= ? AND r.day_start <= ? "
				+ "GROUP BY r.feature, r.version, EXTRACT(YEAR FROM r.day_start), EXTRACT(MONTH FROM r.day_start) "
				+ "ORDER BY r.feature, r.version, 3, 4", server, from.atDay(1), to.atEndOfMonth());
				ResultSet result = select.executeQuery()) {
			while (result.next()) {
				long samples = result.getLong(7);
				peaks.add(new MonthPeak(result.getString(1), result.getString(2), YearMonth.of(result.getInt(3), result.getInt(4)),
						result.getInt(5), samples == 0 ? 0 : (double) result.getLong(6) / samples, result.getInt(8),
						interval.multipliedBy(result.getLong(9))));
			}
		}
		return peaks;
	}

	/** How long raw samples are kept; the hourly rollups 2 years, the daily ones for ever. */
	public static final Duration RAW_KEPT = Duration.ofDays(35);
	public static final Duration HOURS_KEPT = Duration.ofDays(2 * 366);

	/** Deletes raw samples older than {@link #RAW_KEPT} and hourly rollups older than {@link #HOURS_KEPT} before {@code now}. */
	public void purge(Instant now) throws SQLException {
		inTransaction(() -> {
			OffsetDateTime raw = utc(now.minus(RAW_KEPT));
			update("DELETE FROM feature_sample WHERE at < ?", raw);
			update("DELETE FROM server_sample WHERE at < ?", raw);
			update("DELETE FROM feature_hour WHERE hour_start < ?", utc(now.minus(HOURS_KEPT)));
		});
	}

	/** Records that {@code server} did not answer at {@code at}, and why: a gap in every feature's history. */
	public void recordDown(String server, Instant at, String detail) throws SQLException {
		inTransaction(() -> writeState(serverId(server), at, false, detail));
	}

	private void writeState(int id, Instant at, boolean up, String detail) throws SQLException {
		update("MERGE INTO server_sample (server_id, at, up, detail) KEY (server_id, at) VALUES (?, ?, ?, ?)", id, utc(at), up,
				detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail);
	}

	/**
	 * The use of {@code feature} {@code version} on {@code server} at each time it was asked from
	 * {@code from} (inclusive) to {@code to} (exclusive), in time order: a time the server was down, or did not
	 * have the feature, is a gap.
	 */
	public List<Point> series(String server, String feature, String version, Instant from, Instant to) throws SQLException {
		List<Point> points = new ArrayList<>();
		try (PreparedStatement select = statement("SELECT s.at, s.up, f.used, f.total FROM server_sample s "
				+ "JOIN history_server h ON h.id = s.server_id "
				+ "LEFT JOIN feature_sample f ON f.server_id = s.server_id AND f.at = s.at AND f.feature = ? AND f.version = ? "
				+ "WHERE h.name = ? AND s.at >= ? AND s.at < ? ORDER BY s.at", feature, version, server, utc(from), utc(to));
				ResultSet result = select.executeQuery()) {
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
