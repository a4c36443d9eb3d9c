package org.seatkeeper.core.client;

import java.time.Instant;
import java.util.List;

import org.seatkeeper.core.domain.Role;

/**
 * A login on a server: the token sent with each request and what it allows.
 *
 * @param user    the user name
 * @param token   the bearer token
 * @param expires when the token ends, or {@code null} if the server does not say
 * @param roles   the roles the token names (e.g. {@code ROLE_ADMIN}); empty when they are unknown
 */
public record Session(String user, String token, Instant expires, List<String> roles) {

	public Session {
		roles = List.copyOf(roles);
	}

	/** Whether the token names {@code role}. Unknown roles (an empty list) say false. */
	public boolean has(Role role) {
		return roles.stream().anyMatch(r -> Role.of(r).orElse(null) == role);
	}

	/** Whether the token ends before {@code instant}. */
	public boolean expiresBefore(Instant instant) {
		return expires != null && expires.isBefore(instant);
	}

	@Override
	public String toString() {
		return "Session[user=" + user + ", expires=" + expires + ", roles=" + roles + "]";
	}
}
