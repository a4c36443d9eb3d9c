package org.seatkeeper.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.seatkeeper.server.internal.api.LicensingApi;
import org.seatkeeper.server.internal.demo.Demo;
import org.seatkeeper.server.internal.api.AdminApi;
import org.seatkeeper.server.internal.api.Router;
import org.seatkeeper.server.internal.api.SecurityGate;
import org.seatkeeper.server.internal.offline.DemoBackOffice;
import org.seatkeeper.server.internal.api.OfflineApi;
import org.seatkeeper.server.internal.security.Passwords;
import org.seatkeeper.server.internal.state.ServerCore;
import org.seatkeeper.server.offline.OfflineFileException;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * Seatkeeper's embedded license server: a REST admin API compatible with the FlexNet Embedded local
 * license server's, on the JDK's HTTP server, with its state in a data folder. Started by
 * {@code ./seatkeeper server} or in-process by the product; see API.md for the API.
 */
public final class LicenseServer implements AutoCloseable {

	private static final Logger LOG = Logger.getLogger(LicenseServer.class.getName());

	private final ServerCore core;
	private final HttpServer http;
	private final ExecutorService executor;
	private final ScheduledExecutorService timer;
	private final LicensingApi licensing;
	private final Demo demo;
	private final DemoBackOffice backOffice;
	private final boolean https;

	private LicenseServer(ServerCore core, HttpServer http, ExecutorService executor, ScheduledExecutorService timer,
			LicensingApi licensing, Demo demo, DemoBackOffice backOffice, boolean https) {
		this.backOffice = backOffice;
		this.core = core;
		this.demo = demo;
		this.licensing = licensing;
		this.http = http;
		this.executor = executor;
		this.timer = timer;
		this.https = https;
	}

