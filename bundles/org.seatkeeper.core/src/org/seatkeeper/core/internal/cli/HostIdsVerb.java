package org.seatkeeper.core.internal.cli;

import java.util.concurrent.Callable;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.HostId;
import org.seatkeeper.core.domain.HostIds;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code seatkeeper admin hostids [list]} and {@code hostids select TYPE VALUE}: the server's hostids. */
@Command(name = "hostids", description = "The server's hostids, and which one it uses.")
final class HostIdsVerb extends AdminVerb implements Callable<Integer> {

	@Override
	public Integer call() throws ServerException, UsageException {
		return list();
	}

	@Command(name = "list", description = "The server's hostids (the same as hostids alone).")
	int list() throws ServerException, UsageException {
		return print(client().hostIds(monitor()));
	}

	@Command(name = "select", description = "Chooses the hostid the server uses.")
	int select(@Parameters(index = "0", paramLabel = "TYPE", description = "The hostid's type, like ETHERNET.") String type,
			@Parameters(index = "1", paramLabel = "VALUE", description = "The hostid's value.") String value) throws ServerException, UsageException {
		return print(client().selectHostId(new HostId(type, value), monitor()));
	}

	private int print(HostIds hostIds) {
		if (json()) {
			printJson(hostIds);
			return CommandLines.OK;
		}
		TextTable table = new TextTable("Type", "Value", "Selected");
		for (HostId hostId : hostIds.all()) {
			table.row(hostId.type(), hostId.value(), hostIds.selected() != null && hostIds.selected().sameAs(hostId) ? "yes" : "");
		}
		table.print(out());
		return CommandLines.OK;
	}
}
