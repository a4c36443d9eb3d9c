package org.seatkeeper.model.tests;

import org.junit.jupiter.api.Test;

/**
 * Feeds the language core 100,000 random and mutated inputs; {@link Robustness} says what must hold for
 * each. The benchmark runs the same check with any number of inputs ({@code ./seatkeeper bench model
 * --fuzz 1000000}).
 */
class RobustnessTest {

	@Test
	void oneHundredThousandRandomAndMutatedInputs() {
		Robustness.Report report = Robustness.run(100_000, 20261123L);
		System.out.println("Robustness: " + report);
	}
}
