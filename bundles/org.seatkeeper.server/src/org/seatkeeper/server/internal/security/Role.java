package org.seatkeeper.server.internal.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The administrative roles of a license server, as its tokens and user accounts name them. */
public enum Role {
	/** Read operations; every account has it. */
	READ,
	/** Add and delete reservations. */
	RESERVATIONS,
	/** Delete (drop) client records. */
	DROPCLIENT,
	/** Policies, users, model definitions, keys and everything else. */
	ADMIN,
	/** Offline exchanges with the back office. */
	OFFLINE;

	/** {@code ROLE_READ}, ... */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The role named {@code ROLE_X} or {@code X}, in any case. */
	public static Optional<Role> of(String name) {
		String upper = name.trim().toUpperCase(Locale.ROOT);
		String bare = upper.startsWith("ROLE_") ? upper.substring(5) : upper;
		return Arrays.stream(values()).filter(r -> r.name().equals(bare)).findFirst();
	}

	/** Everything: the roles of the default administrator. */
	public static Set<Role> all() {
		return EnumSet.allOf(Role.class);
	}

	/**
	 * {@code ROLE_ADMIN,ROLE_READ}: the form of the token's {@code roles} claim, in alphabetical order as real
	 * servers write it (the reference's §1.4.10).
	 */
	public static String join(Set<Role> roles) {
		return String.join(",", authorities(roles));
	}

	/** The authorities of {@code roles} in alphabetical order: {@code ROLE_ADMIN}, {@code ROLE_DROPCLIENT}, … */
	public static java.util.List<String> authorities(Set<Role> roles) {
		return roles.stream().map(Role::authority).sorted().toList();
	}

	/** The roles of a {@code roles} claim; unknown names are left out. */
	public static Set<Role> parse(String claim) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String part : claim.split("[,+]")) {
			if (!part.isBlank()) {
				of(part).ifPresent(roles::add);
			}
		}
		return roles;
	}
}
