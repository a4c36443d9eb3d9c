package org.seatkeeper.testing.shapes;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for a real license server: it answers with the {@link Fixture}s of real servers' shapes, on a
 * free port of the loopback address, and offers only the parts of the API it is told to, answering 404 to
 * the others as an older release does. {@code admin} logs in with {@link #PASSWORD}; a wrong password gets
 * the refusal of the reference's §1.4.9; every part but {@code health} wants the token.
 */
public final class StandInServer implements AutoCloseable {

	public static final String USER = "admin";
	public static final String PASSWORD = "St4nd-In-Passw0rd!";
	public static final String BASE = "/api/1.0/instances/~/";

	/** The parts of the API the stand-in can offer. */
	public enum Part {
		HEALTH, FEATURES, FEATURE_SUMMARIES, FEATURE_CLIENTS, CLIENTS, HOSTIDS, PARTITIONS
	}

	private static final Pattern ONE = Pattern.compile("(features|clients)/(\\d+)");
	private static final Pattern USAGE = Pattern.compile("features/(\\d+)/clients");

	private final HttpServer http;
	private final Set<Part> offered;
	private final String token;
	/** The paths asked for, as sent (with the instance base). */
	public final List<String> seen = new CopyOnWriteArrayList<>();

	private StandInServer(Set<Part> offered) throws IOException {
		this.offered = EnumSet.copyOf(offered);
		this.token = JsonParser.parseString(Fixture.AUTHORIZE.text()).getAsJsonObject().get("token").getAsString();
		http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		http.setExecutor(Executors.newCachedThreadPool());
		http.createContext("/", this::handle);
		http.start();
	}

	/** A server that offers every part the fixtures have. */
	public static StandInServer offeringAll() throws IOException {
		return new StandInServer(EnumSet.allOf(Part.class));
	}

	/** A server that offers only {@code parts} (and logging in). */
	public static StandInServer offering(Part... parts) throws IOException {
		return new StandInServer(parts.length == 0 ? EnumSet.noneOf(Part.class) : EnumSet.copyOf(List.of(parts)));
	}

	public int port() {
		return http.getAddress().getPort();
	}

	/** {@code http://127.0.0.1:PORT} */
	public String url() {
		return "http://127.0.0.1:" + port();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			seen.add(path);
			String method = exchange.getRequestMethod();
			String resource = path.startsWith(BASE) ? path.substring(BASE.length()) : "";
			if (method.equals("POST") && resource.equals("authorize")) {
				authorize(exchange);
			} else if (method.equals("GET") && resource.equals("health") && offered.contains(Part.HEALTH)) {
				send(exchange, 200, Fixture.HEALTH.bytes());
			} else if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				send(exchange, 401, ("{\"key\":\"glsErr.authenticationRequired\",\"message\":\"Full authentication is required to access "
						+ path + "\",\"arguments\":[\"" + path + "\"]}").getBytes(StandardCharsets.UTF_8));
			} else {
				byte[] answer = method.equals("GET") ? answer(resource) : null;
				if (answer == null) {
					send(exchange, 404, Fixture.NOT_FOUND.text().replace("/api/1.0/instances/~/partitions", path)
							.getBytes(StandardCharsets.UTF_8));
				} else {
					send(exchange, 200, answer);
				}
			}
		}
	}

	private void authorize(HttpExchange exchange) throws IOException {
		JsonObject body = JsonParser.parseString(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
				.getAsJsonObject();
		if (USER.equals(body.get("user").getAsString()) && PASSWORD.equals(body.get("password").getAsString())) {
			send(exchange, 200, Fixture.AUTHORIZE.bytes());
		} else {
			send(exchange, 401, Fixture.AUTHORIZE_REFUSED.text().replace("user admin", "user " + body.get("user").getAsString())
					.replace("\"admin\"", "\"" + body.get("user").getAsString() + "\"").getBytes(StandardCharsets.UTF_8));
		}
	}

	/** The answer to {@code GET resource}, or null when the stand-in does not offer it. */
	private byte[] answer(String resource) {
		Matcher usage = USAGE.matcher(resource);
		if (usage.matches() && offered.contains(Part.FEATURE_CLIENTS)) {
			return Long.parseLong(usage.group(1)) == Fixture.FEATURE_CLIENTS_OF ? Fixture.FEATURE_CLIENTS.bytes()
					: "[]".getBytes(StandardCharsets.UTF_8);
		}
		Matcher one = ONE.matcher(resource);
		if (one.matches()) {
			Fixture list = one.group(1).equals("features") ? Fixture.FEATURES : Fixture.CLIENTS;
			Part part = one.group(1).equals("features") ? Part.FEATURES : Part.CLIENTS;
			return offered.contains(part) ? item(list, Long.parseLong(one.group(2))) : null;
		}
		return switch (resource) {
			case "features" -> offered(Part.FEATURES, Fixture.FEATURES);
			case "features/summaries" -> offered(Part.FEATURE_SUMMARIES, Fixture.FEATURE_SUMMARIES);
			case "clients" -> offered(Part.CLIENTS, Fixture.CLIENTS);
			case "hostids" -> offered(Part.HOSTIDS, Fixture.HOSTIDS_ARM);
			case "partitions" -> offered(Part.PARTITIONS, Fixture.PARTITIONS);
			default -> null;
		};
	}

	private byte[] offered(Part part, Fixture fixture) {
		return offered.contains(part) ? fixture.bytes() : null;
	}

	/** The record with {@code id} of a list fixture, or null. */
	private static byte[] item(Fixture list, long id) {
		for (JsonElement element : JsonParser.parseString(list.text()).getAsJsonArray()) {
			if (element.getAsJsonObject().get("id").getAsLong() == id) {
				return element.toString().getBytes(StandardCharsets.UTF_8);
			}
		}
		return null;
	}

	private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		Exchanges.send(exchange, status, body);
	}

	@Override
	public void close() {
		http.stop(0);
		((ExecutorService) http.getExecutor()).shutdownNow();
	}
}
