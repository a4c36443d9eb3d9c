package org.seatkeeper.testing.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.seatkeeper.core.client.ClientOptions;
import org.seatkeeper.core.client.CredentialsProvider;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.ServerAddress;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;

/**
 * Seatkeeper's embedded server for tests: in-process on a free port of the loopback address, with a known
 * administrator password, a few features, devices that check some out, and a read-only user on demand.
 */
public class TestLicenseServer implements AutoCloseable {

	public static final String ADMIN_PASSWORD = "Adm1n-Passw0rd!";
	public static final String READER = "reader";
	public static final String READER_PASSWORD = "Read3r-Passw0rd!";
	/** The expiry of the record of f1 that ends soon: within 30 days. */
	public static final LocalDate SOON = LocalDate.now().plusDays(20);

	public final Path data;
	public LicenseServer server;

	public TestLicenseServer(Path data) throws IOException {
		this(data, ServerOptions.of(0, data));
	}

	public TestLicenseServer(Path data, ServerOptions options) throws IOException {
		this.data = data;
		this.server = LicenseServer.start(options.withBindAddress("127.0.0.1").withAdminPassword(ADMIN_PASSWORD)
				.withConsole(line -> {
				}));
	}

	/** Installs f1 1.0 ×10 (permanent) and ×5 (expiring soon), f2 2.0 ×4 with overdraft 2, and f3 1.5 ×3. */
	public TestLicenseServer withFeatures() {
		server.licensing().addFeatures(List.of(record("f1", "1.0", 10, null, 0, "ACT-F1"), record("f1", "1.0", 5, SOON, 0, "ACT-F1B"),
				record("f2", "2.0", 4, null, 2, "ACT-F2"), record("f3", "1.5", 3, null, 0, "ACT-F3")));
		return this;
	}

	public static FeatureRecord record(String name, String version, int count, LocalDate expiry, int overdraft, String activation) {
		return new FeatureRecord(0, name, version, count, expiry, LocalDate.now().minusDays(10), "vs-" + name, "demo", overdraft,
				false, activation, "test back office", null, null, null);
	}

	/** Has device {@code host} check out {@code features} (like {@code [{"name":"f1","version":"1.0","count":2}]}). */
	public void checkout(String host, String features) throws IOException, InterruptedException {
		HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("access_request"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"hostId\":{\"type\":\"STRING\",\"value\":\"" + host
						+ "\"},\"hostName\":\"" + host + ".example.com\",\"borrow-interval\":\"3600\",\"features\":" + features + "}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new AssertionError("checkout of " + host + " failed: " + answer.body());
		}
	}

	public URI uri(String resource) {
		return server.baseUri().resolve(resource);
	}

	public ServerAddress address() {
		return ServerAddress.parse(server.baseUri().toString());
	}

	public LicenseServerClient admin() {
		return client("admin", ADMIN_PASSWORD);
	}

	public LicenseServerClient client(String user, String password) {
		return new LicenseServerClient(ClientOptions.of(address()).withCredentials(CredentialsProvider.of(user, password.toCharArray())));
	}

	/** Creates the read-only user and answers a client logged in as it. */
	public LicenseServerClient reader() throws ServerException {
		try (LicenseServerClient admin = admin()) {
			admin.createUser(READER, READER_PASSWORD.toCharArray(), List.of("ROLE_READ"), new NullProgressMonitor());
		}
		return client(READER, READER_PASSWORD);
	}

	@Override
	public void close() throws Exception {
		server.close();
	}
}
