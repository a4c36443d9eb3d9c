package org.seatkeeper.history;

import static org.seatkeeper.history.Recorder.bind;
import static org.seatkeeper.history.Recorder.utc;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The usage history in a database reached through JDBC: by default an embedded H2 file under
 * {@code ~/.seatkeeper/history}, with nothing to install; for a team, a shared PostgreSQL that several windows
 * and watchers write and read. Opening it brings its schema to the newest version ({@link Migrations}). Every
 * write is idempotent: a sample written twice (a retry, a second collector) is kept once. A server that did not
 * answer is recorded as down, with no feature values: a gap, never zeros. Not thread-safe: one instance per
 * thread, or the caller serializes.
 */
public final class HistoryDatabase implements AutoCloseable {

	/** How long raw samples are kept; the hourly rollups {@link #HOURS_KEPT}, the daily ones for ever. */
	public static final Duration RAW_KEPT = Duration.ofDays(35);
	public static final Duration HOURS_KEPT = Duration.ofDays(2 * 366);

	private static final String UNIQUE_VIOLATION = "23505";

	private final Connection connection;
	private final Dialect dialect;
	private final Recorder recorder;

	private HistoryDatabase(Connection connection, Dialect dialect) {
		this.connection = connection;
		this.dialect = dialect;
		this.recorder = new Recorder(connection, dialect);
	}

	/** The default database of the user whose home is {@code home}: {@code ~/.seatkeeper/history/history.mv.db}. */
	public static String defaultUrl(Path home) {
		return "jdbc:h2:file:" + home.resolve(".seatkeeper").resolve("history").resolve("history").toAbsolutePath();
	}

	/** Opens the database at {@code jdbcUrl} with the user and password the URL names, if any. */
	public static HistoryDatabase open(String jdbcUrl) throws SQLException {
		return open(jdbcUrl, null, null);
	}

	/**
	 * Opens the database at {@code jdbcUrl} ({@code jdbc:h2:…}, made if missing, or {@code jdbc:postgresql://…}) as
	 * {@code user} with {@code password} ({@code null}: as the URL says), and migrates its schema.
	 *
	 * @throws SQLException saying what is wrong: a URL of another database, a file another process holds, a
	 *                      refused login, a schema newer than this version knows
	 */
	public static HistoryDatabase open(String jdbcUrl, String user, char[] password) throws SQLException {
		Dialect dialect = Dialect.of(jdbcUrl);
		Connection connection = dialect.connect(jdbcUrl, user, password);
		try {
			Migrations.apply(connection, dialect);
			return new HistoryDatabase(connection, dialect);
		} catch (SQLException | RuntimeException e) {
			connection.close();
			throw e;
		}
	}

	/** Whether the history is in a shared PostgreSQL database (else in an embedded H2 file). */
	public boolean shared() {
		return dialect == Dialect.POSTGRESQL;
	}

	/** The schema's version. */
	public int schemaVersion() throws SQLException {
		return Migrations.current(connection);
	}

