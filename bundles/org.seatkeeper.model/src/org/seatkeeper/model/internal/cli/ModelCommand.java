package org.seatkeeper.model.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.seatkeeper.model.Diagnostic;
import org.seatkeeper.model.ModelAnalysis;
import org.seatkeeper.model.ModelFormatter;
import org.seatkeeper.model.Severity;
import org.seatkeeper.model.allocation.AllocationPreview;
import org.seatkeeper.model.allocation.Allocator;
import org.seatkeeper.model.allocation.LineAllocation;
import org.seatkeeper.model.allocation.PoolAllocation;
import org.seatkeeper.model.allocation.ServerFeature;
import org.seatkeeper.model.allocation.Slice;

/**
 * {@code seatkeeper model}: checks, formats and previews model-definition files from a shell. Runs on a
 * plain JVM (no OSGi) so that it starts fast.
 *
 * <p>Exit status: 0 when all is well, 1 when a file has errors (or is not formatted, with
 * {@code --check}), 2 when the command is used wrongly or a file cannot be read.
 */
public final class ModelCommand {

	static final int OK = 0;
	static final int FAILED = 1;
	static final int USAGE = 2;

	static final String USAGE_TEXT = """
			usage: seatkeeper model validate FILE...
			       seatkeeper model format FILE [--in-place | --check]
			       seatkeeper model format --in-place FILE...
			       seatkeeper model preview FILE --features FEATURES.json [--date YYYY-MM-DD]

			  validate  prints every problem as file:line:column: severity: message; exit 1 if one is an error
			  format    prints the file laid out canonically (comments kept); --in-place rewrites the files,
			            --check only tells whether they are formatted (exit 1 if not)
			  preview   shows how the model would distribute the counts of a server's features to its pools;
			            FEATURES.json is what GET /api/1.0/instances/~/features returns
			""";

	private final PrintStream out;
	private final PrintStream err;

	public ModelCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public static void main(String[] args) {
		System.exit(new ModelCommand(System.out, System.err).run(List.of(args)));
	}

	/** Runs the command given by {@code args} and returns its exit status. */
	public int run(List<String> args) {
		if (args.isEmpty() || args.get(0).equals("help") || args.contains("--help") || args.contains("-h")) {
			(args.isEmpty() ? err : out).print(USAGE_TEXT);
			return args.isEmpty() ? USAGE : OK;
		}
		List<String> rest = args.subList(1, args.size());
		try {
			return switch (args.get(0)) {
			case "validate" -> validate(rest);
			case "format" -> format(rest);
			case "preview" -> preview(rest);
			default -> usage("unknown command '" + args.get(0) + "'");
			};
		} catch (UnreadableFile e) {
			err.println("seatkeeper model: " + e.getMessage());
			return USAGE;
		}
	}

	private int validate(List<String> files) throws UnreadableFile {
		if (files.isEmpty() || files.stream().anyMatch(f -> f.startsWith("--"))) {
			return usage("validate needs one or more files and takes no options");
		}
		int errors = 0;
		int warnings = 0;
		for (String file : files) {
			ModelAnalysis analysis = ModelAnalysis.of(read(file));
			for (Diagnostic diagnostic : analysis.diagnostics()) {
				out.println(diagnostic.format(file));
			}
			errors += analysis.diagnostics(Severity.ERROR).size();
			warnings += analysis.diagnostics(Severity.WARNING).size();
		}
		err.println(count(errors, "error") + ", " + count(warnings, "warning") + " in " + count(files.size(), "file"));
		return errors > 0 ? FAILED : OK;
	}

	private int format(List<String> args) throws UnreadableFile {
		boolean inPlace = args.contains("--in-place");
		boolean check = args.contains("--check");
		List<String> files = args.stream().filter(a -> !a.equals("--in-place") && !a.equals("--check")).toList();
		if (files.isEmpty() || files.stream().anyMatch(f -> f.startsWith("--")) || inPlace && check
				|| !inPlace && !check && files.size() != 1) {
			return usage("format takes one file, or several with --in-place or --check");
		}
		int status = OK;
		for (String file : files) {
			String text = read(file);
			ModelFormatter.Result result = ModelFormatter.format(text);
			if (!result.isFormatted()) {
				result.syntaxErrors().forEach(d -> err.println(d.format(file)));
				err.println(file + ": not formatted because of " + count(result.syntaxErrors().size(), "syntax error"));
				status = FAILED;
			} else if (check) {
				if (!result.text().equals(text)) {
					out.println(file + ": not formatted");
					status = FAILED;
				}
			} else if (inPlace) {
				if (!result.text().equals(text)) {
					write(file, result.text());
				}
			} else {
				out.print(result.text());
			}
		}
		return status;
	}

