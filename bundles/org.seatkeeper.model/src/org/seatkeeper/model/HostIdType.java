package org.seatkeeper.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The hostid types a license server knows (the back office's device-ID types). Types are compared without
 * regard to case: the model language writes them in upper case, the licensing API in lower case.
 */
public enum HostIdType {
	STRING, ETHERNET, FLEXID9, FLEXID10, VM_UUID, INTERNET, INTERNET6, USER, EXTENDED, PUBLISHER_DEFINED, CONTAINER_ID,
	UNKNOWN,
	/** No longer supported by current servers. */
	TOLERANT;

	/** The type named {@code name}, in any case. */
	public static Optional<HostIdType> of(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter(t -> t.name().equals(upper)).findFirst();
	}

	/** The names of all types, for messages and content assist. */
	public static List<String> names() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}
}
