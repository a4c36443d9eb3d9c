package org.seatkeeper.core.internal.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.Setting;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seatkeeper admin config [show] [--filter GROUP]} and {@code config set NAME=VALUE...}: the server's settings. */
@Command(name = "config", description = "The server's settings.")
final class ConfigVerb extends AdminVerb implements Callable<Integer> {

	@Option(names = "--filter", paramLabel = "GROUP", description = "Only the settings of a group (like license-generation), "
			+ "or whose name starts with GROUP.")
	String filter;

	@Override
	public Integer call() throws ServerException, UsageException {
		return show(filter);
	}

	@Command(name = "show", description = "The server's settings (the same as config alone).")
	int show(@Option(names = "--filter", paramLabel = "GROUP", description = "Only the settings of a group, or whose name starts "
			+ "with GROUP.") String group) throws ServerException, UsageException {
		List<Setting> settings = client().settings(monitor());
		if (group != null) {
			String wanted = group.toLowerCase(Locale.ROOT).replace("-", "");
			settings = settings.stream().filter(s -> s.group().toLowerCase(Locale.ROOT).replace("_", "").contains(wanted)
					|| s.groupLabel().toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "").contains(wanted)
					|| s.name().toLowerCase(Locale.ROOT).startsWith(group.toLowerCase(Locale.ROOT))).toList();
		}
		print(settings);
		return CommandLines.OK;
	}

	@Command(name = "set", description = "Changes settings; NAME= returns one to its default.")
	int set(@Parameters(paramLabel = "NAME=VALUE", arity = "1..*", description = "The settings to change.") List<String> pairs)
			throws ServerException, UsageException {
		Map<String, String> changes = new LinkedHashMap<>();
		for (String pair : pairs) {
			int equals = pair.indexOf('=');
			if (equals <= 0) {
				throw new UsageException("'" + pair + "' is not NAME=VALUE");
			}
			String value = pair.substring(equals + 1);
			changes.put(pair.substring(0, equals).trim(), value.isEmpty() ? null : value);
		}
		List<Setting> settings = client().updateSettings(changes, monitor());
		print(settings.stream().filter(s -> changes.containsKey(s.name())).toList());
		return CommandLines.OK;
	}

	private void print(List<Setting> settings) {
		if (json()) {
			printJson(settings);
			return;
		}
		TextTable table = new TextTable("Group", "Name", "Value", "Default", "Editable");
		for (Setting s : settings) {
			table.row(s.groupLabel(), s.name(), s.value(), s.defaultValue(), s.editable() ? "yes" : "producer only");
		}
		table.print(out());
	}
}
