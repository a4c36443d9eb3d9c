package org.seatkeeper.server.internal.api;

import java.net.InetAddress;
import java.util.List;

import org.seatkeeper.model.policy.SettingType;
import org.seatkeeper.server.internal.security.Principal;
import org.seatkeeper.server.internal.security.Role;
import org.seatkeeper.server.internal.state.ServerCore;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsExchange;

/**
 * Applies the Secure REST API settings to each request: a Bearer token (or, with
 * {@code security.jwt.cookies}, the {@code token} cookie) identifies the user; {@code security.anonymous}
 * lets anyone read; addresses in {@code security.ip.whitelist} need no token; with
 * {@code security.enabled=false} nothing is checked; {@code security.http.auth.enabled=false} refuses
 * secured requests over plain HTTP.
 */
public final class SecurityGate implements Router.Gate {

	private static final Principal EVERYONE = new Principal("unsecured", Role.all());

	private final ServerCore core;

	public SecurityGate(ServerCore core) {
		this.core = core;
	}

	@Override
	public Principal admit(HttpExchange exchange, Role role, String method) throws ApiException {
		if (role == null) {
			return Principal.NOBODY;
		}
		if (!core.flag("security.enabled")) {
			return EVERYONE;
		}
		InetAddress remote = exchange.getRemoteAddress().getAddress();
		if (whitelisted(remote)) {
			java.util.Set<Role> roles = Role.all();
			if (!core.flag("security.ip.whitelist.admin")) {
				roles.remove(Role.ADMIN);
			}
			Principal whitelisted = new Principal("whitelisted " + remote.getHostAddress(), roles);
			if (whitelisted.has(role)) {
				return whitelisted;
			}
			// ADMIN requests from a whitelisted address log in like any other
		}
		if (!(exchange instanceof HttpsExchange) && !core.flag("security.http.auth.enabled")) {
			throw new ApiException(403, "glsErr.httpsRequired",
					"This server accepts secured requests over HTTPS only (security.http.auth.enabled is false)");
		}
		String bearer = bearer(exchange);
		String token = bearer != null ? bearer : cookie(exchange);
		if (token == null) {
			if (role == Role.READ && method.equals("GET") && core.flag("security.anonymous")) {
				return new Principal("anonymous", java.util.EnumSet.of(Role.READ));
			}
			throw new ApiException(401, "glsErr.authenticationRequired",
					"Log in first: POST your user and password to authorize, then send the token as 'Authorization: Bearer ...'");
		}
		Principal principal = core.verify(token).orElseThrow(() -> new ApiException(401, "glsErr.invalidToken",
				"The access token is invalid or has expired; log in again"));
		if (bearer == null && !method.equals("GET") && !xsrfMatches(exchange, principal)) {
			throw new ApiException(403, "glsErr.xsrfTokenMismatch", "A change sent with the token cookie needs the header X-XSRF-TOKEN"
					+ " with the xsrfToken of that token");
		}
		if (!principal.has(role)) {
			throw new ApiException(403, "glsErr.accessDenied",
					"User " + principal.name() + " may not do this: it needs " + role.authority(), role.authority());
		}
		return principal;
	}

	private static boolean xsrfMatches(HttpExchange exchange, Principal principal) {
		String sent = exchange.getRequestHeaders().getFirst("X-XSRF-TOKEN");
		return sent != null && principal.xsrfToken() != null
				&& java.security.MessageDigest.isEqual(sent.trim().getBytes(java.nio.charset.StandardCharsets.UTF_8),
						principal.xsrfToken().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static String bearer(HttpExchange exchange) {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return authorization.substring(7).trim();
		}
		return null;
	}

	private String cookie(HttpExchange exchange) {
		if (core.flag("security.jwt.cookies")) {
			for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
				for (String cookie : header.split(";")) {
					String[] pair = cookie.trim().split("=", 2);
					if (pair.length == 2 && pair[0].equals("token")) {
						return pair[1];
					}
				}
			}
		}
		return null;
	}

	private boolean whitelisted(InetAddress remote) {
		List<String> addresses = SettingType.list(core.setting("security.ip.whitelist"));
		return addresses.contains(remote.getHostAddress())
				|| remote.isLoopbackAddress() && addresses.stream().anyMatch(a -> a.equals("127.0.0.1") || a.equals("::1"));
	}
}
