package org.seatkeeper.model.internal.cli;

import static org.seatkeeper.model.internal.cli.ModelCommand.count;

import java.util.List;
import java.util.concurrent.Callable;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.model.Diagnostic;
import org.seatkeeper.model.ModelAnalysis;
import org.seatkeeper.model.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code seatkeeper model validate FILE...}: every problem as {@code file:line:column: severity: message}. */
@Command(name = "validate", description = "Prints every problem of the files as file:line:column: severity: message; "
		+ "exit 1 if one is an error.")
final class ValidateCommand implements Callable<Integer> {


	@ParentCommand
	ModelCommand model;

	@Parameters(paramLabel = "FILE", arity = "1..*", description = "The model-definition files.")
	List<String> files;

	@Override
	public Integer call() throws UsageException {
		int errors = 0;
		int warnings = 0;
		for (String file : files) {
			ModelAnalysis analysis = ModelAnalysis.of(ModelCommand.read(file));
			for (Diagnostic diagnostic : analysis.diagnostics()) {
				model.out.println(diagnostic.format(file));
			}
			errors += analysis.diagnostics(Severity.ERROR).size();
			warnings += analysis.diagnostics(Severity.WARNING).size();
		}
		model.err.println(count(errors, "error") + ", " + count(warnings, "warning") + " in " + count(files.size(), "file"));
		return errors > 0 ? CommandLines.FAILED : CommandLines.OK;
	}
}
