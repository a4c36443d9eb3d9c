package org.seatkeeper.model.tests.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;

import org.seatkeeper.model.Lexer;
import org.seatkeeper.model.ModelAnalysis;
import org.seatkeeper.model.ModelFormatter;
import org.seatkeeper.model.ModelParser;
import org.seatkeeper.model.ModelValidator;
import org.seatkeeper.model.Severity;
import org.seatkeeper.model.tests.ModelTexts;
import org.seatkeeper.model.tests.Robustness;

/**
 * Times the model language on a generated model just under the 900 KB upload limit and prints the
 * numbers: {@code ./seatkeeper bench model [--runs N] [--fuzz N]}. The goal is parse + validate in at
 * most 150 ms warm (6 MB/s); the median of the timed runs is what counts.
 */
public final class ModelBenchmark {

	private ModelBenchmark() {
	}

	public static void main(String[] args) {
		int runs = 41;
		int fuzz = 0;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--runs" -> runs = Integer.parseInt(args[++i]);
			case "--fuzz" -> fuzz = Integer.parseInt(args[++i]);
			default -> {
				System.err.println("usage: ModelBenchmark [--runs N] [--fuzz N]");
				System.exit(2);
			}
			}
		}
		String model = ModelTexts.generate(new Random(1), ModelValidator.MAX_BYTES - 2_000);
		int bytes = model.getBytes(StandardCharsets.UTF_8).length;
		ModelAnalysis check = ModelAnalysis.of(model);
		System.out.printf("Model: %,d bytes, %,d lines, %,d pools, %,d rules, %d errors%n", bytes,
				check.parse().lex().lines().lineCount(), check.model().poolList().size(), check.model().rules().size(),
				check.diagnostics(Severity.ERROR).size());
		System.out.printf("Java %s on %s, %d processors%n", System.getProperty("java.version"), System.getProperty("os.arch"),
				Runtime.getRuntime().availableProcessors());
		System.out.printf("%-22s %9s %9s %9s %9s %10s%n", "", "min ms", "median ms", "p90 ms", "max ms", "MB/s (med)");
		time("lex", runs, bytes, () -> Lexer.lex(model));
		time("parse (lex + parse)", runs, bytes, () -> ModelParser.parse(model));
		time("parse + validate", runs, bytes, () -> ModelAnalysis.of(model));
		time("format", runs, bytes, () -> ModelFormatter.format(model));
		if (fuzz > 0) {
			System.out.println("Robustness: " + Robustness.run(fuzz, 20261123L));
		}
	}

	private static void time(String what, int runs, int bytes, Supplier<?> work) {
		for (int i = 0; i < Math.max(10, runs / 2); i++) {
			work.get();
		}
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			Object result = work.get();
			millis[i] = (System.nanoTime() - start) / 1e6;
			if (result == null) {
				throw new IllegalStateException();
			}
		}
		Arrays.sort(millis);
		double median = millis[runs / 2];
		System.out.printf("%-22s %9.1f %9.1f %9.1f %9.1f %10.1f%n", what, millis[0], median, millis[(int) (runs * 0.9)],
				millis[runs - 1], bytes / 1e6 / (median / 1e3));
	}
}
