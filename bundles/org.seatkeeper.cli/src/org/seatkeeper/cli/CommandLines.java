package org.seatkeeper.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs a Seatkeeper command line, annotated for picocli, the same way for every command
 * ({@code seatkeeper admin}, {@code model}, {@code xvsig}, {@code server}, {@code backoffice},
 * {@code device}):
 * <ul>
 * <li>exit status {@link #OK} when done, {@link #FAILED} when refused, unreachable or failed,
 * {@link #USAGE} for a usage error or bad input;</li>
 * <li>one line on standard error for an error: {@code seatkeeper admin: what went wrong}, followed for a
 * usage error by where to read the usage ({@code (see 'seatkeeper admin devices --help')});</li>
 * <li>{@code -h}/{@code --help} on every command, {@code help [COMMAND]} on a
 * command with subcommands, options in the order they are declared, {@code --opt value} and
 * {@code --opt=value} alike;</li>
 * <li>a command started without arguments that needs some prints its usage on standard error and exits
 * with {@link #USAGE}.</li>
 * </ul>
 * The root command's name is what a user types ({@code "seatkeeper admin"}); it starts every error line.
 */
public final class CommandLines {

	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;

	/** Columns of the generated usage: wider than picocli's 80, so that synopses stay on one or two lines. */
	static final int USAGE_WIDTH = 100;

	/** The exit status and one-line message for an exception a command throws. */
	public record Outcome(int status, String message) {
	}

	/**
	 * How a command's own exceptions end a run, beyond {@link UsageException} and {@link FailedException}
	 * (a client's refusal, a store's failure). Empty for an exception that is a bug: it is printed with its
	 * stack trace.
	 */
	@FunctionalInterface
	public interface Outcomes {
		Optional<Outcome> of(Exception e);
	}

	private CommandLines() {
	}

	/** Runs {@code command} with {@code args} and returns the exit status. */
	public static int run(Object command, List<String> args, PrintStream out, PrintStream err) {
		return run(command, args, out, err, e -> Optional.empty());
	}

	/** Runs {@code command} with {@code args}, ending on {@code outcomes} for its own exceptions. */
	public static int run(Object command, List<String> args, PrintStream out, PrintStream err, Outcomes outcomes) {
		CommandLine line = commandLine(command);
		PrintWriter errors = writer(err);
		line.setOut(writer(out));
		line.setErr(errors);
		String name = line.getCommandName();
		line.setParameterExceptionHandler((e, given) -> {
			if (given.length == 0) {
				e.getCommandLine().usage(errors);
				return USAGE;
			}
			errors.println(name + ": " + problem(e) + seeHelp(e.getCommandLine()));
			return USAGE;
		});
		line.setExecutionExceptionHandler((e, where, parsed) -> {
			Outcome outcome = e instanceof UsageException ? new Outcome(USAGE, e.getMessage())
					: e instanceof FailedException ? new Outcome(FAILED, e.getMessage()) : outcomes.of(e).orElseThrow(() -> e);
			errors.println(name + ": " + outcome.message() + (outcome.status() == USAGE ? seeHelp(where) : ""));
			return outcome.status();
		});
		return line.execute(args.toArray(String[]::new));
	}

	/**
	 * The picocli command line for {@code command} with the conventions above: {@code help} for commands
	 * with subcommands and options in declaration order. Tests use it to read the generated usage.
	 */
	public static CommandLine commandLine(Object command) {
		CommandLine line = new CommandLine(command);
		line.setCaseInsensitiveEnumValuesAllowed(true);
		conventions(line);
		if (!line.getSubcommands().isEmpty() && !line.getSubcommands().containsKey("help")) {
			line.addSubcommand("help", new CommandLine.HelpCommand());
		}
		return line;
	}

	/** Every command gets {@code -h}/{@code --help} and a usage in declaration order. */
	private static void conventions(CommandLine line) {
		CommandSpec spec = line.getCommandSpec();
		spec.usageMessage().sortOptions(false).sortSynopsis(false).width(USAGE_WIDTH);
		if (spec.options().stream().noneMatch(OptionSpec::usageHelp)) {
			spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help and exit.").build());
		}
		inUsageOrder(line);
		line.getSubcommands().values().forEach(CommandLines::conventions);
	}

	/**
	 * Lists subcommands that are classes in the order the command declares them, then those that are methods by
	 * name, then {@code help}: reflection gives methods in no fixed order, and the usage should not change from one
	 * run to the next.
	 */
	private static void inUsageOrder(CommandLine line) {
		line.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> {
			Map<String, Help> ordered = new LinkedHashMap<>();
			help.subcommands().forEach((name, sub) -> {
				if (!isMethod(sub) && !name.equals("help")) {
					ordered.put(name, sub);
				}
			});
			help.subcommands().entrySet().stream().filter(e -> isMethod(e.getValue())).sorted(Map.Entry.comparingByKey())
					.forEach(e -> ordered.put(e.getKey(), e.getValue()));
			Help helpCommand = help.subcommands().get("help");
			if (helpCommand != null) {
				ordered.put("help", helpCommand);
			}
			return help.commandList(ordered);
		});
	}

	private static boolean isMethod(Help subcommand) {
		return subcommand.commandSpec().userObject() instanceof Method;
	}

	private static PrintWriter writer(PrintStream stream) {
		return new PrintWriter(new OutputStreamWriter(stream, stream.charset()), true);
	}

	private static String seeHelp(CommandLine where) {
		return " (see '" + where.getCommandSpec().qualifiedName(" ") + " --help')";
	}

	/**
	 * picocli's message in the style of ours: lower case, naming what was not understood by the name the usage
	 * shows ({@code ID}, {@code --times}) and saying what it should be in words ("a whole number").
	 */
	static String problem(ParameterException e) {
		if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
			String first = unmatched.getUnmatched().get(0);
			CommandLine where = e.getCommandLine();
			if (first.startsWith("-")) {
				return "unknown option '" + first + "'";
			}
			boolean expectsCommand = !where.getSubcommands().isEmpty() && where.getCommandSpec().positionalParameters().isEmpty();
			return (expectsCommand ? "unknown command '" : "unexpected '") + first + "'";
		}
		String message = e.getMessage() == null ? e.toString() : e.getMessage().replaceFirst("^Error: ", "")
				.replaceFirst("^Invalid value for positional parameter at index \\d+ \\(([^)]*)\\)", "Invalid value for $1")
				.replaceFirst("^Invalid value for option '([^']*)'", "Invalid value for $1")
				.replaceFirst("' is not (a long|an int)$", "' is not a whole number").replaceFirst("' is not a double$", "' is not a number");
		return message.length() > 1 && Character.isLowerCase(message.charAt(1))
				? message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1) : message;
	}
}
