package org.seatkeeper.server.internal.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who sends a request and what they may do.
 *
 * @param name  the user, or a description such as {@code anonymous}
 * @param roles the roles granted
 */
public record Principal(String name, Set<Role> roles) {

	public static final Principal NOBODY = new Principal("anonymous", EnumSet.noneOf(Role.class));

	public Principal {
		roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}
}
