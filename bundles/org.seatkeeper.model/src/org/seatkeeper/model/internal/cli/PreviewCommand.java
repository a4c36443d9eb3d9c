package org.seatkeeper.model.internal.cli;

import static org.seatkeeper.model.internal.cli.ModelCommand.count;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.model.Diagnostic;
import org.seatkeeper.model.ModelAnalysis;
import org.seatkeeper.model.Severity;
import org.seatkeeper.model.allocation.AllocationPreview;
import org.seatkeeper.model.allocation.Allocator;
import org.seatkeeper.model.allocation.LineAllocation;
import org.seatkeeper.model.allocation.PoolAllocation;
import org.seatkeeper.model.allocation.ServerFeature;
import org.seatkeeper.model.allocation.Slice;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code seatkeeper model preview FILE --features FEATURES.json [--date YYYY-MM-DD]}: how the model would
 * distribute a server's counts to its pools.
 */
@Command(name = "preview", description = "Shows how the model would distribute the counts of a server's features to its pools.")
final class PreviewCommand implements Callable<Integer> {


	@ParentCommand
	ModelCommand command;

	@Parameters(paramLabel = "FILE", description = "The model-definition file.")
	String model;

	@Option(names = "--features", paramLabel = "FEATURES.json", required = true,
			description = "What GET /api/1.0/instances/~/features returns.")
	String features;

	@Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day to preview (default: today).")
	String date;

	@Override
	public Integer call() throws UsageException {
		LocalDate day;
		try {
			day = date == null ? LocalDate.now() : LocalDate.parse(date);
		} catch (DateTimeParseException e) {
			throw new UsageException("--date wants YYYY-MM-DD, not '" + date + "'", e);
		}
		ModelAnalysis analysis = ModelAnalysis.of(ModelCommand.read(model));
		List<Diagnostic> errors = analysis.diagnostics(Severity.ERROR);
		if (!errors.isEmpty()) {
			errors.forEach(d -> command.err.println(d.format(model)));
			command.err.println(model + ": a server would refuse this model; fix " + count(errors.size(), "error") + " first");
			return CommandLines.FAILED;
		}
		List<ServerFeature> serverFeatures;
		try {
			serverFeatures = FeaturesFile.parse(ModelCommand.read(features));
		} catch (FeaturesFile.FormatException e) {
			throw new UsageException(features + ": " + e.getMessage(), e);
		}
		AllocationPreview preview = Allocator.preview(analysis.model(), serverFeatures, day);
		command.out.print(table(preview));
		if (!preview.notes().isEmpty()) {
			command.out.println();
			preview.notes().forEach(note -> command.out.println("* " + note));
		}
		return CommandLines.OK;
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
}
