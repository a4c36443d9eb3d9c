package org.seatkeeper.model.rules;

import java.util.Objects;

/**
 * A hostid of a requesting device: a value and its type, e.g. {@code 7200014f5df0} of type
 * {@code ETHERNET}.
 *
 * @param value the value
 * @param type  the type; compared without regard to case
 */
public record HostId(String value, String type) {

	public HostId {
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(type, "type");
	}

	/** A hostid written as in a model, {@code VALUE/TYPE}, or {@code VALUE} for type STRING. */
	public static HostId parse(String written) {
		int slash = written.lastIndexOf('/');
		return slash <= 0 ? new HostId(written, "STRING") : new HostId(written.substring(0, slash), written.substring(slash + 1));
	}

	@Override
	public String toString() {
		return value + "/" + type;
	}
}