	private static void sweep(LicensingApi licensing) {
		try {
			licensing.sweep();
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "Freeing the counts of expired devices failed; it is tried again at the next interval", e);
		}
	}

	/** Seconds a client has to send a request's headers before its connection is closed. */
	static final String REQUEST_TIME_LIMIT = "30";
	/** Seconds a client has to take an answer (the device list of a large server takes a while). */
	static final String RESPONSE_TIME_LIMIT = "300";
	/** Connections open at once; more are closed as they arrive. */
	static final String MAX_CONNECTIONS = "4096";

	static {
		// The JDK's HTTP server reads these once, when its first server is made; a value set before (a test
		// that wants a shorter limit) is kept.
		// It closes idle keep-alive connections beyond this many (200 by default), which makes clients that
		// pool connections fail on their next request; a license server has many devices.
		setDefault("sun.net.httpserver.maxIdleConnections", "4096");
		// Without these, a client that sends its headers a byte a minute, or never reads the answer, holds
		// a connection for ever.
		setDefault("sun.net.httpserver.maxReqTime", REQUEST_TIME_LIMIT);
		setDefault("sun.net.httpserver.maxRspTime", RESPONSE_TIME_LIMIT);
		setDefault("jdk.httpserver.maxConnections", MAX_CONNECTIONS);
	}

	private static void setDefault(String property, String value) {
		if (System.getProperty(property) == null) {
			System.setProperty(property, value);
		}
	}

	/** Opens the state and starts listening. */
	public static LicenseServer start(ServerOptions options) throws IOException {
		SSLContext ssl = options.keystore().isPresent() ? sslContext(options) : null;
		ServerCore core = new ServerCore(options.data(), options.clock(), options.adminPassword(), options.console(),
				options.journalChannel());
		try {
			InetSocketAddress address = new InetSocketAddress(options.bindAddress(), options.port());
			HttpServer http;
			if (ssl != null) {
				HttpsServer secure = HttpsServer.create(address, 256);
				secure.setHttpsConfigurator(new HttpsConfigurator(ssl));
				http = secure;
			} else {
				http = HttpServer.create(address, 256);
			}
			Router router = new Router(new SecurityGate(core), core.instanceId());
			new AdminApi(core, new AdminApi.Build(Version.VERSION, Version.BUILD_DATE, Version.BRANCH, Version.GIT_HASH), ssl != null).register(router);
			LicensingApi licensing = new LicensingApi(core);
			licensing.register(router);
			OfflineApi offline = new OfflineApi(core);
			offline.register(router);
			DemoBackOffice backOffice = null;
			if (options.producerKey().isPresent()) {
				offline.setProducerKey(Files.readString(options.producerKey().get()));
			} else if (options.demo() && DemoBackOffice.mayTrust(options.data(), offline.producerKey())) {
				// a demo server trusts the demo back office, unless it was given a producer key of its own before
				backOffice = DemoBackOffice.prepare(options.data(), java.time.LocalDate.now(options.clock()));
				offline.setProducerKey(Files.readString(backOffice.publicKey()));
				options.console().accept("Offline exchange: this demo server trusts the demo back office in " + backOffice.folder()
						+ "; answer its requests with " + backOffice.respondCommand("request.bin", "response.bin"));
			}
			http.createContext("/", router); // every path: doubled slashes (//api/1.0/…) are the router's to mend
			ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
			http.setExecutor(executor);
			http.start();
			ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
				Thread thread = new Thread(runnable, "seatkeeper-server-expiry");
				thread.setDaemon(true);
				return thread;
			});
			long period = Math.max(1, core.duration("licensing.clientExpiryTimer").toSeconds());
			timer.scheduleWithFixedDelay(() -> sweep(licensing), period, period, TimeUnit.SECONDS);
			Demo demo = options.demo() ? Demo.start(licensing, options.clock()) : null;
			return new LicenseServer(core, http, executor, timer, licensing, demo, backOffice, ssl != null);
		} catch (IOException | RuntimeException e) {
			core.abandon();
			throw e;
		} catch (OfflineFileException e) {
			core.abandon();
			throw new IOException("The producer key " + options.producerKey().get() + " cannot be used: " + e.getMessage(), e);
		}
	}

	private static SSLContext sslContext(ServerOptions options) throws IOException {
		try (InputStream in = Files.newInputStream(options.keystore().get())) {
			KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
			store.load(in, options.keystorePassword());
			KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keys.init(store, options.keystorePassword());
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(keys.getKeyManagers(), null, null);
			return context;
		} catch (GeneralSecurityException e) {
			throw new IOException("Cannot use the keystore " + options.keystore().get() + ": " + e.getMessage(), e);
		}
	}

	/** The port the server listens on. */
	public int port() {
		return http.getAddress().getPort();
	}

	/** The API base, e.g. {@code http://localhost:7070/api/1.0/instances/~/}. */
	public URI baseUri() {
		return URI.create((https ? "https" : "http") + "://localhost:" + port() + "/api/1.0/instances/~/");
	}

	/** The licensing side, for in-process use (demo data, offline responses, tests); not an API for others. */
	public LicensingApi licensing() {
		return licensing;
	}

	/**
	 * Gives the administrator {@code admin} a new generated password and every role, and answers the
	 * password. For the process that owns the server's data and keeps no password: the product renews
	 * it at each start of its embedded server and logs in with it.
	 */
	public char[] renewAdministratorPassword() {
		char[] password = Passwords.generate().toCharArray();
		core.resetAdministrator(password);
		return password;
	}

	/**
	 * The folder of the demo back office whose responses a demo server started without a producer key
	 * accepts, with its private key and entitlements; empty for other servers.
	 */
	public java.util.Optional<java.nio.file.Path> demoBackOffice() {
		return java.util.Optional.ofNullable(backOffice).map(DemoBackOffice::folder);
	}

	/**
	 * The command line with which the demo back office answers {@code request} into {@code response}, for a
	 * demo server that trusts it; empty for other servers.
	 */
	public java.util.Optional<String> demoBackOfficeCommand(java.nio.file.Path request, java.nio.file.Path response) {
		return java.util.Optional.ofNullable(backOffice).map(b -> b.respondCommand(request.toString(), response.toString()));
	}

	public String instanceId() {
		return core.instanceId();
	}

	private boolean closed;

	/**
	 * Stops listening (letting running requests finish for up to a second) and writes a snapshot; closing
	 * a closed server does nothing.
	 */
	@Override
	public void close() {
		synchronized (this) {
			if (closed) {
				return;
			}
			closed = true;
		}
		if (demo != null) {
			demo.close();
		}
		timer.shutdownNow();
		http.stop(1);
		executor.shutdown();
		core.close();
	}
}
