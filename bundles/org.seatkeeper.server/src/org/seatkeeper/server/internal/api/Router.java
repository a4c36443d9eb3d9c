package org.seatkeeper.server.internal.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.seatkeeper.server.internal.security.HashingPool;
import org.seatkeeper.server.internal.security.Principal;
import org.seatkeeper.server.internal.security.Role;
import org.seatkeeper.server.internal.store.StoreException;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Dispatches API requests to their handlers. Answers the same resource under
 * {@code /api/1.0/instances/~/}, {@code /api/1.0/instances/<instanceId>/} and {@code /api/1.0/}, checks
 * the caller's role before the handler runs, and turns every refusal into the error body
 * {@code {"key","message","arguments"}} with its status.
 */
public final class Router implements HttpHandler {

	private static final Logger LOG = Logger.getLogger(Router.class.getName());

	private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{1,18}");

	/** Requests larger than this are refused before they are read to the end. */
	public static final int MAX_BODY = 2 * 1024 * 1024;
	/** The largest body an open route (one any device may call) reads. */
	public static final int MAX_OPEN_BODY = 64 * 1024;

	/** Runs one route. */
	@FunctionalInterface
	public interface Handler {
		Response handle(Request request) throws ApiException;
	}

	/** Decides who a request comes from; refuses (401/403) when it cannot be let through. */
	@FunctionalInterface
	public interface Gate {
		/**
		 * The principal of {@code exchange} for a route that needs {@code role} (null: open to all).
		 */
		Principal admit(HttpExchange exchange, Role role, String method) throws ApiException;
	}

	/**
	 * Lets a request of an open route in before its body is read, or refuses it (429, 503); the slot it
	 * gives is closed once the request is answered.
	 */
	@FunctionalInterface
	public interface Admission {
		Slot admit(InetAddress remote) throws ApiException;
	}

	/** A place among the requests being served. */
	public interface Slot extends AutoCloseable {
		@Override
		void close();
	}

	private static final Admission ANYONE = remote -> () -> {
	};

	private record Route(String method, Pattern path, Role role, int maxBody, Admission admission, Handler handler) {
	}

	private final List<Route> routes = new ArrayList<>();
	private final Gate gate;
	private final String instanceId;

	public Router(Gate gate, String instanceId) {
		this.gate = gate;
		this.instanceId = instanceId;
	}

	/**
	 * Adds a route. {@code path} is below the API base with {@code {}} for a path parameter, e.g.
	 * {@code features/{}/clients}; {@code role} is what the caller needs, null for an open route.
	 */
	public Router add(String method, String path, Role role, Handler handler) {
		return add(method, path, role, role == null ? MAX_OPEN_BODY : MAX_BODY, ANYONE, handler);
	}

	/** Adds a route open to any device, whose requests {@code admission} lets in first. */
	public Router open(String method, String path, Admission admission, Handler handler) {
		return add(method, path, null, MAX_OPEN_BODY, admission, handler);
	}

