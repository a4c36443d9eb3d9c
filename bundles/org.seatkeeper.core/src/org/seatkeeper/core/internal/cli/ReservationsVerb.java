package org.seatkeeper.core.internal.cli;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.ReservationGroup;
import org.seatkeeper.core.reservations.ReservationChecks;
import org.seatkeeper.core.reservations.ReservationsFormatException;
import org.seatkeeper.core.reservations.ReservationsJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code seatkeeper admin reservations [list|show GID|load FILE|export FILE [--group GID]|delete GID
 * [--reservation RID]]}: reservation groups and their entries, each with whether the server can satisfy it.
 */
@Command(name = "reservations", description = "Reservation groups and their entries, with status.")
final class ReservationsVerb extends AdminVerb implements Callable<Integer> {

	@Override
	public Integer call() throws ServerException, UsageException {
		return list();
	}

	@Command(name = "list", description = "Every reservation group (the same as reservations alone).")
	int list() throws ServerException, UsageException {
		return print(client().reservationGroups(monitor()));
	}

	@Command(name = "show", description = "One reservation group.")
	int show(@Parameters(paramLabel = "GID", description = "The group's id.") long gid) throws ServerException, UsageException {
		return print(List.of(client().reservationGroup(id(gid, "a group id"), monitor())));
	}

	private int print(List<ReservationGroup> groups) throws ServerException, UsageException {
		List<ReservationChecks.EntryStatus> statuses = ReservationChecks.statuses(groups, client().features(monitor()),
				LocalDate.now());
		if (json()) {
			printJson(groups);
			return CommandLines.OK;
		}
		TextTable table = new TextTable("Status", "GID", "Group", "RID", "Device ID", "ID Type", "Feature", "Version", "Count");
		for (ReservationChecks.EntryStatus s : statuses) {
			table.row(s.satisfied() ? "ok" : "CANNOT BE SATISFIED: " + s.reason(), s.group().id(), s.group().name(),
					s.reservation().id(), s.reservation().hostId().value(), s.reservation().hostId().type(), s.entry().featureName(),
					s.entry().featureVersion(), s.entry().count());
		}
		table.print(out());
		out().println("Total number of reservation groups : " + groups.size());
		return CommandLines.OK;
	}

	@Command(name = "load", description = "Adds the groups of a reservations JSON file.")
	int load(@Parameters(paramLabel = "FILE", description = "A reservations file, as export writes it.") String file)
			throws ServerException, UsageException {
		List<ReservationGroup> groups;
		try {
			groups = ReservationsJson.read(read(file));
		} catch (ReservationsFormatException e) {
			throw new UsageException(file + ": " + String.join("; ", e.problems()), e);
		}
		List<ReservationGroup> added = client().addReservationGroups(groups, monitor());
		if (json()) {
			printJson(added);
			return CommandLines.OK;
		}
		for (ReservationGroup group : added) {
			out().println("Added reservation group " + group.id() + " '" + group.name() + "' with " + group.reservations().size()
					+ " reservations and " + group.entryCount() + " entries");
		}
		return CommandLines.OK;
	}

	@Command(name = "export", description = "Writes the reservation groups to a file that load takes back.")
	int export(@Parameters(paramLabel = "FILE", description = "The file to write.") String file,
			@Option(names = "--group", paramLabel = "GID", description = "Only this group.") Long group)
			throws ServerException, UsageException {
		LicenseServerClient client = client();
		List<ReservationGroup> groups = group == null ? client.reservationGroups(monitor())
				: List.of(client.reservationGroup(id(group, "a group id"), monitor()));
		if (groups.isEmpty()) {
			throw new UsageException("the server has no reservation group to export");
		}
		write(file, ReservationsJson.write(groups.stream().map(ReservationGroup::withoutIds).toList()).getBytes(StandardCharsets.UTF_8));
		if (!json()) {
			out().println("Wrote " + groups.size() + " reservation groups to " + file);
		}
		return CommandLines.OK;
	}

	@Command(name = "delete", description = "Deletes a reservation group, or one reservation of it.")
	int delete(@Parameters(paramLabel = "GID", description = "The group's id.") long gid,
			@Option(names = "--reservation", paramLabel = "RID", description = "Only this reservation of the group.") Long rid)
			throws ServerException, UsageException {
		long group = id(gid, "a group id");
		if (rid == null) {
			client().deleteReservationGroup(group, monitor());
			if (!json()) {
				out().println("Deleted reservation group " + group);
			}
		} else {
			long reservation = id(rid, "a reservation id");
			client().deleteReservation(group, reservation, monitor());
			if (!json()) {
				out().println("Deleted reservation " + reservation + " of group " + group);
			}
		}
		return CommandLines.OK;
	}
}