	private int preview(List<String> args) throws UnreadableFile {
		String model = null;
		String features = null;
		LocalDate date = LocalDate.now();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if ((arg.equals("--features") || arg.equals("--date")) && i + 1 >= args.size()) {
				return usage(arg + " needs a value");
			}
			if (arg.equals("--features")) {
				features = args.get(++i);
			} else if (arg.equals("--date")) {
				try {
					date = LocalDate.parse(args.get(++i));
				} catch (DateTimeParseException e) {
					return usage("--date wants YYYY-MM-DD, not '" + args.get(i) + "'");
				}
			} else if (arg.startsWith("--") || model != null) {
				return usage("unexpected '" + arg + "'");
			} else {
				model = arg;
			}
		}
		if (model == null || features == null) {
			return usage("preview needs a model file and --features FEATURES.json");
		}
		ModelAnalysis analysis = ModelAnalysis.of(read(model));
		List<Diagnostic> errors = analysis.diagnostics(Severity.ERROR);
		if (!errors.isEmpty()) {
			String file = model;
			errors.forEach(d -> err.println(d.format(file)));
			err.println(model + ": a server would refuse this model; fix " + count(errors.size(), "error") + " first");
			return FAILED;
		}
		List<ServerFeature> serverFeatures;
		try {
			serverFeatures = FeaturesFile.parse(read(features));
		} catch (FeaturesFile.FormatException e) {
			err.println(features + ": " + e.getMessage());
			return USAGE;
		}
		AllocationPreview preview = Allocator.preview(analysis.model(), serverFeatures, date);
		out.print(table(preview));
		if (!preview.notes().isEmpty()) {
			out.println();
			preview.notes().forEach(note -> out.println("* " + note));
		}
		return OK;
	}

	/** The preview as a text table, one row per feature line (and per record of the default pool). */
	static String table(AllocationPreview preview) {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "Pool", "Feature", "Version", "Requested", "Computed", "Obtained", "Short", "Taken from" });
		for (PoolAllocation pool : preview.pools()) {
			if (pool.isDefault()) {
				for (Slice slice : pool.slices()) {
					rows.add(new String[] { pool.name(), slice.feature().name(), slice.feature().version().toString(), "", "",
							Long.toString(slice.count()), "", source(List.of(slice)) });
				}
			} else if (pool.lines().isEmpty()) {
				rows.add(new String[] { pool.name(), "(no features)", "", "", "", "0", "", "" });
			}
			for (LineAllocation line : pool.lines()) {
				rows.add(new String[] { pool.name(), line.line().feature().value(), line.line().version().text(), line.requested(),
						Long.toString(line.computed()), Long.toString(line.obtained()),
						line.shortfall() > 0 ? Long.toString(line.shortfall()) : "", source(line.slices()) });
			}
		}
		int[] widths = new int[rows.get(0).length];
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		StringBuilder table = new StringBuilder();
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.length; i++) {
				boolean number = i >= 4 && i <= 6;
				String cell = number ? " ".repeat(widths[i] - row[i].length()) + row[i]
						: row[i] + " ".repeat(widths[i] - row[i].length());
				line.append(cell).append("  ");
			}
			table.append(line.toString().stripTrailing()).append('\n');
		}
		return table.toString();
	}

	private static String source(List<Slice> slices) {
		if (slices.isEmpty()) {
			return "-";
		}
		return slices.stream().map(s -> s.count() + " of id " + s.feature().id() + " (" + s.feature().version() + ", "
				+ (s.feature().isPermanent() ? "permanent" : "expires " + s.feature().expiry()) + ")")
				.collect(Collectors.joining("; "));
	}

	private int usage(String problem) {
		err.println("seatkeeper model: " + problem);
		err.print(USAGE_TEXT);
		return USAGE;
	}

	private static String count(int n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}

	/** A file that cannot be read, with a message that says which and why. */
	static final class UnreadableFile extends Exception {
		private static final long serialVersionUID = 1L;

		UnreadableFile(String message) {
			super(message);
		}
	}

	private static String read(String file) throws UnreadableFile {
		try {
			byte[] bytes = Files.readAllBytes(Path.of(file));
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		} catch (NoSuchFileException e) {
			throw new UnreadableFile(file + ": no such file");
		} catch (CharacterCodingException e) {
			throw new UnreadableFile(file + ": not UTF-8 text");
		} catch (IOException e) {
			throw new UnreadableFile(file + ": cannot be read (" + e.getMessage() + ")");
		}
	}

	private static void write(String file, String text) throws UnreadableFile {
		Path path = Path.of(file);
		Path temporary = null;
		try {
			temporary = Files.createTempFile(path.toAbsolutePath().getParent(), ".seatkeeper-format", ".tmp");
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			deleteQuietly(temporary);
			throw new UnreadableFile(file + ": cannot be written (" + e.getMessage() + "); it is unchanged");
		}
	}

	private static void deleteQuietly(Path temporary) {
		if (temporary == null) {
			return;
		}
		try {
			Files.deleteIfExists(temporary);
		} catch (IOException e) {
			// the write failed already; the temporary file is all that is left of it
		}
	}
}
