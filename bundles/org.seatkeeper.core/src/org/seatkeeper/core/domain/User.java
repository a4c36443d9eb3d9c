package org.seatkeeper.core.domain;

import java.util.List;

/**
 * An account on a server.
 *
 * @param name  the user name
 * @param roles the roles as the server names them, e.g. {@code ROLE_READ}
 */
public record User(String name, List<String> roles) {

	public User {
		roles = List.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.stream().anyMatch(r -> Role.of(r).orElse(null) == role);
	}
}
