package org.seatkeeper.history.internal.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import org.seatkeeper.history.HistoryDatabase;

import picocli.CommandLine.Option;

/**
 * The history database a command line reads or writes ({@code --db}, {@code --db-user}): the window's H2 file by
 * default; a PostgreSQL database's password comes from {@value #PASSWORD}, never from an argument.
 */
final class DatabaseOptions {

	/** The password of the database's user. */
	static final String PASSWORD = "SEATKEEPER_DB_PASSWORD";

	@Option(names = "--db", order = 20, paramLabel = "JDBC_URL", description = "The history database: jdbc:h2:file:PATH or "
			+ "jdbc:postgresql://HOST/DB (default: the H2 file ~/.seatkeeper/history/history that the window uses).")
	String db;

	@Option(names = "--db-user", order = 21, paramLabel = "NAME", description = "Who logs in to the database (PostgreSQL); the "
			+ "password comes from SEATKEEPER_DB_PASSWORD.")
	String user;

	/** The database's URL: the one given, else the H2 file of the user whose home is {@code home}. */
	String url(Path home) {
		return db != null ? db : HistoryDatabase.defaultUrl(home);
	}

	/** Opens the database. */
	HistoryDatabase open(Map<String, String> env, Path home) throws SQLException {
		return HistoryDatabase.open(url(home), user, Optional.ofNullable(env.get(PASSWORD)).map(String::toCharArray).orElse(null));
	}

	/** The URL as a log may show it: without a password it may carry. */
	static String withoutSecrets(String url) {
		return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
	}
}
