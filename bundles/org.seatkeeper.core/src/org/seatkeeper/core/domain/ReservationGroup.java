package org.seatkeeper.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * A reservation group: reservations that are added and deleted together.
 *
 * @param id           the server's group id (GID), or 0 for a group not yet on a server
 * @param name         the group's name, or {@code ""} to let the server name it
 * @param reservations its reservations
 */
public record ReservationGroup(long id, String name, List<Reservation> reservations) {

	public ReservationGroup {
		Objects.requireNonNull(name, "name");
		reservations = List.copyOf(reservations);
	}

	public static ReservationGroup of(String name, List<Reservation> reservations) {
		return new ReservationGroup(0, name, reservations);
	}

	/** The same group without server ids, as it is posted again or exported. */
	public ReservationGroup withoutIds() {
		return new ReservationGroup(0, name, reservations.stream()
				.map(r -> new Reservation(0, r.hostId(),
						r.entries().stream().map(e -> ReservationEntry.of(e.featureName(), e.featureVersion(), e.count())).toList()))
				.toList());
	}

	/** How many entries the group has over all its reservations. */
	public int entryCount() {
		return reservations.stream().mapToInt(r -> r.entries().size()).sum();
	}
}
