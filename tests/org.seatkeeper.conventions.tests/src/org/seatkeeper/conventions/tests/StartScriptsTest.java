package org.seatkeeper.conventions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The product's start scripts (features/org.seatkeeper.launcher.feature/rootfiles), read as text: there
 * is no Windows machine to run {@code seatkeeper.cmd} on, so a small parser checks its structure and the
 * order in which it looks for a Java runtime, and the shell scripts are held to the same order and
 * minimum version. The built archives are checked by releng/scripts/platforms-test.sh.
 */
class StartScriptsTest {

	private static final Path ROOTFILES = Path.of(System.getProperty("seatkeeper.root", "../.."))
			.resolve("features/org.seatkeeper.launcher.feature/rootfiles");
	private static final Pattern CALL = Pattern.compile("(?i)^call :(\\w+)(?: \"(.*)\")?$");
	private static final Pattern LABEL = Pattern.compile("^:(\\w+)$");
	private static final Pattern GOTO = Pattern.compile("(?i)\\bgoto (\\w+)");
	private static final Pattern MINIMUM = Pattern.compile("(?m)^\\s*(?:set \")?SEATKEEPER_MIN_JAVA=(\\d+)\"?\\s*$");

	/** One step of the search: a {@code call :candidate|:on_path|:folder} line of the main part, in order. */
	record Step(String routine, String argument) {
		@Override
		public String toString() {
			return argument == null ? routine : routine + ' ' + argument;
		}
	}

	private static String cmd;
	private static List<String> lines;
	private static Map<String, List<String>> routines;

	@BeforeAll
	static void readTheWindowsScript() throws IOException {
		cmd = Files.readString(ROOTFILES.resolve("win32/seatkeeper.cmd"), StandardCharsets.US_ASCII);
		lines = List.of(cmd.split("\r\n", -1));
		routines = new LinkedHashMap<>();
		List<String> body = null;
		for (String line : lines) {
			Matcher label = LABEL.matcher(line.strip());
			if (label.matches()) {
				body = new ArrayList<>();
				routines.put(label.group(1), body);
			} else if (body != null && !line.isBlank() && !line.strip().toLowerCase().startsWith("rem ")) {
				body.add(line.strip());
			}
		}
	}

	/** The main part's calls before it gives up ({@code if not defined java_home goto no_java}). */
	private static List<Step> search() {
		List<Step> steps = new ArrayList<>();
		for (String line : lines) {
			String statement = line.strip();
			if (LABEL.matcher(statement).matches() || statement.equalsIgnoreCase("if not defined java_home goto no_java")) {
				break;
			}
			Matcher call = CALL.matcher(statement);
			if (call.matches()) {
				steps.add(new Step(call.group(1), call.group(2)));
			}
		}
		return steps;
	}

	@Test
	void theWindowsScriptLooksForAJavaRuntimeInTheDocumentedOrder() {
		List<Step> steps = search();
		assertEquals(List.of(new Step("candidate", "%SEATKEEPER_JAVA_HOME%"), new Step("candidate", "%JAVA_HOME%"), new Step("on_path", null)),
				steps.subList(0, 3), "first SEATKEEPER_JAVA_HOME, then JAVA_HOME, then the javaw on PATH: " + steps);
		List<String> folders = steps.subList(3, steps.size()).stream().map(step -> {
			assertEquals("folder", step.routine(), "after PATH only install folders: " + steps);
			return step.argument();
		}).toList();
		for (String usual : List.of("%ProgramFiles%\\Eclipse Adoptium", "%ProgramFiles%\\Java", "%ProgramFiles%\\Microsoft",
				"%ProgramFiles%\\Zulu", "%ProgramFiles%\\Amazon Corretto", "%USERPROFILE%\\.jdks")) {
			assertTrue(folders.contains(usual), usual + " is among the install folders " + folders);
		}
		assertTrue(lines.stream().map(String::strip).anyMatch("if not defined java_home goto no_java"::equalsIgnoreCase),
				"it stops with a message when no runtime is found");
	}

