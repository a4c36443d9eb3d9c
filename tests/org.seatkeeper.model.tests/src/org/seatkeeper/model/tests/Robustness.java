package org.seatkeeper.model.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.seatkeeper.model.Diagnostic;
import org.seatkeeper.model.ModelAnalysis;
import org.seatkeeper.model.ModelFormatter;
import org.seatkeeper.model.ModelParser;
import org.seatkeeper.model.ast.Meaning;
import org.seatkeeper.model.ast.ModelDefinition;
import org.seatkeeper.model.ast.Node;
import org.seatkeeper.model.ast.Pool;
import org.seatkeeper.model.ast.Rule;

/**
 * The robustness check: for every input, parsing and validating never throws, every diagnostic and every
 * node lies inside the input, and an input without syntax errors formats idempotently to the same
 * meaning. Inputs are mutated documented examples, mutated generated models, and random noise.
 */
public final class Robustness {

	/**
	 * What a run did.
	 *
	 * @param inputs      how many inputs
	 * @param clean       how many had no syntax error (and were formatted and checked)
	 * @param diagnostics how many diagnostics were checked
	 * @param millis      how long it took
	 */
	public record Report(int inputs, int clean, long diagnostics, long millis) {
		@Override
		public String toString() {
			return String.format("%,d inputs (%,d without syntax errors, formatted twice), %,d diagnostics, %,d ms", inputs,
					clean, diagnostics, millis);
		}
	}

	private Robustness() {
	}

	/** Runs {@code count} inputs from {@code seed}; throws {@link AssertionError} with the input on the first failure. */
	public static Report run(int count, long seed) {
		Random random = new Random(seed);
		List<String> bases = new ArrayList<>(ModelTexts.EXAMPLES.values());
		for (int i = 0; i < 20; i++) {
			bases.add(ModelTexts.generate(random, 200 + random.nextInt(800)));
		}
		long start = System.nanoTime();
		int clean = 0;
		long diagnostics = 0;
		for (int i = 0; i < count; i++) {
			String input = switch (i % 10) {
			case 0 -> ModelTexts.noise(random, random.nextInt(300));
			case 1 -> ModelTexts.mutate(random, ModelTexts.mutate(random, bases.get(random.nextInt(bases.size()))));
			default -> ModelTexts.mutate(random, bases.get(random.nextInt(bases.size())));
			};
			try {
				ModelAnalysis analysis = ModelAnalysis.of(input);
				for (Diagnostic diagnostic : analysis.diagnostics()) {
					check(diagnostic.range().isWithin(input.length()), "diagnostic outside the input: " + diagnostic, input);
				}
				diagnostics += analysis.diagnostics().size();
				checkRanges(analysis.model(), input);
				if (!analysis.parse().hasSyntaxErrors()) {
					clean++;
					ModelFormatter.Result once = ModelFormatter.format(input);
					check(once.isFormatted(), "formatter refused a text the parser accepted", input);
					check(once.text().equals(ModelFormatter.format(once.text()).text()), "formatting is not idempotent", input);
					check(Meaning.of(analysis.model()).equals(Meaning.of(ModelParser.parse(once.text()).model())),
							"formatting changed the meaning", input);
				}
			} catch (RuntimeException | StackOverflowError e) {
				throw new AssertionError("input " + i + " threw " + e + ":\n" + input, e);
			}
		}
		return new Report(count, clean, diagnostics, (System.nanoTime() - start) / 1_000_000);
	}

	private static void checkRanges(ModelDefinition model, String input) {
		checkNode(model, input);
		if (model.pools() != null) {
			checkNode(model.pools(), input);
			for (Pool pool : model.pools().pools()) {
				checkNode(pool, input);
				pool.features().forEach(f -> checkNode(f, input));
			}
		}
		for (Rule rule : model.rules()) {
			checkNode(rule, input);
			checkNode(rule.condition(), input);
			rule.condition().matchers().forEach(m -> checkNode(m, input));
			rule.use().forEach(n -> checkNode(n, input));
		}
	}

	private static void checkNode(Node node, String input) {
		check(node.range().isWithin(input.length()), "node outside the input: " + node.range() + " " + node, input);
	}

	private static void check(boolean condition, String problem, String input) {
		if (!condition) {
			throw new AssertionError(problem + "\n--- input ---\n" + input);
		}
	}
}
