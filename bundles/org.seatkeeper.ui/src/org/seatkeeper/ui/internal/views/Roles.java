package org.seatkeeper.ui.internal.views;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.seatkeeper.core.domain.Role;

/** Roles as people read them: "Read, Reservations, Drop devices". */
public final class Roles {

	private Roles() {
	}

	public static String describe(List<String> authorities) {
		return authorities.stream().map(authority -> Role.of(authority).map(Roles::label).orElse(authority))
				.collect(Collectors.joining(", "));
	}

	public static String label(Role role) {
		return switch (role) {
			case READ -> "Read";
			case RESERVATIONS -> "Reservations";
			case DROPCLIENT -> "Drop devices";
			case ADMIN -> "Administrator";
			case OFFLINE -> "Offline exchange";
		};
	}

	/** "needs the Administrator role", for tooltips of disabled controls. */
	public static String needs(Role role) {
		return "Your login lacks the " + label(role).toLowerCase(Locale.ROOT) + " role (" + role.authority() + ")";
	}
}
