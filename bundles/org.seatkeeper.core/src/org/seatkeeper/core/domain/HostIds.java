package org.seatkeeper.core.domain;

import java.util.List;

/**
 * The hostids a server can identify itself by, and the one it uses.
 *
 * @param selected the hostid the server uses, or {@code null} when the server does not say
 * @param all      every hostid the server offers, in the server's order
 */
public record HostIds(HostId selected, List<HostId> all) {

	public HostIds {
		all = List.copyOf(all);
	}
}
