package org.seatkeeper.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.seatkeeper.model.ast.ModelDefinition;

/**
 * Everything Seatkeeper knows about a model-definition text: its syntax tree and all its problems
 * (lexical, syntax and validation) in text order. This is what the editor, the server's upload, the CLI
 * and the views use.
 *
 * @param parse       the parser's result
 * @param diagnostics all problems, ordered by position
 */
public record ModelAnalysis(ParseResult parse, List<Diagnostic> diagnostics) {

	public ModelAnalysis {
		Objects.requireNonNull(parse, "parse");
		diagnostics = List.copyOf(diagnostics);
	}

	/** Parses and validates {@code text}. */
	public static ModelAnalysis of(CharSequence text) {
		ParseResult parse = ModelParser.parse(text);
		List<Diagnostic> all = new ArrayList<>(parse.diagnostics());
		all.addAll(ModelValidator.validate(parse));
		return new ModelAnalysis(parse, Diagnostic.sorted(all));
	}

	public ModelDefinition model() {
		return parse.model();
	}

	public String text() {
		return parse.text();
	}

	/** The problems of {@code severity}. */
	public List<Diagnostic> diagnostics(Severity severity) {
		return diagnostics.stream().filter(d -> d.severity() == severity).toList();
	}

	/** True if a server would refuse the text. */
	public boolean hasErrors() {
		return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
	}
}
