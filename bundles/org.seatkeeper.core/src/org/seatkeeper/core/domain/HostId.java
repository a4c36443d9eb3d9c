package org.seatkeeper.core.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * A hostid: how a device or server is identified, e.g. {@code ETHERNET 001122334455} or
 * {@code USER jdoe}. Types are kept in upper case, as the model language writes them; servers and
 * examples also send lower case ({@code "string"}), so types compare without regard to case.
 *
 * @param type  the hostid type, upper case, e.g. {@code ETHERNET}, {@code STRING}, {@code USER}
 * @param value the value as the server stores it
 */
public record HostId(String type, String value) {

	public HostId {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(value, "value");
		type = type.trim().toUpperCase(Locale.ROOT);
	}

	/** Whether this is the same hostid as {@code other}: same type, values equal without regard to case. */
	public boolean sameAs(HostId other) {
		return type.equals(other.type) && value.equalsIgnoreCase(other.value);
	}

	@Override
	public String toString() {
		return value + " (" + type + ")";
	}
}
