package org.seatkeeper.server.tests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.testing.MovableClock;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A running server in a temporary folder, on a free port, with a clock the test can move, and an HTTP client. */
final class ServerFixture implements AutoCloseable {

	static final String ADMIN_PASSWORD = "Adm1n-Passw0rd!";

	/** An answer: status, body and parsed JSON (null if the body is not JSON). */
	record Answer(int status, String body, HttpResponse<String> response) {
		JsonElement json() {
			return body.isEmpty() ? null : JsonParser.parseString(body);
		}

		JsonObject object() {
			return json().getAsJsonObject();
		}

		String errorKey() {
			return object().get("key").getAsString();
		}
	}

	final Path data;
	final MovableClock clock;
	final List<String> console = new ArrayList<>();
	final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	LicenseServer server;

	ServerFixture(Path data) throws IOException {
		this(data, new MovableClock());
	}

	ServerFixture(Path data, MovableClock clock) throws IOException {
		this.data = data;
		this.clock = clock;
		start();
	}

	/** Talks to a server the test started itself (with other options), on the clock it gave that server. */
	ServerFixture(LicenseServer running, Path data, MovableClock clock) {
		this.data = data;
		this.clock = clock;
		this.server = running;
	}

	void start() throws IOException {
		server = LicenseServer.start(ServerOptions.of(0, data).withBindAddress("127.0.0.1").withAdminPassword(ADMIN_PASSWORD)
				.withConsole(console::add).withClock(clock));
	}

	void restart() throws IOException {
		server.close();
		start();
	}

	/** Talks to a server in another process that listens on {@code port} of this machine. */
	static ServerFixture remote(int port) {
		ServerFixture remote = new ServerFixture(null, null, new MovableClock());
		remote.base = URI.create("http://localhost:" + port + "/api/1.0/instances/~/");
		return remote;
	}

	private URI base;

	URI uri(String resource) {
		return (base != null ? base : server.baseUri()).resolve(resource);
	}

	String login(String user, String password) {
		Answer answer = send("POST", "authorize", null, "application/json",
				"{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}");
		if (answer.status() != 200) {
			throw new AssertionError("login of " + user + " failed: " + answer.status() + " " + answer.body());
		}
		return answer.object().get("token").getAsString();
	}

	String admin() {
		return login("admin", ADMIN_PASSWORD);
	}

	Answer get(String resource, String token) {
		return send("GET", resource, token, null, null);
	}

	Answer post(String resource, String token, String json) {
		return send("POST", resource, token, "application/json", json);
	}

	Answer send(String method, String resource, String token, String contentType, Object body) {
		return send(method, uri(resource), token, contentType, body);
	}

	Answer send(String method, URI uri, String token, String contentType, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
				: body instanceof byte[] bytes ? HttpRequest.BodyPublishers.ofByteArray(bytes)
				: HttpRequest.BodyPublishers.ofString(body.toString());
		request.method(method, publisher);
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body(), response);
		} catch (IOException e) {
			throw new AssertionError(method + " " + uri + " failed: " + e, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/** A binary answer (a GET, or a POST of {@code json}), which must be 200 with {@code application/octet-stream}. */
	byte[] binary(String token, String resource, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(resource)).header("Authorization", "Bearer " + token);
		request = json == null ? request.GET()
				: request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
		HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200 || !"application/octet-stream".equals(response.headers().firstValue("Content-Type").orElse(""))) {
			throw new AssertionError(resource + " answered " + response.statusCode() + " "
					+ new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
		}
		return response.body();
	}

	/** Waits until {@code condition} holds or {@code deadline} (a {@link System#nanoTime()}) passes, checking every 10 ms. */
	static void waitUntil(java.util.function.BooleanSupplier condition, long deadline) {
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
		}
	}

	@Override
	public void close() {
		if (server != null) {
			server.close();
		}
	}
}