	private Router add(String method, String path, Role role, int maxBody, Admission admission, Handler handler) {
		String regex = Pattern.quote(path).replace("{}", "\\E([^/]+)\\Q");
		routes.add(new Route(method, Pattern.compile(regex), role, maxBody, admission, handler));
		return this;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			Response response;
			try {
				response = dispatch(exchange);
			} catch (ApiException e) {
				response = error(e);
			} catch (StoreException e) {
				response = storageFailure(exchange, e);
			} catch (HashingPool.BusyException e) {
				response = error(new ApiException(503, "glsErr.serverBusy", e.getMessage()).retryAfter(1));
			} catch (RuntimeException e) {
				LOG.log(Level.SEVERE, "Request " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " failed", e);
				response = error(new ApiException(500, "glsErr.internalError",
						"The server failed to answer this request; its log has the details"));
			}
			send(exchange, response);
		}
	}

	private Response dispatch(HttpExchange exchange) throws ApiException, IOException {
		String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
		boolean head = method.equals("HEAD");
		String path = normalized(requestPath(exchange.getRequestURI()));
		String resource = resource(path);
		Set<String> allowed = new LinkedHashSet<>();
		for (Route route : routes) {
			Matcher matcher = route.path().matcher(resource);
			if (!matcher.matches()) {
				continue;
			}
			allowed.add(route.method());
			if (!route.method().equals(head ? "GET" : method)) {
				continue;
			}
			Principal principal = gate.admit(exchange, route.role(), head ? "GET" : method);
			List<String> parameters = new ArrayList<>();
			for (int i = 1; i <= matcher.groupCount(); i++) {
				parameters.add(decoded(matcher.group(i)));
			}
			InetAddress remote = exchange.getRemoteAddress().getAddress();
			try (Slot slot = route.admission().admit(remote)) {
				byte[] body = readBody(exchange, route.maxBody());
				return route.handler().handle(new Request(head ? "GET" : method, path, resource, parameters, contentType(exchange),
						body, principal, remote, exchange.getRequestHeaders()::getFirst));
			}
		}
		if (allowed.isEmpty()) {
			throw new ApiException(404, "glsErr.notFound", "There is no resource " + exchange.getRequestURI().getPath(),
					exchange.getRequestURI().getPath());
		}
		if (allowed.contains("GET")) {
			allowed.add("HEAD");
		}
		throw new ApiException(405, "glsErr.methodNotAllowed",
				method + " is not allowed on " + exchange.getRequestURI().getPath() + "; allowed: " + String.join(", ", allowed),
				method);
	}

	/**
	 * The path of a request's target as sent. A target that starts with a doubled slash
	 * ({@code //api/1.0/…}) reads as a URI with an authority ({@code api}): it is put back in front.
	 */
	static String requestPath(java.net.URI target) {
		String path = target.getRawPath() == null ? "" : target.getRawPath();
		return target.getScheme() == null && target.getRawAuthority() != null ? "//" + target.getRawAuthority() + path : path;
	}

	/**
	 * {@code path} with each run of slashes made one: real clients write {@code …/instances/~//features}
	 * (the reference's §1.4.10).
	 */
	static String normalized(String path) {
		return path.indexOf("//") < 0 ? path : path.replaceAll("/{2,}", "/");
	}

	/**
	 * {@code features/12} for {@code /api/1.0/instances/~/features/12} and its aliases; "" for the instance
	 * itself ({@code /api/1.0/instances/~/}).
	 */
	private String resource(String path) throws ApiException {
		String rest;
		if (path.startsWith("/api/1.0/instances/")) {
			rest = path.substring("/api/1.0/instances/".length());
			int slash = rest.indexOf('/');
			String instance = slash < 0 ? rest : rest.substring(0, slash);
			if (!instance.equals("~") && !instance.equals(instanceId)) {
				throw new ApiException(404, "glsErr.unknownInstance", "This server is instance " + instanceId + ", not " + instance,
						instance);
			}
			rest = slash < 0 ? "" : rest.substring(slash + 1);
		} else if (path.startsWith("/api/1.0/")) {
			rest = path.substring("/api/1.0/".length());
		} else {
			throw new ApiException(404, "glsErr.notFound", "The API is under /api/1.0/instances/~/", path);
		}
		while (rest.endsWith("/")) {
			rest = rest.substring(0, rest.length() - 1);
		}
		return rest;
	}

	private static String contentType(HttpExchange exchange) {
		String type = exchange.getRequestHeaders().getFirst("Content-Type");
		if (type == null) {
			return "";
		}
		int semicolon = type.indexOf(';');
		return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
	}

	/** A path parameter with its {@code %} escapes decoded; a 400 for a broken escape. */
	private static String decoded(String raw) throws ApiException {
		try {
			return java.net.URLDecoder.decode(raw, java.nio.charset.StandardCharsets.UTF_8);
		} catch (IllegalArgumentException e) {
			throw ApiException.badRequest("glsErr.invalidPath", "The path holds a broken %-escape in '" + raw + "'", raw);
		}
	}

	private static byte[] readBody(HttpExchange exchange, int max) throws IOException, ApiException {
		String length = exchange.getRequestHeaders().getFirst("Content-Length");
		if (length != null && DIGITS.matcher(length).matches() && Long.parseLong(length) > max) {
			throw tooLarge(max);
		}
		try (InputStream in = exchange.getRequestBody()) {
			byte[] body = in.readNBytes(max + 1);
			if (body.length > max) {
				throw tooLarge(max);
			}
			return body;
		}
	}

	private static ApiException tooLarge(int max) {
		return new ApiException(413, "glsErr.requestTooLarge", "The request body is larger than " + max + " bytes, the most this"
				+ " resource takes", Integer.toString(max));
	}

	/** Seconds a client is asked to wait before it tries a change again while the server cannot write. */
	static final int STORAGE_RETRY_SECONDS = 300;

	/**
	 * A change the server cannot make durable: 503 with {@code Retry-After}, and the reason in the log (the
	 * store logs the failure itself once, when it happens).
	 */
	private static Response storageFailure(HttpExchange exchange, StoreException e) {
		LOG.log(Level.WARNING, "Refused " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + ": " + e.getMessage());
		return error(new ApiException(503, "glsErr.storageFailure",
				"The license server cannot write its data, so it takes no changes until an administrator fixes the disk and"
						+ " restarts it; reading works. (" + e.getMessage() + ")").retryAfter(STORAGE_RETRY_SECONDS));
	}

	/** The error body of {@code e}. */
	public static Response error(ApiException e) {
		JsonObject body = new JsonObject();
		body.addProperty("key", e.key());
		body.addProperty("message", e.getMessage());
		JsonArray arguments = new JsonArray();
		e.arguments().forEach(arguments::add);
		body.add("arguments", arguments);
		java.util.Map<String, String> headers = new java.util.LinkedHashMap<>(e.headers());
		if (e.status() == 401) {
			headers.put("WWW-Authenticate", "Bearer");
		}
		return new Response(e.status(), Response.JSON, body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), headers);
	}

	private static void send(HttpExchange exchange, Response response) throws IOException {
		response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
		if (response.status() == 413) {
			// the rest of the body was not read: the connection cannot carry another request
			exchange.getResponseHeaders().set("Connection", "close");
		}
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
		if (response.writer() != null) {
			exchange.getResponseHeaders().set("Content-Type", response.contentType());
			exchange.sendResponseHeaders(response.status(), head ? -1 : 0); // 0: chunked, length unknown
			if (!head) {
				try (OutputStream out = new java.io.BufferedOutputStream(exchange.getResponseBody(), 1 << 16)) {
					response.writer().write(out);
				}
			}
			return;
		}
		boolean noBody = response.body().length == 0 || head;
		if (response.body().length > 0) {
			exchange.getResponseHeaders().set("Content-Type", response.contentType());
		}
		exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
		if (!noBody) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(response.body());
			}
		}
	}
}
