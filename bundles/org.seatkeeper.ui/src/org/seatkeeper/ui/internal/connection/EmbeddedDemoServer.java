package org.seatkeeper.ui.internal.connection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.seatkeeper.core.client.Credentials;
import org.seatkeeper.core.client.ServerAddress;
import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.ui.internal.jobs.Background;

/**
 * The license server the product runs in-process when no other server is set: demo data and simulated
 * devices, on a free port of the loopback address only. Its data stays in the workspace between runs;
 * its administrator gets a new password at each start, known only to this process, so no password is
 * stored anywhere.
 */
final class EmbeddedDemoServer implements AutoCloseable {

	/** The servers being closed in the background, by data folder: a new start on the folder waits for them. */
	private static final Map<Path, CompletableFuture<Void>> CLOSING = new ConcurrentHashMap<>();

	private final LicenseServer server;
	private final Credentials administrator;
	private final Path data;

	private EmbeddedDemoServer(LicenseServer server, Credentials administrator, Path data) {
		this.server = server;
		this.administrator = administrator;
		this.data = data;
	}

	/**
	 * Starts the server on the data in {@code data} (seeding demo data into an empty folder), once a server
	 * still closing on the same folder has let it go.
	 */
	static EmbeddedDemoServer start(Path data) throws IOException {
		CompletableFuture<Void> closing = CLOSING.get(data);
		if (closing != null) {
			closing.join();
		}
		Files.createDirectories(data);
		LicenseServer server = LicenseServer.start(ServerOptions.of(0, data).withBindAddress("127.0.0.1").withDemo(true)
				// the first start announces a generated password; it is replaced below and must not reach a log
				.withConsole(line -> {
				}));
		try {
			char[] password = server.renewAdministratorPassword();
			return new EmbeddedDemoServer(server, new Credentials("admin", password), data);
		} catch (RuntimeException e) {
			server.close();
			throw e;
		}
	}

	ServerAddress address() {
		return ServerAddress.parse(server.baseUri().toString());
	}

	/** The administrator's login for this run. */
	Credentials administrator() {
		return administrator;
	}

	/** The server itself, for tests and benchmarks that fill it. */
	LicenseServer server() {
		return server;
	}

	@Override
	public void close() {
		server.close();
	}

	/** Closes the server in a Job: it flushes its data and lets its port and folder go, which the UI never waits for. */
	void closeInBackground() {
		CompletableFuture<Void> closed = new CompletableFuture<>();
		CLOSING.put(data, closed);
		Background.task(Messages.Connection_stoppingDemo, monitor -> {
			try {
				server.close();
			} finally {
				CLOSING.remove(data, closed);
				closed.complete(null);
			}
		}).system().schedule();
	}
}
