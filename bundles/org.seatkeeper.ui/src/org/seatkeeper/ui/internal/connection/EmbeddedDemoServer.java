package org.seatkeeper.ui.internal.connection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.seatkeeper.core.client.Credentials;
import org.seatkeeper.core.client.ServerAddress;
import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;

/**
 * The license server the product runs in-process when no other server is set: demo data and simulated
 * devices, on a free port of the loopback address only. Its data stays in the workspace between runs;
 * its administrator gets a new password at each start, known only to this process, so no password is
 * stored anywhere.
 */
final class EmbeddedDemoServer implements AutoCloseable {

	private final LicenseServer server;
	private final Credentials administrator;

	private EmbeddedDemoServer(LicenseServer server, Credentials administrator) {
		this.server = server;
		this.administrator = administrator;
	}

	/** Starts the server on the data in {@code data} (seeding demo data into an empty folder). */
	static EmbeddedDemoServer start(Path data) throws IOException {
		Files.createDirectories(data);
		LicenseServer server = LicenseServer.start(ServerOptions.of(0, data).withBindAddress("127.0.0.1").withDemo(true)
				// the first start announces a generated password; it is replaced below and must not reach a log
				.withConsole(line -> {
				}));
		try {
			char[] password = server.renewAdministratorPassword();
			return new EmbeddedDemoServer(server, new Credentials("admin", password));
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
}
