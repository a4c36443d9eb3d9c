package org.seatkeeper.core.internal.cli;

import static org.seatkeeper.core.internal.cli.AdminCommand.id;
import static org.seatkeeper.core.internal.cli.AdminCommand.noMore;
import static org.seatkeeper.core.internal.cli.AdminCommand.option;
import static org.seatkeeper.core.internal.cli.AdminCommand.withoutOptions;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.ReservationGroup;
import org.seatkeeper.core.domain.ServerModel;
import org.seatkeeper.core.internal.cli.AdminCommand.UsageException;
import org.seatkeeper.core.reservations.ReservationChecks;
import org.seatkeeper.core.reservations.ReservationsFormatException;
import org.seatkeeper.core.reservations.ReservationsJson;

import com.google.gson.Gson;

/**
 * The verbs of {@code seatkeeper admin} that change how a server shares its counts: {@code reservations}
 * and {@code model}.
 */
final class LicensingVerbs {

	private final PrintStream out;
	private final boolean json;
	private final Gson gson;

	LicensingVerbs(PrintStream out, boolean json, Gson gson) {
		this.out = out;
		this.json = json;
		this.gson = gson;
	}

	private void printJson(Object value) {
		out.println(gson.toJson(value));
	}

	/** {@code reservations [list|show GID|load FILE|export FILE [--group GID]|delete GID [--reservation RID]]} */
	int reservations(LicenseServerClient client, List<String> args) throws ServerException, UsageException {
		var monitor = new NullProgressMonitor();
		String action = args.isEmpty() ? "list" : args.get(0);
		switch (action) {
			case "list", "show" -> {
				List<ReservationGroup> groups = client.reservationGroups(monitor);
				if (action.equals("show")) {
					if (args.size() != 2) {
						throw new UsageException("reservations show takes one group id");
					}
					long gid = id(args.get(1), "a group id");
					groups = List.of(client.reservationGroup(gid, monitor));
				} else {
					noMore(args, args.isEmpty() ? 0 : 1);
				}
				List<ReservationChecks.EntryStatus> statuses = ReservationChecks.statuses(groups, client.features(monitor),
						LocalDate.now());
				if (json) {
					printJson(groups);
					return AdminCommand.OK;
				}
				TextTable table = new TextTable("Status", "GID", "Group", "RID", "Device ID", "ID Type", "Feature", "Version",
						"Count");
				for (ReservationChecks.EntryStatus s : statuses) {
					table.row(s.satisfied() ? "ok" : "CANNOT BE SATISFIED: " + s.reason(), s.group().id(), s.group().name(),
							s.reservation().id(), s.reservation().hostId().value(), s.reservation().hostId().type(),
							s.entry().featureName(), s.entry().featureVersion(), s.entry().count());
				}
				table.print(out);
				out.println("Total number of reservation groups : " + groups.size());
				return AdminCommand.OK;
			}
			case "load" -> {
				if (args.size() != 2) {
					throw new UsageException("reservations load takes one file");
				}
				List<ReservationGroup> groups;
				try {
					groups = ReservationsJson.read(AdminCommand.read(args.get(1)));
				} catch (ReservationsFormatException e) {
					throw new UsageException(args.get(1) + ": " + String.join("; ", e.problems()));
				}
				List<ReservationGroup> added = client.addReservationGroups(groups, monitor);
				if (json) {
					printJson(added);
				} else {
					for (ReservationGroup group : added) {
						out.println("Added reservation group " + group.id() + " '" + group.name() + "' with "
								+ group.reservations().size() + " reservations and " + group.entryCount() + " entries");
					}
				}
				return AdminCommand.OK;
			}
			case "export" -> {
				if (args.size() < 2) {
					throw new UsageException("reservations export takes a file");
				}
				String group = option(args, "--group");
				noMore(withoutOptions(args, "--group"), 2);
				List<ReservationGroup> groups = group == null ? client.reservationGroups(monitor)
						: List.of(client.reservationGroup(id(group, "a group id"), monitor));
				if (groups.isEmpty()) {
					throw new UsageException("the server has no reservation group to export");
				}
				AdminCommand.write(args.get(1), ReservationsJson.write(groups.stream().map(ReservationGroup::withoutIds).toList())
						.getBytes(StandardCharsets.UTF_8));
				if (!json) {
					out.println("Wrote " + groups.size() + " reservation groups to " + args.get(1));
				}
				return AdminCommand.OK;
			}
			case "delete" -> {
				if (args.size() < 2) {
					throw new UsageException("reservations delete takes a group id");
				}
				long gid = id(args.get(1), "a group id");
				String reservation = option(args, "--reservation");
				noMore(withoutOptions(args, "--reservation"), 2);
				if (reservation == null) {
					client.deleteReservationGroup(gid, monitor);
					if (!json) {
						out.println("Deleted reservation group " + gid);
					}
				} else {
					long rid = id(reservation, "a reservation id");
					client.deleteReservation(gid, rid, monitor);
					if (!json) {
						out.println("Deleted reservation " + rid + " of group " + gid);
					}
				}
				return AdminCommand.OK;
			}
			default -> throw new UsageException("unknown reservations action '" + action + "'");
		}
	}

	/** {@code model [show|load FILE|delete]} */
	int model(LicenseServerClient client, List<String> args) throws ServerException, UsageException {
		var monitor = new NullProgressMonitor();
		String action = args.isEmpty() ? "show" : args.get(0);
		switch (action) {
			case "show" -> {
				noMore(args, args.isEmpty() ? 0 : 1);
				ServerModel model = client.model(monitor);
				if (json) {
					printJson(model);
				} else if (model.isDefault()) {
					out.println("No model definition: the default model applies (every feature in the default pool).");
				} else {
					out.print(model.definition().endsWith("\n") ? model.definition() : model.definition() + "\n");
				}
				return AdminCommand.OK;
			}
			case "load" -> {
				if (args.size() != 2) {
					throw new UsageException("model load takes one file");
				}
				ServerModel model = client.uploadModel(AdminCommand.read(args.get(1)), monitor);
				if (json) {
					printJson(model);
				} else {
					out.println("Applied the model '" + model.name() + "'");
				}
				return AdminCommand.OK;
			}
			case "delete" -> {
				noMore(args, 1);
				client.deleteModel(monitor);
				if (!json) {
					out.println("Deleted the model definition: the default model applies");
				}
				return AdminCommand.OK;
			}
			default -> throw new UsageException("unknown model action '" + action + "'");
		}
	}
}
