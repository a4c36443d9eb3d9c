package org.seatkeeper.ui.tests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.seatkeeper.testing.shapes.Exchanges;
import org.seatkeeper.testing.shapes.Fixture;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server in front of the embedded license server: it passes every request on, except a model
 * upload, which it refuses as FlexNet's servers do (the reference's §1.4.4: 400 with the documented
 * {@code glsErr.invalidModel} body, "Duplicate feature entries found : [feature=ss_f1, version=1.0, …]").
 * So the views see the embedded server's data and a real server's refusal.
 */
final class RefusingProxy implements AutoCloseable {

	private static final Set<String> HOP_BY_HOP = Set.of("host", "content-length", "connection", "expect", "upgrade",
			"transfer-encoding", "keep-alive");

	private final HttpServer http;
	private final HttpClient client = HttpClient.newHttpClient();
	private final int target;

	RefusingProxy(int target) throws IOException {
		this.target = target;
		http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		http.setExecutor(Executors.newCachedThreadPool());
		http.createContext("/", this::handle);
		http.start();
	}

	int port() {
		return http.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body = exchange.getRequestBody().readAllBytes();
			String method = exchange.getRequestMethod();
			if (method.equals("POST") && exchange.getRequestURI().getPath().endsWith("/model")) {
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				Exchanges.send(exchange, 400, Fixture.INVALID_MODEL.bytes());
				return;
			}
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target + exchange.getRequestURI()))
					.method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
			exchange.getRequestHeaders().forEach((name, values) -> {
				if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
					values.forEach(value -> request.header(name, value));
				}
			});
			HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			answer.headers().map().forEach((name, values) -> {
				if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
					exchange.getResponseHeaders().put(name, List.copyOf(values));
				}
			});
			Exchanges.send(exchange, answer.statusCode(), answer.body());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		http.stop(0);
		((ExecutorService) http.getExecutor()).shutdownNow();
		client.close();
	}
}
