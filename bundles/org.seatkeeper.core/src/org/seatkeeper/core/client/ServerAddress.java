package org.seatkeeper.core.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a license server's admin API is: the base URI every resource is resolved against, always
 * ending with {@code /}, e.g. {@code http://lls.example.com:7070/api/1.0/instances/~/}.
 *
 * @param base the base URI of the instance's resources
 */
public record ServerAddress(URI base) {

	/** The port local license servers listen on by default. */
	public static final int DEFAULT_PORT = 7070;

	private static final String API = "api/1.0/";
	private static final String INSTANCE = "instances/~/";

	public ServerAddress {
		if (!base.isAbsolute() || !base.getPath().endsWith("/")) {
			throw new IllegalArgumentException("A server's base URI is absolute and ends with '/': " + base);
		}
	}

	/** The address of a server at {@code host} and {@code port}, by HTTPS or plain HTTP. */
	public static ServerAddress of(String host, int port, boolean https) {
		if (host == null || host.isBlank()) {
			throw new IllegalArgumentException("The server's host name is empty");
		}
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("The port must be between 1 and 65535, not " + port);
		}
		return parse((https ? "https://" : "http://") + host.trim() + ":" + port);
	}

	/**
	 * Reads what a user types: {@code host}, {@code host:port}, or a URL. Without a scheme the server
	 * is reached by HTTP on port 7070. A URL without an API path gets the local server's instance path
	 * {@code /api/1.0/instances/~/}; one that names an instance ({@code …/api/1.0/instances/ABC}) keeps it.
	 *
	 * @throws IllegalArgumentException with a message that says what is wrong with {@code text}
	 */
	public static ServerAddress parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("The server address is empty");
		}
		String trimmed = text.trim();
		boolean hasScheme = trimmed.contains("://");
		URI uri;
		try {
			uri = new URI(hasScheme ? trimmed : "http://" + trimmed);
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("'" + trimmed + "' is not a server address: " + e.getReason(), e);
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new IllegalArgumentException("'" + trimmed + "' is not an http or https address");
		}
		if (uri.getHost() == null) {
			throw new IllegalArgumentException("'" + trimmed + "' names no host");
		}
		int port = uri.getPort() != -1 ? uri.getPort() : hasScheme ? -1 : DEFAULT_PORT;
		String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
		if (!path.endsWith("/")) {
			path += "/";
		}
		int api = path.indexOf("/" + API);
		if (api < 0) {
			path += API + INSTANCE;
		} else if (path.length() == api + API.length() + 1) {
			path += INSTANCE;
		} else if (!path.substring(api + 1 + API.length()).startsWith("instances/")) {
			throw new IllegalArgumentException("'" + trimmed + "' points inside the API; give the server's address");
		}
		try {
			return new ServerAddress(new URI(scheme, null, uri.getHost(), port, path, null, null));
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("'" + trimmed + "' is not a server address: " + e.getReason(), e);
		}
	}

	/** The URI of {@code resource}, relative to the base, e.g. {@code features/summaries}. */
	public URI resolve(String resource) {
		return base.resolve(resource);
	}

	public boolean isHttps() {
		return base.getScheme().equals("https");
	}

	/** {@code host:port}, as shown to a person. */
	public String hostAndPort() {
		int port = base.getPort() != -1 ? base.getPort() : isHttps() ? 443 : 80;
		return base.getHost() + ":" + port;
	}

	@Override
	public String toString() {
		return base.toString();
	}
}
