package org.seatkeeper.server.internal.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who sends a request and what they may do.
 *
 * @param name  the user, or a description such as {@code anonymous}
 * @param roles the roles granted
 * @param xsrfToken the {@code xsrfToken} claim of the token the request came with; null without one
 */
public record Principal(String name, Set<Role> roles, String xsrfToken) {

	public static final Principal NOBODY = new Principal("anonymous", EnumSet.noneOf(Role.class));

	public Principal {
		roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public Principal(String name, Set<Role> roles) {
		this(name, roles, null);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}
}
