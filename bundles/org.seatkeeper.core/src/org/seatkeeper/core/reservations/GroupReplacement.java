package org.seatkeeper.core.reservations;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.ReservationGroup;

/**
 * Changes a reservation group on a server that can only delete and add groups: the old group is deleted,
 * the new one added, and if the server refuses the new one, the old one is added back, so that a refused
 * change leaves the server as it was.
 */
public final class GroupReplacement {

	private GroupReplacement() {
	}

	/** The change was refused and the old group was put back; the message says why it was refused. */
	public static final class RefusedException extends Exception {
		private static final long serialVersionUID = 1L;

		private final boolean restored;

		RefusedException(String message, boolean restored, Throwable cause) {
			super(message, cause);
			this.restored = restored;
		}

		/** Whether the old group is on the server again (false: restoring it failed too). */
		public boolean restored() {
			return restored;
		}
	}

	/**
	 * Replaces {@code old} (a group on the server) by {@code replacement}; answers the group as the server
	 * stored it.
	 *
	 * @throws ServerException  when deleting the old group failed (nothing changed)
	 * @throws RefusedException when the new group was refused (the old one restored, if it could be)
	 */
	public static ReservationGroup replace(LicenseServerClient client, ReservationGroup old, ReservationGroup replacement,
			IProgressMonitor monitor) throws ServerException, RefusedException {
		SubMonitor progress = SubMonitor.convert(monitor, "Changing the reservation group " + old.name(), 3);
		client.deleteReservationGroup(old.id(), progress.split(1));
		try {
			return client.addReservationGroups(List.of(replacement.withoutIds()), progress.split(1)).get(0);
		} catch (ServerException | OperationCanceledException refused) {
			try {
				// not cancellable: the old group must come back even if the user cancelled
				client.addReservationGroups(List.of(old.withoutIds()), null);
			} catch (ServerException restoreFailed) {
				RefusedException failed = new RefusedException("The server refused the changed group " + replacement.name() + ": "
						+ refused.getMessage() + " Restoring the old group failed too: " + restoreFailed.getMessage()
						+ " The old group was: " + ReservationsJson.write(List.of(old.withoutIds())), false, refused);
				failed.addSuppressed(restoreFailed);
				throw failed;
			}
			throw new RefusedException("The server refused the changed group " + replacement.name() + ": " + refused.getMessage()
					+ " The group was restored as it was.", true, refused);
		}
	}
}
