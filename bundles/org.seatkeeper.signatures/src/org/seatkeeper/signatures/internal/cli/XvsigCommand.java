package org.seatkeeper.signatures.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.signatures.Keyword;
import org.seatkeeper.signatures.LicenseFileReader;
import org.seatkeeper.signatures.LicenseFileReader.LicenseFile;
import org.seatkeeper.signatures.LicenseFileReader.LicenseLine;
import org.seatkeeper.signatures.SignatureAdvisor;
import org.seatkeeper.signatures.SignatureAdvisor.Advice;
import org.seatkeeper.signatures.SignatureAdvisor.Need;
import org.seatkeeper.signatures.SignatureAdvisor.Toolkit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code seatkeeper xvsig}: which FlexNet Publisher Version values a license needs so that applications
 * built with older toolkits still accept it. Runs on a plain JVM (no OSGi) so that it starts fast.
 */
@Command(name = "seatkeeper xvsig", description = "Says which FlexNet Publisher Version values a license needs so that "
		+ "applications built with older toolkits still accept it.", exitCodeListHeading = "%nExit status:%n", exitCodeList = {
				"0:everything given was understood",
				"1:a keyword or a toolkit version was not understood (the rest is still answered)",
				"2:usage error, or a license file cannot be read" })
public final class XvsigCommand implements Callable<Integer> {

	static final int NOT_UNDERSTOOD = CommandLines.FAILED;

	/** The keywords of the table, for the usage. */
	static final class KeywordNames implements Iterable<String> {
		@Override
		public Iterator<String> iterator() {
			return Arrays.stream(Keyword.values()).map(Keyword::name).iterator();
		}
	}


	@Option(names = "--toolkit", paramLabel = "VERSION", description = "A toolkit version of applications that must keep "
			+ "accepting the license, such as 11.0 or 10.8.3, or a column of the table, like 9.0-10.8.n.")
	List<String> toolkits = new ArrayList<>();

	@Option(names = "--license", paramLabel = "FILE", description = "A license file: the keywords its FEATURE, INCREMENT, "
			+ "UPGRADE and PACKAGE lines use.")
	List<Path> licenses = new ArrayList<>();

	@Parameters(paramLabel = "KEYWORD", arity = "0..*", completionCandidates = KeywordNames.class,
			description = "A keyword the license uses: ${COMPLETION-CANDIDATES}.")
	List<String> keywords = new ArrayList<>();

	private final PrintStream out;
	private final PrintStream err;

	public XvsigCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public static void main(String[] args) {
		System.exit(new XvsigCommand(System.out, System.err).run(List.of(args)));
	}

	/** Runs the command given by {@code args} and returns its exit status. */
	public int run(List<String> args) {
		return CommandLines.run(this, args, out, err);
	}

	@Override
	public Integer call() throws UsageException {
		if (toolkits.isEmpty()) {
			throw new UsageException("name at least one toolkit version with --toolkit");
		}
		if (keywords.isEmpty() && licenses.isEmpty()) {
			throw new UsageException("name the keywords the license uses, or give the license with --license");
		}
		List<String> used = new ArrayList<>(keywords);
		boolean understood = true;
		for (Path license : licenses) {
			LicenseFile file;
			try {
				file = LicenseFileReader.read(read(license));
			} catch (IOException e) {
				throw new UsageException(e.getMessage(), e);
			}
			report(license, file);
			understood &= file.problems().isEmpty();
			file.keywords().forEach(k -> used.add(k.name()));
		}
		Advice advice = SignatureAdvisor.advise(toolkits, used);
		print(advice);
		return understood && advice.problems().isEmpty() ? CommandLines.OK : NOT_UNDERSTOOD;
	}

	private static String read(Path file) throws IOException {
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
		} catch (NoSuchFileException e) {
			throw new IOException(file + ": no such file", e);
		} catch (CharacterCodingException e) {
			return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1); // older license files are Latin-1
		} catch (IOException e) {
			throw new IOException(file + ": cannot be read (" + e.getMessage() + ")", e);
		}
	}

	private void report(Path license, LicenseFile file) {
		out.println("License file " + license + ":");
		for (LicenseLine line : file.lines()) {
			out.printf("  line %d: %s %s %s: %s%n", line.line(), line.kind(), line.name(), line.version(),
					line.keywords().isEmpty() ? "no keyword of the table"
							: line.sortedKeywords().stream().map(Keyword::name).collect(Collectors.joining(", ")));
		}
		if (file.lines().isEmpty()) {
			out.println("  no FEATURE, INCREMENT, UPGRADE or PACKAGE line");
		}
		file.problems().forEach(problem -> out.println("  " + problem));
		out.println();
	}

	private void print(Advice advice) {
		if (!advice.keywords().isEmpty() && !advice.toolkits().isEmpty()) {
			int width = Math.max("Keyword".length(), advice.keywords().stream().mapToInt(k -> k.name().length()).max().orElse(0));
			StringBuilder header = new StringBuilder(pad("Keyword", width));
			for (Toolkit toolkit : advice.toolkits()) {
				header.append("  ").append(pad(heading(toolkit), columnWidth(toolkit)));
			}
			out.println(header.toString().stripTrailing());
			for (Keyword keyword : advice.keywords()) {
				StringBuilder row = new StringBuilder(pad(keyword.name(), width));
				for (Toolkit toolkit : advice.toolkits()) {
					String cell = advice.need(keyword, toolkit.given()).flatMap(Need::value).orElse("-");
					row.append("  ").append(pad(cell, columnWidth(toolkit)));
				}
				out.println(row.toString().stripTrailing());
			}
			out.println("(- : that toolkit reads the keyword already; no cross-version signature is needed)");
			out.println();
			List<String> values = advice.valuesToSelect();
			out.println(values.isEmpty() ? "No cross-version signature is needed."
					: "Select these FlexNet Publisher Versions: " + String.join(", ", values));
			for (Need need : advice.needs()) {
				if (need.value().isPresent()) {
					out.println("  " + need.reason());
				}
			}
			out.println();
		} else if (advice.keywords().isEmpty()) {
			out.println("No keyword of the cross-version table is used: no cross-version signature is needed.");
			out.println();
		}
		out.println(SignatureAdvisor.SERVER_REMINDER);
		for (String problem : advice.problems()) {
			err.println("seatkeeper xvsig: " + problem);
		}
	}

	private static String heading(Toolkit toolkit) {
		return toolkit.given().equals(toolkit.column().label()) ? toolkit.given()
				: toolkit.given() + " (" + toolkit.column().label() + ")";
	}

	private static int columnWidth(Toolkit toolkit) {
		return Math.max(heading(toolkit).length(), 4);
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(Math.max(0, width - text.length()));
	}
}
