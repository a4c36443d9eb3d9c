package org.seatkeeper.signatures;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The license keywords of the cross-version table: newer than some toolkits that must still read the license. */
public enum Keyword {

	BORROW, COMPOSITE, FLOAT_OK, SUITE_RESERVED, SUPERSEDE_SIGN, TZ, VM_PLATFORMS;

	/** The keyword named {@code name} (any case), or empty. */
	public static Optional<Keyword> of(String name) {
		String wanted = name.trim().toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter(k -> k.name().equals(wanted)).findFirst();
	}

	/** The keywords' names, comma-separated, for messages. */
	public static String names() {
		return Arrays.stream(values()).map(Keyword::name).collect(Collectors.joining(", "));
	}
}
