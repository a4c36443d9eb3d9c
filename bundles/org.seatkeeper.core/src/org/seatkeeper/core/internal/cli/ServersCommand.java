package org.seatkeeper.core.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.CommandLines.Outcome;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.core.files.AtomicFiles;
import org.seatkeeper.core.files.LimitedFiles;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.core.fleet.ServerList;
import org.seatkeeper.core.fleet.ServerListException;
import org.seatkeeper.core.fleet.ServerListFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./seatkeeper servers}: the list of license servers that Seatkeeper's window shows and that
 * {@code admin --server NAME} takes names from ({@code ~/.seatkeeper/servers.json}).
 */
@Command(name = "seatkeeper servers", description = "Manages the list of license servers shared by Seatkeeper's window and "
		+ "its command lines: ~/.seatkeeper/servers.json, or the file SEATKEEPER_SERVERS names.", exitCodeListHeading = "%nExit status:%n",
		exitCodeList = { "0:done", "1:the list could not be read or written", "2:usage error or bad input (including an input file)" })
public final class ServersCommand {

	private final PrintStream out;
	private final PrintStream err;
	private final ServerListFile file;

	public ServersCommand(PrintStream out, PrintStream err, ServerListFile file) {
		this.out = out;
		this.err = err;
		this.file = file;
	}

	public static void main(String[] args) {
		System.exit(new ServersCommand(System.out, System.err, ServerListFile.of(System.getenv())).run(List.of(args)));
	}

	/** Runs the command given by {@code args} and returns its exit status. */
	public int run(List<String> args) {
		return CommandLines.run(this, args, out, err, ServersCommand::outcome);
	}

	private static Optional<Outcome> outcome(Exception e) {
		if (e instanceof ServerListException || e instanceof IllegalArgumentException || e instanceof LimitedFiles.UnsuitableFileException) {
			return Optional.of(new Outcome(CommandLines.USAGE, e.getMessage()));
		}
		return e instanceof IOException ? Optional.of(new Outcome(CommandLines.FAILED, e.getMessage())) : Optional.empty();
	}

	@Command(name = "list", description = "Lists the servers: name, group, address, user, notes.")
	void list(@Option(names = "--json", description = "Print the list as JSON (as export writes it).") boolean json)
			throws IOException, ServerListException {
		ServerList list = file.read();
		if (json) {
			out.print(list.toJson());
			return;
		}
		TextTable table = new TextTable("NAME", "GROUP", "ADDRESS", "USER", "NOTES");
		for (ServerEntry entry : list.entries()) {
			table.row(entry.name(), entry.group(), entry.embedded() ? "(embedded, in the window)" : entry.url(), entry.user(), entry.notes());
		}
		table.print(out);
		if (!file.exists()) {
			out.println("(" + file.path() + " does not exist yet: this is the list a first start has)");
		}
	}

	@Command(name = "add", description = "Adds a server.")
	void add(@Parameters(index = "0", paramLabel = "NAME", description = "Its name, unique in the list.") String name,
			@Parameters(index = "1", paramLabel = "URL", description = "Its address: host, host:port or a URL.") String url,
			@Option(names = "--group", paramLabel = "GROUP", description = "A site or a vendor.") String group,
			@Option(names = "--user", paramLabel = "USER", description = "Who logs in by default (default admin).") String user,
			@Option(names = "--notes", paramLabel = "TEXT", description = "Notes for the administrators.") String notes)
			throws IOException, ServerListException {
		ServerEntry entry = new ServerEntry(name, url, group, user, notes, false);
		file.update(list -> list.add(entry));
		out.println("Added '" + entry.name() + "' (" + entry.address() + ") to " + file.path());
	}

	@Command(name = "remove", description = "Removes servers from the list (their logins and trusted certificates stay).")
	void remove(@Parameters(paramLabel = "NAME", arity = "1..*", description = "The servers' names.") List<String> names)
			throws IOException, ServerListException {
		file.update(list -> {
			ServerList fewer = list;
			for (String name : names) {
				fewer = fewer.remove(name);
			}
			return fewer;
		});
		out.println("Removed " + String.join(", ", names) + " from " + file.path());
	}

	@Command(name = "import", description = "Adds the servers of a list exported before; a name already in the list keeps its "
			+ "entry unless --replace.")
	void importList(@Parameters(paramLabel = "FILE", description = "A list as export writes it.") Path from,
			@Option(names = "--replace", description = "Replace the entries whose names the file also has.") boolean replace)
			throws IOException, ServerListException {
		ServerList imported = ServerList.parse(new String(LimitedFiles.read(from, ServerListFile.MAX_BYTES, "a server list"),
				StandardCharsets.UTF_8), from.toString());
		ServerList.Import[] done = new ServerList.Import[1];
		file.update(list -> {
			done[0] = list.importing(imported, replace);
			return done[0].list();
		});
		out.println("Imported " + from + ": " + done[0].added().size() + " added, " + done[0].replaced().size() + " replaced, "
				+ done[0].kept().size() + " kept as they were" + (done[0].kept().isEmpty() ? "" : " (" + String.join(", ", done[0].kept())
						+ (replace ? "" : "; --replace takes the file's") + ")"));
	}

	@Command(name = "export", description = "Writes the list to a file (JSON), to import elsewhere; - for standard output.")
	void export(@Parameters(paramLabel = "FILE", description = "Where to write it.") String to)
			throws IOException, ServerListException, UsageException {
		String json = file.read().toJson();
		if (to.equals("-")) {
			out.print(json);
			return;
		}
		try {
			AtomicFiles.write(Path.of(to), json.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UsageException("cannot write " + to + ": " + e.getMessage(), e);
		}
		out.println("Wrote " + file.read().entries().size() + " servers to " + to);
	}
}
