package org.seatkeeper.core.client.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.seatkeeper.core.client.ClientOptions;
import org.seatkeeper.core.client.ServerAddress;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A server that answers canned bodies, as real servers, proxies and broken servers do: each path of
 * the instance base gets a status, a content type and a body, or hangs without answering.
 */
final class FakeServer implements AutoCloseable {

	/** What a path answers. {@code body == null} means the server never answers. */
	record Canned(int status, String contentType, byte[] body) {
		static Canned json(int status, String json) {
			return new Canned(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
		}

		static Canned text(int status, String contentType, String text) {
			return new Canned(status, contentType, text.getBytes(StandardCharsets.UTF_8));
		}

		static Canned hang() {
			return new Canned(200, "application/json", null);
		}
	}

	/** A request as the server saw it. */
	record Seen(String method, String path, String authorization, String body) {
	}

	static final String BASE = "/api/1.0/instances/~/";

	final HttpServer http;
	final Map<String, java.util.function.Function<Seen, Canned>> answers = new ConcurrentHashMap<>();
	final List<Seen> seen = new CopyOnWriteArrayList<>();
	private final CountDownLatch released = new CountDownLatch(1);

	FakeServer() throws IOException {
		http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		http.setExecutor(Executors.newCachedThreadPool());
		http.createContext("/", this::handle);
		http.start();
	}

	FakeServer answer(String resource, Canned canned) {
		answers.put(resource, request -> canned);
		return this;
	}

	/** Answers {@code resource} depending on the request. */
	FakeServer answer(String resource, java.util.function.Function<Seen, Canned> answer) {
		answers.put(resource, answer);
		return this;
	}

	long count(String method, String resource) {
		return seen.stream().filter(s -> s.method().equals(method) && s.path().equals(resource)).count();
	}

	ServerAddress address() {
		return ServerAddress.parse("http://127.0.0.1:" + http.getAddress().getPort());
	}

	ClientOptions options() {
		return ClientOptions.of(address());
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String resource = path.startsWith(BASE) ? path.substring(BASE.length()) : path;
		Seen request = new Seen(exchange.getRequestMethod(), resource, exchange.getRequestHeaders().getFirst("Authorization"),
				new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		seen.add(request);
		var answer = answers.get(resource);
		Canned canned = answer == null ? null : answer.apply(request);
		if (canned == null) {
			canned = Canned.json(404, "{\"key\":\"glsErr.notFound\",\"message\":\"No such resource: " + resource + "\",\"arguments\":[]}");
		}
		if (canned.body() == null) {
			try {
				released.await(60, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			exchange.close();
			return;
		}
		exchange.getResponseHeaders().set("Content-Type", canned.contentType());
		exchange.sendResponseHeaders(canned.status(), canned.body().length == 0 ? -1 : canned.body().length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(canned.body());
		}
	}

	@Override
	public void close() {
		released.countDown();
		http.stop(0);
		((java.util.concurrent.ExecutorService) http.getExecutor()).shutdownNow();
	}
}
