package org.seatkeeper.core.domain;

import java.util.Locale;
import java.util.Optional;

/** The roles a server grants to accounts, each allowing a kind of operation. */
public enum Role {
	/** Read everything. */
	READ,
	/** Add and delete reservations. */
	RESERVATIONS,
	/** Drop devices. */
	DROPCLIENT,
	/** Change settings, users, the model and keys. */
	ADMIN,
	/** Exchange capability files with the back office. */
	OFFLINE;

	/** The name the server uses, e.g. {@code ROLE_READ}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The role of {@code text}, written {@code ROLE_ADMIN} or {@code admin}. */
	public static Optional<Role> of(String text) {
		String name = text.trim().toUpperCase(Locale.ROOT);
		if (name.startsWith("ROLE_")) {
			name = name.substring(5);
		}
		for (Role role : values()) {
			if (role.name().equals(name)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}
}
