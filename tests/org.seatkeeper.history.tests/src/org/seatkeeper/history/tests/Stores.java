package org.seatkeeper.history.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.postgresql.ds.PGSimpleDataSource;
import org.seatkeeper.history.HistoryDatabase;

/**
 * Gives each test of the storage suite an empty history in both kinds of database the history can be kept in:
 * an embedded H2 file, and a database of a real PostgreSQL server started once for the run (and stopped at its
 * end). On a machine the PostgreSQL binaries do not run on, only H2, said on the console.
 */
final class Stores implements ArgumentsProvider {

	/** An empty history database and how to open it. */
	record Store(String kind, String url) {

		HistoryDatabase open() throws SQLException {
			return HistoryDatabase.open(url);
		}

		/** Runs {@code sql} on the database directly, as another program would. */
		void execute(String sql) throws SQLException {
			DataSource source;
			if (kind.equals("H2")) {
				JdbcDataSource h2 = new JdbcDataSource();
				h2.setURL(url);
				source = h2;
			} else {
				PGSimpleDataSource postgres = new PGSimpleDataSource();
				postgres.setURL(url);
				source = postgres;
			}
			try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}

		@Override
		public String toString() {
			return kind;
		}
	}

	/** The H2 files of a run, deleted at its end. */
	private static final class H2Files implements AutoCloseable {
		final Path dir;

		H2Files() throws IOException {
			dir = Files.createTempDirectory("history-tests");
		}

		@Override
		public void close() throws IOException {
			try (Stream<Path> paths = Files.walk(dir)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	private static int h2Files;

	@Override
	public Stream<? extends Arguments> provideArguments(ExtensionContext context) throws Exception {
		ExtensionContext.Store run = context.getRoot().getStore(ExtensionContext.Namespace.create(Stores.class));
		Path dir = run.getOrComputeIfAbsent("h2", key -> {
			try {
				return new H2Files();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}, H2Files.class).dir;
		Store h2 = new Store("H2", "jdbc:h2:file:" + dir.resolve("history-" + ++h2Files).toAbsolutePath());
		if (!PostgresServer.runsHere()) {
			System.out.println("The PostgreSQL binaries of the build do not run on " + System.getProperty("os.name") + " "
					+ System.getProperty("os.arch") + ": the storage suite runs on H2 alone here");
			return Stream.of(Arguments.of(h2));
		}
		return Stream.of(Arguments.of(h2), Arguments.of(new Store("PostgreSQL", postgres(context).newDatabase())));
	}

	/** The PostgreSQL server of the run, started by the first test that needs it. */
	static PostgresServer postgres(ExtensionContext context) {
		return context.getRoot().getStore(ExtensionContext.Namespace.create(Stores.class)).getOrComputeIfAbsent("postgres", key -> {
			try {
				return PostgresServer.start(Optional.empty(), 0);
			} catch (IOException e) {
				throw new UncheckedIOException("PostgreSQL did not start: " + e.getMessage(), e);
			}
		}, PostgresServer.class);
	}
}
