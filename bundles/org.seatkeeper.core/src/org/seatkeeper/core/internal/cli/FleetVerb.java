package org.seatkeeper.core.internal.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.fleet.FleetSurvey;
import org.seatkeeper.core.fleet.FleetSurvey.Row;
import org.seatkeeper.core.fleet.FleetSurvey.State;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.core.fleet.ServerList;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;

/**
 * {@code admin fleet}: every server of the list at once ({@link FleetSurvey}: 8 at a time, each within
 * --timeout), one row each; exits with 1 when any is down.
 */
@Command(name = "fleet", description = "Asks every server of the server list (./seatkeeper servers), 8 at a time, each within "
		+ "--timeout, and prints their key figures. Exits with 1 if any server is down. Logins use the user the list gives each "
		+ "server (or --user) and SEATKEEPER_PASSWORD; nothing is asked on the console.")
final class FleetVerb extends AdminVerb implements Callable<Integer> {

	@Override
	public Integer call() throws Exception {
		ServerList list = admin.serverList();
		List<LicenseServerClient> made = new CopyOnWriteArrayList<>();
		List<Row> rows;
		try {
			rows = FleetSurvey.survey(list.entries(), entry -> {
				LicenseServerClient client = admin.clientFor(entry);
				made.add(client);
				return client;
			}, admin.timeout(), LocalDate.now());
		} finally {
			made.forEach(LicenseServerClient::close);
		}
		if (json()) {
			JsonArray array = new JsonArray();
			rows.forEach(row -> array.add(json(row)));
			out().println(AdminCommand.JSON.toJson(array));
		} else {
			TextTable table = new TextTable("NAME", "GROUP", "STATUS", "VERSION", "FEATURES", "IN USE", "NEAREST EXPIRY", "DEVICES", "DETAIL");
			for (Row row : rows) {
				boolean up = row.state() == State.UP;
				table.row(row.server().name(), row.server().group(), status(row.state()), row.version(), up ? row.features() : "",
						up ? String.format(Locale.ROOT, "%.0f%% (%d of %d)", row.percentInUse(), row.used(), row.count()) : "",
						row.nearestExpiry(), up && row.devices() >= 0 ? row.devices() : "", row.detail());
			}
			table.print(out());
			long embedded = list.entries().stream().filter(ServerEntry::embedded).count();
			if (embedded > 0) {
				out().println("(the embedded demo server is left out: only Seatkeeper's window runs it)");
			}
		}
		return rows.stream().anyMatch(row -> row.state() == State.DOWN) ? CommandLines.FAILED : CommandLines.OK;
	}

	private static String status(State state) {
		return switch (state) {
			case UP -> "up";
			case DOWN -> "DOWN";
			case LOGIN_NEEDED -> "login needed";
			case UNTRUSTED -> "untrusted certificate";
		};
	}

	private static JsonObject json(Row row) {
		JsonObject o = new JsonObject();
		o.addProperty("name", row.server().name());
		o.addProperty("group", row.server().group());
		o.addProperty("url", row.server().url());
		o.addProperty("state", row.state().name());
		o.addProperty("detail", row.detail());
		o.addProperty("version", row.version());
		o.addProperty("features", row.features());
		o.addProperty("used", row.used());
		o.addProperty("count", row.count());
		o.addProperty("nearestExpiry", row.nearestExpiry() == null ? null : row.nearestExpiry().toString());
		o.addProperty("devices", row.devices());
		o.addProperty("millis", row.took().toMillis());
		return o;
	}
}