	/**
	 * Writes {@code samples} in one transaction: all of them, or none; those written before are kept once. When
	 * another writer added the same rows at the same moment (H2 checks keys only when it writes), the
	 * transaction is run again: it then finds them there.
	 */
	public void record(List<? extends Sample> samples) throws SQLException {
		for (int attempt = 1;; attempt++) {
			try {
				inTransaction(() -> recorder.record(samples));
				return;
			} catch (SQLException e) {
				if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || attempt == 3) {
					throw e;
				}
			}
		}
	}

	/** Records that {@code server} answered at {@code at} with {@code features}; written once however often it is called. */
	public void recordUp(String server, Instant at, List<FeatureSample> features) throws SQLException {
		record(List.of(new Sample.Up(server, at, features)));
	}

	/** Records that {@code server} did not answer at {@code at}, and why: a gap in every feature's history. */
	public void recordDown(String server, Instant at, String detail) throws SQLException {
		record(List.of(new Sample.Down(server, at, detail)));
	}

	/** Marks {@code server}'s history as made up (the demo server's), so that views can say so. */
	public void markDemo(String server) throws SQLException {
		inTransaction(() -> update("UPDATE history_server SET demo = TRUE WHERE id = ?", recorder.serverId(server)));
	}

	/** Whether {@code server}'s history is made up (the demo server's). */
	public boolean demo(String server) throws SQLException {
		try (PreparedStatement select = statement("SELECT demo FROM history_server WHERE name = ?", server);
				ResultSet result = select.executeQuery()) {
			return result.next() && result.getBoolean(1);
		}
	}

	/** The servers the history has, by name. */
	public List<String> servers() throws SQLException {
		List<String> names = new ArrayList<>();
		try (PreparedStatement select = statement("SELECT name FROM history_server ORDER BY name"); ResultSet result = select.executeQuery()) {
			while (result.next()) {
				names.add(result.getString(1));
			}
		}
		return names;
	}

	/** The features and versions {@code server} has history of, by name. */
	public List<FeatureKey> features(String server) throws SQLException {
		List<FeatureKey> keys = new ArrayList<>();
		try (PreparedStatement select = statement("SELECT f.feature, f.version FROM history_feature f JOIN history_server h ON h.id = f.server_id "
				+ "WHERE h.name = ? ORDER BY f.feature, f.version", server); ResultSet result = select.executeQuery()) {
			while (result.next()) {
				keys.add(new FeatureKey(result.getString(1), result.getString(2)));
			}
		}
		return keys;
	}

	/**
	 * The use of {@code feature} {@code version} on {@code server} at each time it was asked from
	 * {@code from} (inclusive) to {@code to} (exclusive), in time order: a time the server was down, or did not
	 * have the feature, is a gap.
	 */
	public List<Point> series(String server, String feature, String version, Instant from, Instant to) throws SQLException {
		// two range scans of their primary keys, merged here: the feature's values, and every time the server was asked
		Map<Instant, int[]> values = new HashMap<>();
		try (PreparedStatement select = statement("SELECT v.at, v.used, v.total FROM feature_sample v JOIN history_feature f ON f.id = v.feature_id "
				+ "JOIN history_server h ON h.id = f.server_id WHERE h.name = ? AND f.feature = ? AND f.version = ? AND v.at >= ? AND v.at < ?",
				server, feature, version, utc(from), utc(to)); ResultSet result = select.executeQuery()) {
			while (result.next()) {
				values.put(result.getObject(1, OffsetDateTime.class).toInstant(), new int[] { result.getInt(2), result.getInt(3) });
			}
		}
		List<Point> points = new ArrayList<>();
		try (PreparedStatement select = statement("SELECT s.at, s.up FROM server_sample s JOIN history_server h ON h.id = s.server_id "
				+ "WHERE h.name = ? AND s.at >= ? AND s.at < ? ORDER BY s.at", server, utc(from), utc(to)); ResultSet result = select.executeQuery()) {
			while (result.next()) {
				Instant at = result.getObject(1, OffsetDateTime.class).toInstant();
				int[] value = values.get(at);
				points.add(new Point(at, result.getBoolean(2), value == null ? OptionalInt.empty() : OptionalInt.of(value[0]),
						value == null ? OptionalInt.empty() : OptionalInt.of(value[1])));
			}
		}
		return points;
	}

	/**
	 * The hourly rollups of {@code feature} {@code version} on {@code server} whose hour starts in
	 * [{@code from}, {@code to}), in time order; an hour without samples has no rollup (a gap).
	 */
	public List<Rollup> hours(String server, String feature, String version, Instant from, Instant to) throws SQLException {
		return rollups("feature_hour", "hour_start", server, feature, version, utc(from), utc(to));
	}

	/**
	 * The hourly rollups of every feature of {@code server} whose hour starts in [{@code from}, {@code to}), by
	 * feature and in time order: one query for a view's column of every feature's last day.
	 */
	public Map<FeatureKey, List<Rollup>> hoursOfAll(String server, Instant from, Instant to) throws SQLException {
		Map<FeatureKey, List<Rollup>> hours = new LinkedHashMap<>();
		try (PreparedStatement select = statement("SELECT f.feature, f.version, r.hour_start, r.samples, r.used_sum, r.used_max, r.total_max, "
				+ "r.full_seconds FROM feature_hour r JOIN history_feature f ON f.id = r.feature_id JOIN history_server h ON h.id = f.server_id "
				+ "WHERE h.name = ? AND r.hour_start >= ? AND r.hour_start < ? ORDER BY f.feature, f.version, r.hour_start", server, utc(from), utc(to));
				ResultSet result = select.executeQuery()) {
			while (result.next()) {
				hours.computeIfAbsent(new FeatureKey(result.getString(1), result.getString(2)), key -> new ArrayList<>()).add(new Rollup(
						result.getObject(3, OffsetDateTime.class).toInstant(), result.getInt(4), result.getLong(5), result.getInt(6), result.getInt(7),
						Duration.ofSeconds(result.getLong(8))));
			}
		}
		return hours;
	}

	/** The daily rollups of {@code feature} {@code version} on {@code server} for the UTC days [{@code from}, {@code to}). */
	public List<Rollup> days(String server, String feature, String version, LocalDate from, LocalDate to) throws SQLException {
		return rollups("feature_day", "day_start", server, feature, version, from, to);
	}

	/** The daily rollup of {@code feature} {@code version} on {@code server} for {@code day} (UTC), if it had samples. */
	public Optional<Rollup> day(String server, String feature, String version, LocalDate day) throws SQLException {
		return days(server, feature, version, day, day.plusDays(1)).stream().findFirst();
	}

	private List<Rollup> rollups(String table, String start, String server, String feature, String version, Object from, Object to)
			throws SQLException {
		List<Rollup> rollups = new ArrayList<>();
		try (PreparedStatement select = statement("SELECT r." + start + ", r.samples, r.used_sum, r.used_max, r.total_max, r.full_seconds FROM "
				+ table + " r JOIN history_feature f ON f.id = r.feature_id JOIN history_server h ON h.id = f.server_id WHERE h.name = ? "
				+ "AND f.feature = ? AND f.version = ? AND r." + start + " >= ? AND r." + start + " < ? ORDER BY r." + start, server, feature,
				version, from, to); ResultSet result = select.executeQuery()) {
			while (result.next()) {
				Instant at = start.equals("day_start") ? result.getObject(1, LocalDate.class).atStartOfDay(ZoneOffset.UTC).toInstant()
						: result.getObject(1, OffsetDateTime.class).toInstant();
				rollups.add(new Rollup(at, result.getInt(2), result.getLong(3), result.getInt(4), result.getInt(5), Duration.ofSeconds(result.getLong(6))));
			}
		}
		return rollups;
	}

	/**
	 * Each feature's peak, average, count and time at 100 % per month of [{@code from}, {@code to}] on
	 * {@code server}, from the daily rollups alone (no raw sample is read), by feature, version and month.
	 */
	public List<MonthPeak> peaks(String server, YearMonth from, YearMonth to) throws SQLException {
		List<MonthPeak> peaks = new ArrayList<>();
		try (PreparedStatement select = statement("SELECT f.feature, f.version, EXTRACT(YEAR FROM r.day_start), EXTRACT(MONTH FROM r.day_start), "
				+ "MAX(r.used_max), SUM(r.used_sum), SUM(r.samples), MAX(r.total_max), SUM(r.full_seconds) FROM feature_day r "
				+ "JOIN history_feature f ON f.id = r.feature_id JOIN history_server h ON h.id = f.server_id "
				+ "WHERE h.name = ? AND r.day_start >= ? AND r.day_start <= ? "
				+ "GROUP BY f.feature, f.version, EXTRACT(YEAR FROM r.day_start), EXTRACT(MONTH FROM r.day_start) "
				+ "ORDER BY f.feature, f.version, 3, 4", server, from.atDay(1), to.atEndOfMonth()); ResultSet result = select.executeQuery()) {
			while (result.next()) {
				long samples = result.getLong(7);
				peaks.add(new MonthPeak(result.getString(1), result.getString(2), YearMonth.of(result.getInt(3), result.getInt(4)), result.getInt(5),
						samples == 0 ? 0 : (double) result.getLong(6) / samples, result.getInt(8), Duration.ofSeconds(result.getLong(9)), samples));
			}
		}
		return peaks;
	}

	/** The device sessions of {@code server} that overlap [{@code from}, {@code to}), by checkout time. */
	public List<DeviceSession> sessions(String server, Instant from, Instant to) throws SQLException {
		List<DeviceSession> sessions = new ArrayList<>();
		try (PreparedStatement select = statement("SELECT d.device, f.feature, f.version, d.checked_out_at, d.returned_at FROM device_session d "
				+ "JOIN history_feature f ON f.id = d.feature_id JOIN history_server h ON h.id = d.server_id WHERE h.name = ? "
				+ "AND d.checked_out_at < ? AND (d.returned_at IS NULL OR d.returned_at > ?) ORDER BY d.checked_out_at, d.device, f.feature",
				server, utc(to), utc(from)); ResultSet result = select.executeQuery()) {
			while (result.next()) {
				OffsetDateTime returned = result.getObject(5, OffsetDateTime.class);
				sessions.add(new DeviceSession(result.getString(1), result.getString(2), result.getString(3),
						result.getObject(4, OffsetDateTime.class).toInstant(), Optional.ofNullable(returned).map(OffsetDateTime::toInstant)));
			}
		}
		return sessions;
	}

	/** Deletes raw samples and closed sessions older than {@link #RAW_KEPT} and hourly rollups older than {@link #HOURS_KEPT} before {@code now}. */
	public void purge(Instant now) throws SQLException {
		inTransaction(() -> {
			OffsetDateTime raw = utc(now.minus(RAW_KEPT));
			update("DELETE FROM feature_sample WHERE at < ?", raw);
			update("DELETE FROM server_sample WHERE at < ?", raw);
			update("DELETE FROM device_session WHERE returned_at < ?", raw);
			update("DELETE FROM feature_hour WHERE hour_start < ?", utc(now.minus(HOURS_KEPT)));
		});
	}

	/**
	 * Brings the database's statistics up to date (ANALYZE), so that its planner picks the indexes for the
	 * history's size: the collector does it daily, after the purge; PostgreSQL's autovacuum does it too.
	 */
	public void analyze() throws SQLException {
		try (PreparedStatement analyze = connection.prepareStatement("ANALYZE")) {
			analyze.execute();
		}
	}

	/** A statement of {@code sql} with {@code values} bound to its parameters in order. */
	private PreparedStatement statement(String sql, Object... values) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		try {
			bind(statement, values);
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
			recorder.forget();
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
