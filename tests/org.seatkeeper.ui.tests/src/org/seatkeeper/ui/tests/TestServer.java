package org.seatkeeper.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.ui.PlatformUI;
import org.seatkeeper.core.client.Credentials;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.core.fleet.ServerList;
import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.testing.server.TestLicenseServer;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.connection.ConnectionSettings;
import org.seatkeeper.ui.internal.connection.LoginPrompt;
import org.seatkeeper.ui.internal.connection.ServerConnections;

/**
 * The embedded license server with known content, and the views pointed at it: it is the current server of
 * the list and the login prompt answers as the given user.
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

	private TestServer(Path data, ServerOptions options) throws IOException {
		super(data, options);
		port = server.port();
	}

	/**
	 * A server reached by HTTPS only, with a self-signed certificate made for it by the JDK's keytool (for
	 * 127.0.0.1 and localhost), which no authority vouches for.
	 */
	static TestServer https(Path dir) throws Exception {
		Files.createDirectories(dir);
		Path keystore = dir.resolve("server.p12");
		String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
		Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
				"-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
				"-keystore", keystore.toString(), "-storepass", "Store-Passw0rd").redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new IOException("keytool failed: " + output);
		}
		Path data = dir.resolve("data");
		return new TestServer(data, ServerOptions.of(0, data).withHttps(keystore, "Store-Passw0rd".toCharArray()));
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

	/** The name of the entry the tests point the views at. */
	static final String NAME = "Test server";

	/**
	 * Points the views at the server on {@code port} of the loopback address (plain HTTP) with page size
	 * {@code pageSize}, and waits for their loads; logins are answered as {@code user}.
	 */
	static void pointViewsAt(int port, int pageSize, String user, String password) throws Exception {
		pointViewsAt(NAME, "http://127.0.0.1:" + port, pageSize, user, password);
	}

	/**
	 * Makes the server named {@code name} at {@code url} (added to the list, or changed there) the current
	 * one, with page size {@code pageSize}, and waits for the views' loads; logins are answered as {@code user}.
	 */
	static void pointViewsAt(String name, String url, int pageSize, String user, String password) throws Exception {
		ServerConnections connections = connections();
		answerLoginsAs(user, password);
		ServerConnections.store(ConnectionSettings.DEFAULTS.withPageSize(pageSize));
		put(ServerEntry.of(name, url));
		connections.setCurrent(name);
		connections.logOut(); // the login of an earlier test on the same address is not this one's
		connections.reconnect();
		UiTestSupport.processEvents();
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		// the loads are done: show what they brought (views still show the last server's records until then)
		UiTestSupport.processEvents();
	}

	/** Adds {@code entry} to the server list, or replaces the entry of its name. */
	static void put(ServerEntry entry) throws Exception {
		ServerConnections connections = connections();
		connections.awaitList(null);
		connections.change(list -> list.find(entry.name()).isPresent() ? list.replace(entry.name(), entry) : list.add(entry), Map.of());
	}

	/** Points the views back at the default server (the embedded one), removes the test servers, and stops answering logins. */
	static void pointViewsBack() throws Exception {
		ServerConnections connections = connections();
		ServerConnections.store(ConnectionSettings.DEFAULTS);
		connections.awaitList(null);
		connections.setCurrent(ServerEntry.DEMO_NAME);
		connections.change(list -> {
			ServerList kept = list.find(ServerEntry.DEMO_NAME).isPresent() ? list : list.add(ServerEntry.demo());
			for (ServerEntry entry : list.entries()) {
				if (!entry.embedded()) {
					kept = kept.remove(entry.name());
				}
			}
			return kept;
		}, Map.of());
		connections.setPrompt(LoginPrompt.NONE);
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
