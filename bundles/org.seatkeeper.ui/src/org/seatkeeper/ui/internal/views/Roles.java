package org.seatkeeper.ui.internal.views;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
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
			case READ -> Messages.Roles_read;
			case RESERVATIONS -> Messages.Roles_reservations;
			case DROPCLIENT -> Messages.Roles_dropDevices;
			case ADMIN -> Messages.Roles_administrator;
			case OFFLINE -> Messages.Roles_offline;
		};
	}

	/** "needs the Administrator role", for tooltips of disabled controls. */
	public static String needs(Role role) {
		return NLS.bind(Messages.Roles_lacks, label(role).toLowerCase(Locale.ROOT), role.authority());
	}
}
