package org.seatkeeper.ui.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.ui.PlatformUI;
import org.seatkeeper.core.client.Credentials;
import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.testing.server.TestLicenseServer;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.connection.ConnectionSettings;
import org.seatkeeper.ui.internal.connection.LoginPrompt;
import org.seatkeeper.ui.internal.connection.ServerConnections;

/**
 * The embedded license server with known content, and the views pointed at it: the Settings name it and
 * the login prompt answers as the given user.
 */
final class TestServer extends TestLicenseServer {

	private final int port;

	TestServer(Path data) throws IOException {
		super(data);
		port = server.port();
	}

	/** A server that takes capability responses signed with the key of {@code producerKey} (a PEM public key). */
	TestServer(Path data, Path producerKey) throws IOException {
		super(data, ServerOptions.of(0, data).withProducerKey(producerKey));
		port = server.port();
	}

	@Override
	public TestServer withFeatures() {
		super.withFeatures();
		return this;
	}

	int port() {
		return port;
	}

	/** Creates the read-only user. */
	void createReader() throws Exception {
		reader().close();
	}

	static ServerConnections connections() {
		return PlatformUI.getWorkbench().getService(ServerConnections.class);
	}

	/** Points the views at this server with page size {@code pageSize}; logins are answered as {@code user}. */
	TestServer connect(int pageSize, String user, String password) throws Exception {
		pointViewsAt(port, pageSize, user, password);
		return this;
	}

	/**
	 * Points the views at the server on {@code port} of the loopback address (plain HTTP) with page size
	 * {@code pageSize}, and waits for their loads; logins are answered as {@code user}.
	 */
	static void pointViewsAt(int port, int pageSize, String user, String password) throws Exception {
		ServerConnections connections = connections();
		answerLoginsAs(user, password);
		ServerConnections.store(ConnectionSettings.DEFAULTS.withServer("127.0.0.1", port, false).withPageSize(pageSize));
		connections.reconnect();
		UiTestSupport.processEvents();
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		// the loads are done: show what they brought (views still show the last server's records until then)
		UiTestSupport.processEvents();
	}

	/** Points the views back at the default server (the embedded one) and stops answering logins. */
	static void pointViewsBack() throws Exception {
		ServerConnections.store(ConnectionSettings.DEFAULTS);
		connections().setPrompt(LoginPrompt.NONE);
	}

	/** Has the views' login prompt answer as {@code user} (once: a refused login is not asked again). */
	static void answerLoginsAs(String user, String password) {
		connections().setPrompt((server, problem, proposed) -> problem == null
				? Optional.of(new LoginPrompt.Answer(new Credentials(user, password.toCharArray()), false))
				: Optional.empty());
	}

	TestServer connect(int pageSize) throws Exception {
		return connect(pageSize, "admin", ADMIN_PASSWORD);
	}

	/** Stops the server (the views lose it). */
	void stop() {
		server.close();
	}

	/** Starts it again on the same port and data. */
	void restart() throws IOException {
		server = LicenseServer.start(ServerOptions.of(port, data).withBindAddress("127.0.0.1").withConsole(line -> {
		}));
	}

	@Override
	public void close() throws Exception {
		server.close();
		pointViewsBack();
	}
}