	@Test
	void everyCallAndGotoHasItsLabelAndTheFirstRuntimeFoundWins() {
		for (String line : lines) {
			Matcher call = CALL.matcher(line.strip());
			if (call.matches()) {
				assertTrue(routines.containsKey(call.group(1)), "no label :" + call.group(1) + " for: " + line);
			}
			Matcher jump = GOTO.matcher(line);
			while (jump.find()) {
				assertTrue(routines.containsKey(jump.group(1)) || jump.group(1).equalsIgnoreCase("eof"), "no label :" + jump.group(1));
			}
		}
		for (String routine : List.of("candidate", "on_path", "folder")) {
			List<String> body = routines.get(routine);
			assertEquals("if defined java_home exit /b 0", body.get(0), ":" + routine + " does nothing once a runtime is found");
			assertEquals("exit /b 0", body.get(body.size() - 1), ":" + routine + " returns to its caller");
		}
		String candidate = String.join("\n", routines.get("candidate"));
		assertTrue(candidate.contains("\\bin\\javaw.exe"), "a candidate must hold javaw.exe");
		assertTrue(candidate.contains("JAVA_VERSION=") && candidate.contains("\\release"), "the version comes from the release file");
		assertTrue(candidate.contains("GEQ %SEATKEEPER_MIN_JAVA% set \"java_home=%c%\""), "taken only at the minimum version or later");
		assertTrue(String.join("\n", routines.get("on_path")).contains("%%~$PATH:j"), ":on_path searches PATH");
		assertTrue(String.join("\n", routines.get("folder")).contains("dir /b /ad /o-n"), ":folder takes the newest name first");
	}

	@Test
	void itStartsJavawWithTheSharedJavaOptionsAndPassesItsArguments() {
		List<String> starts = lines.stream().map(String::strip).filter(line -> line.toLowerCase().startsWith("start ")).toList();
		assertEquals(1, starts.size(), "one start line: " + starts);
		String start = starts.get(0);
		assertTrue(start.contains("\"%java_home%\\bin\\javaw.exe\""), start);
		assertTrue(start.contains("\"@%here%lib\\jvm.options\""), start);
		assertTrue(start.endsWith("-jar \"%launcher%\" %*"), start);
		assertTrue(Files.isRegularFile(ROOTFILES.resolve("common/lib/jvm.options")), "the options every platform shares");
	}

	@Test
	void theWindowsScriptHasWindowsLineEnds() {
		assertTrue(cmd.endsWith("\r\n"), "ends with CRLF");
		assertEquals(-1, cmd.replace("\r\n", "").indexOf('\n'), "every line ends with CRLF (.gitattributes keeps it so)");
	}

	@Test
	void everyPlatformAsksForTheSameJavaVersionInTheSameOrder() throws IOException {
		String unix = Files.readString(ROOTFILES.resolve("unix/lib/find-jdk.sh"));
		String minimum = minimum(cmd).orElseThrow();
		assertEquals(minimum, minimum(unix).orElseThrow(), "seatkeeper.cmd and find-jdk.sh");
		String product = Files.readString(ROOTFILES.resolve("../../../releng/org.seatkeeper.product/seatkeeper.product"));
		assertTrue(product.contains("name=\"osgi.requiredJavaVersion\" value=\"" + minimum + "\""), "the product's osgi.requiredJavaVersion");
		Matcher loop = Pattern.compile("for candidate in (.*)").matcher(unix);
		assertTrue(loop.find(), "find-jdk.sh's loop over candidates");
		assertTrue(loop.group(1).startsWith("\"${SEATKEEPER_JAVA_HOME:-}\" \"${JAVA_HOME:-}\" \"$on_path\""), loop.group(1));
	}

	private static Optional<String> minimum(String script) {
		Matcher matcher = MINIMUM.matcher(script.replace("\r", ""));
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}
}
