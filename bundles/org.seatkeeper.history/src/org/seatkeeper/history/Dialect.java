package org.seatkeeper.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The few statements H2 and PostgreSQL write differently; all else is the same SQL. Both write "insert unless
 * there" and "add to a rollup" in one statement each, safe when several writers share a PostgreSQL history.
 */
enum Dialect {

	H2 {
		@Override
		Connection connect(String url, String user, char[] password) throws SQLException {
			JdbcDataSource source = new JdbcDataSource();
			source.setURL(url);
			return connect(source, user, password);
		}

		@Override
		String insertUnlessThere(String table, List<String> columns, List<String> key) {
			return "MERGE INTO " + table + " t USING (VALUES (" + columns.stream().map(c -> "CAST(? AS " + type(c) + ")").collect(Collectors.joining(", "))
					+ ")) AS s (" + names(columns) + ") ON " + key.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "))
					+ " WHEN NOT MATCHED THEN INSERT (" + names(columns) + ") VALUES (" + prefixed(columns, "s.") + ")";
		}

		@Override
		String addToRollup(String table, String start) {
			return "MERGE INTO " + table + " t USING (VALUES (CAST(? AS INTEGER), CAST(? AS " + startType(start) + "), CAST(? AS INTEGER), "
					+ "CAST(? AS BIGINT), CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS BIGINT))) AS s (" + ROLLUP_COLUMNS.replace("%s", start)
					+ ") ON t.feature_id = s.feature_id AND t." + start + " = s." + start + " WHEN MATCHED THEN UPDATE SET " + ROLLUP_SUMS.replace("%s", "s.")
					+ " WHEN NOT MATCHED THEN INSERT (" + ROLLUP_COLUMNS.replace("%s", start) + ") VALUES (s.feature_id, s." + start
					+ ", s.samples, s.used_sum, s.used_max, s.total_max, s.full_seconds)";
		}

		@Override
		String lockSchema() {
			return null; // an embedded H2 file has one process at a time
		}

		@Override
		boolean checksFirst() {
			return true;
		}

		@Override
		String insertChecked(String table, List<String> columns, List<String> key) {
			return "INSERT INTO " + table + " (" + names(columns) + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
		}
	},

	POSTGRESQL {
		@Override
		Connection connect(String url, String user, char[] password) throws SQLException {
			PGSimpleDataSource source = new PGSimpleDataSource();
			source.setURL(url);
			source.setReWriteBatchedInserts(false); // a batch answers each row's count: a sample written before counts 0
			return connect(source, user, password);
		}

		@Override
		String insertUnlessThere(String table, List<String> columns, List<String> key) {
			return "INSERT INTO " + table + " (" + names(columns) + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(", "))
					+ ") ON CONFLICT (" + String.join(", ", key) + ") DO NOTHING";
		}

		@Override
		String addToRollup(String table, String start) {
			return "INSERT INTO " + table + " AS t (" + ROLLUP_COLUMNS.replace("%s", start) + ") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (feature_id, "
					+ start + ") DO UPDATE SET " + ROLLUP_SUMS.replace("%s", "EXCLUDED.");
		}

		@Override
		String lockSchema() {
			return "LOCK TABLE schema_version IN EXCLUSIVE MODE"; // two processes starting at once migrate one after the other
		}

		@Override
		boolean checksFirst() {
			return false;
		}

		@Override
		String insertChecked(String table, List<String> columns, List<String> key) {
			return insertUnlessThere(table, columns, key);
		}
	};

	private static final String ROLLUP_COLUMNS = "feature_id, %s, samples, used_sum, used_max, total_max, full_seconds";
	private static final String ROLLUP_SUMS = "samples = t.samples + %ssamples, used_sum = t.used_sum + %sused_sum, "
			+ "used_max = GREATEST(t.used_max, %sused_max), total_max = GREATEST(t.total_max, %stotal_max), "
			+ "full_seconds = t.full_seconds + %sfull_seconds";

	/** The dialect of {@code url}, or why it is not one the history can be kept in. */
	static Dialect of(String url) throws SQLException {
		if (url.startsWith("jdbc:h2:")) {
			return H2;
		}
		if (url.startsWith("jdbc:postgresql:")) {
			return POSTGRESQL;
		}
		throw new SQLException("'" + url + "' is neither an H2 (jdbc:h2:…) nor a PostgreSQL (jdbc:postgresql://…) database URL");
	}

	/** A connection to {@code url}, as {@code user} with {@code password} when given (else as the URL says). */
	abstract Connection connect(String url, String user, char[] password) throws SQLException;

	static Connection connect(DataSource source, String user, char[] password) throws SQLException {
		return user == null ? source.getConnection() : source.getConnection(user, password == null ? null : new String(password));
	}

	/**
	 * One row into {@code table}, unless a row with the same {@code key} is there: the count is 1 when it was
	 * written, 0 when it was there. {@code columns} are {@code "name TYPE"}, bound in that order.
	 */
	abstract String insertUnlessThere(String table, List<String> columns, List<String> key);

	/**
	 * Adds a batch's sums to the rollup of one feature and period in {@code table}, whose period column is
	 * {@code start}; binds feature id, start, samples, used sum, used max, total max, seconds at 100 %.
	 */
	abstract String addToRollup(String table, String start);

	/** The statement that keeps a second process from migrating at the same time, or {@code null}. */
	abstract String lockSchema();

	/**
	 * Whether the samples already written are looked up before a batch (H2: its MERGE is slow, and one process
	 * writes; a concurrent writer's clash makes the transaction run again), rather than skipped by the insert
	 * itself (PostgreSQL's {@code ON CONFLICT DO NOTHING}, safe for many writers).
	 */
	abstract boolean checksFirst();

	/** The insert of rows {@link #checksFirst()} has looked up: a plain insert, or one that skips those there. */
	abstract String insertChecked(String table, List<String> columns, List<String> key);

	private static String type(String column) {
		return column.substring(column.indexOf(' ') + 1);
	}

	private static String names(List<String> columns) {
		return prefixed(columns, "");
	}

	private static String prefixed(List<String> columns, String prefix) {
		return columns.stream().map(c -> prefix + c.substring(0, c.indexOf(' '))).collect(Collectors.joining(", "));
	}

	private static String startType(String start) {
		return start.equals("day_start") ? "DATE" : "TIMESTAMP WITH TIME ZONE";
	}
}
