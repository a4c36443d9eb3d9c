package org.seatkeeper.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The history's schema, in versioned SQL files ({@code db/V<n>__<what>.sql} beside this class), each applied
 * once, in order, in one transaction with the rows that record them in {@code schema_version}, so that a
 * failed migration is not recorded (PostgreSQL takes back the tables too; H2 commits DDL at once and may keep
 * the tables it made: the next start says which migration failed and why).
 */
final class Migrations {

	/** The migrations, in order; a new one is added at the end, never edited once released. */
	static final List<String> FILES = List.of("V1__samples.sql", "V2__rollups.sql");

	private Migrations() {
	}

	/** The newest version the schema can have. */
	static int newest() {
		return FILES.size();
	}

	/**
	 * Brings the schema to the newest version in one transaction: every migration missing, or none. On
	 * PostgreSQL a second process starting at the same time waits, then finds the schema migrated. Answers the
	 * version the schema had before.
	 */
	static int apply(Connection connection, Dialect dialect) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
					+ "applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
		}
		connection.setAutoCommit(false);
		String migrating = null;
		try {
			if (dialect.lockSchema() != null) {
				try (Statement lock = connection.createStatement()) {
					lock.execute(dialect.lockSchema());
				}
			}
			int before = current(connection);
			if (before > newest()) {
				throw new SQLException("The history database has schema version " + before + ", newer than this Seatkeeper knows ("
						+ newest() + "): use a newer Seatkeeper with it");
			}
			for (int version = before + 1; version <= newest(); version++) {
				migrating = FILES.get(version - 1);
				for (String sql : statements(read(migrating))) {
					try (Statement statement = connection.createStatement()) {
						statement.execute(sql);
					}
				}
				try (PreparedStatement done = connection.prepareStatement("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
					done.setInt(1, version);
					done.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
					done.executeUpdate();
				}
			}
			connection.commit();
			return before;
		} catch (SQLException e) {
			connection.rollback();
			throw migrating == null ? e : new SQLException("The history's migration " + migrating + " failed: " + e.getMessage(), e);
		} finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	/** The schema's version: the newest migration applied, 0 for none. */
	static int current(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
			result.next();
			return result.getInt(1);
		}
	}

	private static String read(String file) throws SQLException {
		try (InputStream in = Migrations.class.getResourceAsStream("db/" + file)) {
			if (in == null) {
				throw new SQLException("The migration " + file + " is missing from the bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new SQLException("The migration " + file + " cannot be read: " + e.getMessage(), e);
		}
	}

	/** The statements of a migration: separated by a semicolon at a line's end; {@code --} comments left out. */
	static List<String> statements(String script) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : script.split("\n")) {
			String text = line.strip();
			if (text.startsWith("--") || text.isEmpty()) {
				continue;
			}
			current.append(line).append('\n');
			if (text.endsWith(";")) {
				String statement = current.toString().strip();
				statements.add(statement.substring(0, statement.length() - 1));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		return statements;
	}
}
