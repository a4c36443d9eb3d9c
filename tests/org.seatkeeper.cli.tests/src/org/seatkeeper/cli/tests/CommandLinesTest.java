package org.seatkeeper.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.CommandLines.Outcome;
import org.seatkeeper.cli.FailedException;
import org.seatkeeper.cli.UsageException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The conventions every Seatkeeper command line gets from {@link CommandLines}. */
class CommandLinesTest {

	/** A command like ours: a root with a verb that may fail in each of the ways a command can. */
	@Command(name = "seatkeeper demo", description = "A demonstration.", subcommands = Echo.class)
	static final class Demo {
		final List<String> said = new ArrayList<>();

		@Command(name = "zeta", description = "Listed after alpha.")
		int zeta() {
			return CommandLines.OK;
		}

		@Command(name = "alpha", description = "Listed first of the methods.")
		int alpha() {
			return CommandLines.OK;
		}

		@Command(name = "mid", description = "Listed between alpha and zeta.")
		int mid() {
			return CommandLines.OK;
		}
	}

	@Command(name = "echo", description = "Says the words.")
	static final class Echo implements Callable<Integer> {
		@picocli.CommandLine.ParentCommand
		Demo demo;

		@Option(names = "--times", paramLabel = "N", description = "How often.")
		int times = 1;

		@Option(names = "--fail", paramLabel = "HOW", description = "usage, failed, refused or bug.")
		String fail;

		@Parameters(paramLabel = "WORD", arity = "1..*", description = "The words.")
		List<String> words;

		@Override
		public Integer call() throws Exception {
			if ("usage".equals(fail)) {
				throw new UsageException("the word 'x' is not allowed");
			}
			if ("failed".equals(fail)) {
				throw new FailedException("the server refused");
			}
			if ("refused".equals(fail)) {
				throw new IllegalStateException("refused in the command's own way");
			}
			if ("bug".equals(fail)) {
				throw new NullPointerException("a bug");
			}
			for (int i = 0; i < times; i++) {
				demo.said.add(String.join(" ", words));
			}
			return CommandLines.OK;
		}
	}

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final Demo demo = new Demo();

	private int run(String... args) {
		out.reset();
		err.reset();
		return CommandLines.run(demo, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), e -> e instanceof IllegalStateException
						? Optional.of(new Outcome(CommandLines.FAILED, e.getMessage())) : Optional.empty());
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() {
		assertEquals(0, run("echo", "--times", "2", "a", "b"));
		assertEquals(0, run("echo", "--times=1", "c"));
		assertEquals(List.of("a b", "a b", "c"), demo.said);
		assertEquals("", err());
	}

	@Test
	void exitStatusAndOneLineErrorForEachKindOfFailure() {
		assertEquals(CommandLines.USAGE, run("echo", "--fail", "usage", "w"));
		assertEquals("seatkeeper demo: the word 'x' is not allowed (see 'seatkeeper demo echo --help')\n", err());
		assertEquals(CommandLines.FAILED, run("echo", "--fail=failed", "w"));
		assertEquals("seatkeeper demo: the server refused\n", err());
		assertEquals(CommandLines.FAILED, run("echo", "--fail=refused", "w"));
		assertEquals("seatkeeper demo: refused in the command's own way\n", err());
		assertEquals(CommandLines.USAGE, run("echo", "--times", "many", "w"));
		assertEquals("seatkeeper demo: invalid value for --times: 'many' is not a whole number (see 'seatkeeper demo echo --help')\n",
				err());
		assertEquals(CommandLines.USAGE, run("echo", "--loud", "w"));
		assertEquals("seatkeeper demo: unknown option '--loud' (see 'seatkeeper demo echo --help')\n", err());
		assertEquals(CommandLines.USAGE, run("shout", "w"));
		assertEquals("seatkeeper demo: unknown command 'shout' (see 'seatkeeper demo --help')\n", err());
		assertEquals(CommandLines.USAGE, run("echo"));
		assertEquals("seatkeeper demo: missing required parameter: 'WORD' (see 'seatkeeper demo echo --help')\n", err());
		assertEquals(List.of(), demo.said, "nothing was done");
	}

	@Test
	void aBugIsPrintedWithItsStackTrace() {
		assertEquals(CommandLines.FAILED, run("echo", "--fail", "bug", "w"));
		assertTrue(err().contains("java.lang.NullPointerException: a bug") && err().contains("\tat "), err());
	}

	@Test
	void everyCommandHasGeneratedHelpInDeclarationOrder() {
		assertEquals(CommandLines.USAGE, run());
		assertTrue(err().startsWith("Usage: seatkeeper demo [-h] [COMMAND]\nA demonstration.\n"), err());
		assertEquals(0, run("--help"));
		assertTrue(out().contains("  echo   Says the words.\n") && out().contains("  help   "), out());
		int echo = out().indexOf("  echo ");
		int alpha = out().indexOf("  alpha ");
		int mid = out().indexOf("  mid ");
		int zeta = out().indexOf("  zeta ");
		int help = out().indexOf("  help ");
		assertTrue(echo < alpha && alpha < mid && mid < zeta && zeta < help, "classes as listed, then methods by name, then help: " + out());
		assertEquals(0, run("echo", "-h"));
		assertTrue(out().startsWith("Usage: seatkeeper demo echo [-h] [--times=N] [--fail=HOW] WORD...\n"), out());
		assertTrue(out().indexOf("--times") < out().indexOf("--fail"), out());
		assertEquals(0, run("help", "echo"));
		assertTrue(out().startsWith("Usage: seatkeeper demo echo"), out());
	}
}
