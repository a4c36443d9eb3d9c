package org.seatkeeper.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * What is reserved for one hostid (a device, or a user with a {@code USER} hostid).
 *
 * @param id      the server's reservation id, or 0 for one not yet on a server
 * @param hostId  whom the counts are reserved for
 * @param entries the reserved features
 */
public record Reservation(long id, HostId hostId, List<ReservationEntry> entries) {

	public Reservation {
		Objects.requireNonNull(hostId, "hostId");
		entries = List.copyOf(entries);
	}

	public static Reservation of(HostId hostId, List<ReservationEntry> entries) {
		return new Reservation(0, hostId, entries);
	}
}
