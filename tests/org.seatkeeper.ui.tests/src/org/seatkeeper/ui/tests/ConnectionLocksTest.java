package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.internal.connection.LoginPrompt;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.jobs.Background;

/**
 * No lock is held across a login: with a login stuck in the server, logging out from the UI thread returns
 * at once and the UI thread goes on, and the stuck login is not kept once it ends.
 */
class ConnectionLocksTest {

	private HttpServer stuck;
	private final CountDownLatch authorizeEntered = new CountDownLatch(1);
	private final CountDownLatch authorizeReleased = new CountDownLatch(1);

	@BeforeEach
	void start() throws IOException {
		stuck = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		stuck.setExecutor(Executors.newCachedThreadPool());
		stuck.createContext("/", this::answer);
		stuck.start();
	}

	private void answer(HttpExchange exchange) throws IOException {
		exchange.getRequestBody().readAllBytes();
		String json;
		int status;
		if (exchange.getRequestURI().getPath().endsWith("/authorize")) {
			authorizeEntered.countDown();
			try {
				authorizeReleased.await(60, TimeUnit.SECONDS); // the server takes its time
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			status = 200;
			json = "{\"expires\":\"2030-01-01T00:00:00.000Z\",\"token\":\"eyJhbGciOiJIUzUxMiJ9.eyJzdWIiOiJhZG1pbiJ9.c2ln\"}";
		} else if ("Bearer".equals(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")).split(" ")[0])) {
			status = 200;
			json = "[]";
		} else {
			status = 401;
			json = "{\"key\":\"glsErr.noToken\",\"message\":\"Log in first\",\"arguments\":[]}";
		}
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@AfterEach
	void stop() throws Exception {
		authorizeReleased.countDown();
		TestServer.pointViewsBack();
		UiTestSupport.waitForJobs(org.seatkeeper.ui.SeatkeeperUi.JOB_FAMILY);
		stuck.stop(0);
	}

	@Test
	void loggingOutWhileALoginIsStuckInTheServerReturnsAtOnceAndTheUiThreadGoesOn() throws Exception {
		ServerConnections connections = TestServer.connections();
		TestServer.answerLoginsAs("admin", "any");
		TestServer.put(org.seatkeeper.core.fleet.ServerEntry.of("Stuck server", "http://127.0.0.1:" + stuck.getAddress().getPort()));
		connections.setCurrent("Stuck server");
		connections.reconnect();
		Job reading = Background.work("Reading the features", monitor -> connections.client(monitor).features(monitor)).schedule();
		UiTestSupport.waitUntil("the login to reach the server", () -> authorizeEntered.getCount() == 0);

		// no one answers a login from now on: the views that reload after the logout cannot log in again
		connections.setPrompt(LoginPrompt.NONE);
		long start = System.nanoTime();
		connections.logOut(); // on the UI thread, as the Log Out command does
		long took = (System.nanoTime() - start) / 1_000_000;
		// the login holds the server for 60 s: a logout that waited for it would take as long
		assertTrue(took < 2_000, "logging out waited " + took + " ms for the login under way");
		boolean[] ran = new boolean[1];
		UiTestSupport.display().asyncExec(() -> ran[0] = true);
		UiTestSupport.waitUntil("the UI thread to run what it is given", () -> ran[0], Duration.ofSeconds(5));

		authorizeReleased.countDown();
		reading.join(10_000, null);
		assertTrue(connections.session().isEmpty(), "the login that ended after the logout was kept: " + connections.session());
	}
}
