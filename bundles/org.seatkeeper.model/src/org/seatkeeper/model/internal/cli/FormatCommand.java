package org.seatkeeper.model.internal.cli;

import static org.seatkeeper.model.internal.cli.ModelCommand.count;

import java.util.List;
import java.util.concurrent.Callable;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.model.ModelFormatter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code seatkeeper model format FILE [--in-place | --check]}: the canonical layout, comments kept. */
@Command(name = "format", description = "Prints the file laid out canonically (comments kept).")
final class FormatCommand implements Callable<Integer> {


	@ParentCommand
	ModelCommand model;

	@Option(names = "--in-place", description = "Rewrite the files (all or nothing per file) instead of printing.")
	boolean inPlace;

	@Option(names = "--check", description = "Only tell whether the files are formatted (exit 1 if one is not).")
	boolean check;

	@Parameters(paramLabel = "FILE", arity = "1..*", description = "The model-definition file, or several with --in-place "
			+ "or --check.")
	List<String> files;

	@Override
	public Integer call() throws UsageException {
		if (inPlace && check || !inPlace && !check && files.size() != 1) {
			throw new UsageException("format takes one file, or several with --in-place or --check");
		}
		int status = CommandLines.OK;
		for (String file : files) {
			String text = ModelCommand.read(file);
			ModelFormatter.Result result = ModelFormatter.format(text);
			if (!result.isFormatted()) {
				result.syntaxErrors().forEach(d -> model.err.println(d.format(file)));
				model.err.println(file + ": not formatted because of " + count(result.syntaxErrors().size(), "syntax error"));
				status = CommandLines.FAILED;
			} else if (check) {
				if (!result.text().equals(text)) {
					model.out.println(file + ": not formatted");
					status = CommandLines.FAILED;
				}
			} else if (inPlace) {
				if (!result.text().equals(text)) {
					ModelCommand.write(file, result.text());
				}
			} else {
				model.out.print(result.text());
			}
		}
		return status;
	}
}
