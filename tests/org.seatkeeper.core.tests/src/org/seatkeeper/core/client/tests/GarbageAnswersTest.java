package org.seatkeeper.core.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.core.client.ClientOptions;
import org.seatkeeper.core.client.ConnectionException;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.ServerAddress;
import org.seatkeeper.core.client.ServerErrorException;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.client.UnexpectedAnswerException;
import org.seatkeeper.core.client.tests.FakeServer.Canned;

/**
 * What is not a license server's answer — proxies' HTML pages, cut-off JSON, empty bodies, 500s,
 * servers that never answer, nothing listening — gives a clear typed error, never an unchecked
 * exception or a hang.
 */
class GarbageAnswersTest {

	private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

	FakeServer fake;
	LicenseServerClient client;

	@BeforeEach
	void start() throws Exception {
		fake = new FakeServer();
		client = new LicenseServerClient(fake.options().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(800)));
	}

	@AfterEach
	void stop() {
		client.close();
		fake.close();
	}

	private <T extends ServerException> T features(Class<T> kind) {
		return assertThrows(kind, () -> client.features(MONITOR));
	}

	@Test
	void aProxysHtmlPage() {
		fake.answer("features", Canned.text(502, "text/html",
				"<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"));
		UnexpectedAnswerException error = features(UnexpectedAnswerException.class);
		assertEquals(502, error.status());
		assertEquals("The server answered HTTP 502 with an HTML page ('502 Bad Gateway') when asked to list the features, "
				+ "not the JSON a license server sends. Is this the license server's address, or is a proxy in between?",
				error.getMessage());
	}

	@Test
	void anHtmlPageWithStatus200() {
		fake.answer("features", Canned.text(200, "text/html; charset=utf-8", "<!DOCTYPE html><html><body>Welcome</body></html>"));
		assertTrue(features(UnexpectedAnswerException.class).getMessage().contains("with an HTML page"));
	}

	@Test
	void truncatedJson() {
		fake.answer("features", Canned.json(200, "[{\"id\":1,\"featureName\":\"f1\",\"featureCou"));
		UnexpectedAnswerException error = features(UnexpectedAnswerException.class);
		assertTrue(error.getMessage().contains("ends in the middle of its JSON (after 39 bytes)"), error.getMessage());
	}

	/**
	 * An answer far over the limit arrives in many pieces: the client stops reading at the limit and fails at
	 * once (it used to wait forever for the end of a body it had stopped reading).
	 */
	@Test
	@org.junit.jupiter.api.Timeout(60)
	void aLongAnswerOverTheLimitFailsInsteadOfWaitingForever() {
		byte[] body = ("[" + "{\"id\":1,\"featureName\":\"f1\"},".repeat(300_000) + "{\"id\":1}]")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		fake.answer("features", new Canned(200, "application/json", body));
		try (LicenseServerClient limited = new LicenseServerClient(fake.options().withMaxResponseBytes(1024 * 1024))) {
			ConnectionException error = assertThrows(ConnectionException.class, () -> limited.features(MONITOR));
			assertTrue(error.getMessage().contains("is larger than 1 MB, the most this client reads"), error.getMessage());
		}
		assertTrue(body.length > 8 * 1024 * 1024, "an answer of " + body.length + " bytes");
	}

	/** A device list is decoded as it arrives: one over the limit fails at the limit, with the limit's message. */
	@Test
	@org.junit.jupiter.api.Timeout(60)
	void aDeviceListOverTheLimitFailsAtTheLimit() throws Exception {
		String device = "{\"id\":%d,\"servedStatus\":\"NORMAL\",\"requestHostid\":{\"value\":\"dev-%d\",\"type\":\"STRING\"}},";
		StringBuilder list = new StringBuilder("[");
		for (int i = 1; i <= 40_000; i++) {
			list.append(String.format(device, i, i));
		}
		list.append("{\"id\":0,\"requestHostid\":{\"value\":\"last\"}}]");
		fake.answer("clients", Canned.json(200, list.toString()));
		try (LicenseServerClient limited = new LicenseServerClient(fake.options().withMaxResponseBytes(1024 * 1024))) {
			ConnectionException error = assertThrows(ConnectionException.class, () -> limited.devices(MONITOR));
			assertTrue(error.getMessage().contains("list the devices is larger than 1 MB, the most this client reads"), error.getMessage());
		}
		assertEquals(40_001, client.devices(MONITOR).size(), "under the default limit it is read whole");
	}

	/** Cancelling while a device list arrives stops the reading at once, even when the server stalls in the middle. */
	@Test
	@org.junit.jupiter.api.Timeout(60)
	void cancellingWhileADeviceListArrivesStopsAtOnce() throws Exception {
		java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		com.sun.net.httpserver.HttpServer stalling = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
		stalling.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		stalling.createContext("/", exchange -> {
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, 0);
			java.io.OutputStream out = exchange.getResponseBody();
			out.write("[{\"id\":1,\"requestHostid\":{\"value\":\"dev-1\"}},".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			out.flush();
			started.countDown();
			try {
				release.await(60, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			exchange.close();
		});
		stalling.start();
		NullProgressMonitor monitor = new NullProgressMonitor();
		try (LicenseServerClient waiting = new LicenseServerClient(ClientOptions.of(ServerAddress.parse("http://127.0.0.1:"
				+ stalling.getAddress().getPort())))) {
			CompletableFuture<Void> cancel = CompletableFuture.runAsync(() -> {
				try {
					started.await(30, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				monitor.setCanceled(true);
			});
			assertThrows(OperationCanceledException.class, () -> waiting.devices(monitor));
			cancel.join();
			assertTrue(!Thread.currentThread().isInterrupted(), "the interrupt that stopped the read is not left behind");
		} finally {
			release.countDown();
			stalling.stop(0);
			((java.util.concurrent.ExecutorService) stalling.getExecutor()).shutdownNow();
		}
	}

	@Test
	void aDeviceListIsReadOneDeviceAtATimeWithTheSameMessages() throws Exception {
		String device = "{\"id\":%d,\"servedStatus\":\"NORMAL\",\"requestHostid\":{\"value\":\"dev-%d\",\"type\":\"STRING\"},"
				+ "\"hostType\":\"FLX_CLIENT\",\"features\":[{\"featureName\":\"f1\",\"featureVersion\":\"1.0\",\"count\":1}]}";
		fake.answer("clients", Canned.json(200, " [" + String.format(device, 1, 1) + "," + String.format(device, 2, 2) + "]"));
		var devices = client.devices(MONITOR);
		assertEquals(java.util.List.of("dev-1", "dev-2"), devices.stream().map(d -> d.hostId().value()).toList());
		assertTrue(devices.get(0).status() == devices.get(1).status(), "a repeated status is one shared string");
		assertTrue(devices.get(0).features().get(0).name() == devices.get(1).features().get(0).name(), "and so is a feature name");

		fake.answer("clients", Canned.json(200, "[" + String.format(device, 1, 1) + ",{\"id\":2,\"requestHostid\":{}}]"));
		UnexpectedAnswerException shape = assertThrows(UnexpectedAnswerException.class, () -> client.devices(MONITOR));
		assertTrue(shape.getMessage().contains("device 2 (id 2): the hostid has no value"), shape.getMessage());

		fake.answer("clients", Canned.json(200, "[" + String.format(device, 1, 1) + ",{\"id\":2,\"servedSta"));
		UnexpectedAnswerException cut = assertThrows(UnexpectedAnswerException.class, () -> client.devices(MONITOR));
		assertTrue(cut.getMessage().contains("ends in the middle of its JSON"), cut.getMessage());

		fake.answer("clients", Canned.json(200, "[" + String.format(device, 1, 1) + "] ]"));
		UnexpectedAnswerException more = assertThrows(UnexpectedAnswerException.class, () -> client.devices(MONITOR));
		assertTrue(more.getMessage().contains("more follows after the JSON value"), more.getMessage());

		fake.answer("clients", Canned.json(200, "{\"clients\":[" + String.format(device, 7, 7) + "]}"));
		assertEquals("dev-7", client.devices(MONITOR).get(0).hostId().value(), "a list inside an object is decoded whole, as before");
	}

	@Test
	void invalidJsonSaysWhere() {
		fake.answer("features", Canned.json(200, "[{\"id\":1,}]"));
		UnexpectedAnswerException error = features(UnexpectedAnswerException.class);
		assertTrue(error.getMessage().contains("is not valid JSON: line 1, column"), error.getMessage());
		fake.answer("features", Canned.json(200, "[] []"));
		assertTrue(features(UnexpectedAnswerException.class).getMessage().contains("more follows after the JSON value"));
	}

	@Test
	void anEmptyBody() {
		fake.answer("features", new Canned(200, "application/json", new byte[0]));
		assertEquals("The server answered HTTP 200 with an empty body when asked to list the features, not the JSON a license "
				+ "server sends. Is this the license server's address, or is a proxy in between?",
				features(UnexpectedAnswerException.class).getMessage());
	}

	@Test
	void plainText() {
		fake.answer("features", Canned.text(200, "text/plain", "OK"));
		assertTrue(features(UnexpectedAnswerException.class).getMessage().contains("with text ('OK')"));
	}

	@Test
	void aServerErrorWithAndWithoutABody() {
		fake.answer("features", Canned.json(500, "{\"key\":\"glsErr.internalError\",\"message\":\"The server failed\",\"arguments\":[]}"));
		ServerErrorException typed = features(ServerErrorException.class);
		assertEquals(ServerErrorException.Kind.SERVER_FAILURE, typed.kind());
		assertEquals("The server failed", typed.getMessage());
		fake.answer("features", new Canned(500, "text/plain", new byte[0]));
		ServerErrorException bare = features(ServerErrorException.class);
		assertEquals("The server refused to list the features (HTTP 500, no explanation given).", bare.getMessage());
		fake.answer("features", Canned.text(503, "text/plain", "Service Unavailable"));
		UnexpectedAnswerException text = features(UnexpectedAnswerException.class);
		assertEquals(503, text.status());
		fake.answer("features", Canned.json(409, "{\"error\":42}"));
		assertTrue(features(ServerErrorException.class).getMessage().contains("gives no message: {\"error\":42}"));
	}

	@Test
	void aServerThatNeverAnswersTimesOut() {
		fake.answer("features", Canned.hang());
		long start = System.nanoTime();
		ConnectionException error = features(ConnectionException.class);
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		assertTrue(error.getMessage().contains("did not answer within 800 ms when asked to list the features"), error.getMessage());
		assertTrue(millis < 10_000, "gave up after " + millis + " ms");
	}

	@Test
	void nothingListening() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		try (LicenseServerClient nobody = new LicenseServerClient(ClientOptions.of(ServerAddress.parse("127.0.0.1:" + port)))) {
			ConnectionException error = assertThrows(ConnectionException.class, () -> nobody.health(MONITOR));
			assertEquals("Nothing answers at 127.0.0.1:" + port + " (connection refused). Is the license server running on that port?",
					error.getMessage());
		}
	}

	@Test
	void anUnknownHost() {
		try (LicenseServerClient nowhere = new LicenseServerClient(ClientOptions.of(ServerAddress.parse("no-such-host.invalid")))) {
			ConnectionException error = assertThrows(ConnectionException.class, () -> nowhere.health(MONITOR));
			assertTrue(error.getMessage().contains("'no-such-host.invalid' cannot be resolved"), error.getMessage());
		}
	}

	@Test
	void cancellingARunningCallAbortsIt() throws Exception {
		fake.answer("features", Canned.hang());
		try (LicenseServerClient patient = new LicenseServerClient(fake.options())) {
			NullProgressMonitor monitor = new NullProgressMonitor();
			CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
				try {
					patient.features(monitor);
					return null;
				} catch (Throwable t) {
					return t;
				}
			});
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (fake.seen.isEmpty() && System.nanoTime() < deadline) {
				Thread.onSpinWait();
			}
			long start = System.nanoTime();
			monitor.setCanceled(true);
			Throwable thrown = outcome.get(5, TimeUnit.SECONDS);
			assertTrue(thrown instanceof OperationCanceledException, String.valueOf(thrown));
			assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 2_000);
		}
	}

	@Test
	void aMonitorCancelledBeforeTheCallSendsNothing() {
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> client.features(monitor));
		assertTrue(fake.seen.isEmpty());
	}
}
