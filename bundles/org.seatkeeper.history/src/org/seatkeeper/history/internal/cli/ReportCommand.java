package org.seatkeeper.history.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.seatkeeper.cli.CommandLines.Outcome;
import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.FailedException;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.history.HistoryDatabase;
import org.seatkeeper.history.report.PeakReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code ./seatkeeper report peaks}: the peak report of one server from the usage history, as text, CSV or HTML. */
@Command(name = "seatkeeper report", description = "Reports from the usage history that Seatkeeper's window and "
		+ "./seatkeeper watch record.", exitCodeListHeading = "%nExit status:%n",
		exitCodeList = { "0:done", "1:the history could not be read", "2:usage error or bad input (an unknown server, a bad month)" },
		subcommands = ReportCommand.Peaks.class)
public final class ReportCommand {

	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, String> env;
	private final Path home;

	public ReportCommand(PrintStream out, PrintStream err, Map<String, String> env, Path home) {
		this.out = out;
		this.err = err;
		this.env = env;
		this.home = home;
	}

	public static void main(String[] args) {
		System.exit(new ReportCommand(System.out, System.err, System.getenv(), Path.of(System.getProperty("user.home"))).run(List.of(args)));
	}

	/** Runs the command given by {@code args} and returns its exit status. */
	public int run(List<String> args) {
		return CommandLines.run(this, args, out, err, e -> e instanceof SQLException || e instanceof IOException
				? Optional.of(new Outcome(CommandLines.FAILED, e.getMessage())) : Optional.empty());
	}

	/** How the report is written. */
	static final class Format {
		@Option(names = "--csv", description = "As CSV: a line per feature, the measures of each month in columns.")
		boolean csv;
		@Option(names = "--html", description = "As an HTML page, to print or mail.")
		boolean html;
	}

	@Command(name = "peaks", description = "Per feature and month: the peak use, the average use, the peak as a percentage of the "
			+ "count, and the hours every count was in use; and the same over the whole range. What a renewal or a true-up needs.")
	static final class Peaks implements Callable<Integer> {

		@ParentCommand
		ReportCommand report;

		@Option(names = "--server", required = true, order = 1, paramLabel = "NAME", description = "The server, by its name in the list.")
		String server;

		@Option(names = "--from", required = true, order = 2, paramLabel = "YYYY-MM", description = "The first month.")
		String from;

		@Option(names = "--to", order = 3, paramLabel = "YYYY-MM", description = "The last month (default: the first).")
		String to;

		@ArgGroup(exclusive = true, order = 4)
		Format format = new Format();

		@Option(names = "--out", order = 5, paramLabel = "FILE", description = "Write the report to FILE (default: standard output).")
		Path file;

		@Mixin
		DatabaseOptions database = new DatabaseOptions();

		@Override
		public Integer call() throws Exception {
			YearMonth first = month("--from", from);
			YearMonth last = to == null ? first : month("--to", to);
			if (last.isBefore(first)) {
				throw new UsageException("--to " + last + " is before --from " + first);
			}
			PeakReport peaks;
			try (HistoryDatabase history = database.open(report.env, report.home)) {
				List<String> servers = history.servers();
				String name = servers.stream().filter(s -> s.equalsIgnoreCase(server)).findFirst().orElseThrow(() -> new UsageException(
						"the history has no server named '" + server + "'" + (servers.isEmpty() ? " (it is empty)" : "; it has: " + String.join(", ", servers))));
				peaks = PeakReport.of(name, history.demo(name), first, last, history.peaks(name, first, last));
			}
			String text = format.csv ? peaks.csv() : format.html ? peaks.html() : peaks.text();
			if (file == null) {
				report.out.print(text);
			} else {
				try {
					Files.writeString(file, text, StandardCharsets.UTF_8);
				} catch (IOException e) {
					throw new FailedException("cannot write " + file + ": " + e.getMessage(), e);
				}
				report.out.println(peaks.title() + ": " + peaks.rows().size() + " features written to " + file);
			}
			return CommandLines.OK;
		}
	}

	private static YearMonth month(String option, String text) throws UsageException {
		try {
			return YearMonth.parse(text.strip());
		} catch (DateTimeParseException e) {
			throw new UsageException(option + " '" + text + "' is not a month: write it as 2026-01");
		}
	}
}
