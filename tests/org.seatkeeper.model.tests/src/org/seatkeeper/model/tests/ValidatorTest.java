package org.seatkeeper.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.seatkeeper.model.Diagnostic;
import org.seatkeeper.model.ModelAnalysis;
import org.seatkeeper.model.ModelParser;
import org.seatkeeper.model.ModelValidator;
import org.seatkeeper.model.Severity;

/**
 * Every validation rule, each with a text that breaks it (the expected ranges marked ⟦like this⟧) and a
 * close text that does not.
 */
class ValidatorTest {

	record Case(String code, Severity severity, String broken, String fine) {
		@Override
		public String toString() {
			return code + " (" + severity.label() + ")";
		}
	}

	private static final String REGEX_ESCAPE = "model \"m\" { on hostname(\"~/\\\\s\u27e6(\u27e7/\") { accept } }";

	static Stream<Case> cases() {
		return Stream.of(
				new Case(ModelValidator.DUPLICATE_POOL, Severity.ERROR,
						"model \"m\" { partitions { partition \"a\" { } partition ⟦\"a\"⟧ { } } }",
						"model \"m\" { partitions { partition \"a\" { } partition \"b\" { } } }"),
				new Case(ModelValidator.DUPLICATE_FEATURE, Severity.ERROR,
						"model \"m\" { partitions { partition \"p\" { \"f1\" 1.0 50 ⟦\"f1\" 1 25⟧ } } }",
						"model \"m\" { partitions { partition \"p\" { \"f1\" 1.0 50 \"f1\" 2.0 25 } } }"),
				new Case(ModelValidator.DUPLICATE_FEATURE, Severity.ERROR,
						"model \"m\" { partitions { partition \"p\" { \"f1\" 1.0 5 vendor string matches \"a\" "
								+ "⟦\"f1\" 1.0 6 vendor string matches \"a\"⟧ } } }",
						"model \"m\" { partitions { partition \"p\" { \"f1\" 1.0 5 vendor string matches \"a\" "
								+ "\"f1\" 1.0 6 vendor string matches \"b\" } } }"),
				new Case(ModelValidator.MIXED_VENDOR_MATCH, Severity.ERROR,
						"model \"m\" { partitions { partition \"p\" { \"f1\" 1.0 5 ⟦\"f1\" 2.0 6 vendor string matches \"a\"⟧ } } }",
						"model \"m\" { partitions { partition \"p\" { \"f1\" 1.0 5 } partition \"q\" { \"f1\" 2.0 6 vendor string matches \"a\" } } }"),
				new Case(ModelValidator.UNDEFINED_POOL, Severity.ERROR,
						"model \"m\" { partitions { partition \"eng\" { } } on any() { use \"eng\", ⟦\"sales\"⟧ without requested features "
								+ "{ all from ⟦\"x\"⟧ } accept } }",
						"model \"m\" { partitions { partition \"eng\" { } } on any() { use \"eng\", \"default\" without requested features "
								+ "{ all from \"eng\" } accept } }"),
				new Case(ModelValidator.RESERVED_NAME, Severity.ERROR,
						"model ⟦\"default\"⟧ { partitions { partition ⟦\"reservations\"⟧ { } partition ⟦\"default\"⟧ { } } "
								+ "on any() { use ⟦\"reservations\"⟧ accept } }",
						"model \"defaults\" { partitions { partition \"reserved\" { } } on any() { use \"default\" accept } }"),
				new Case(ModelValidator.EMPTY_NAME, Severity.ERROR,
						"model ⟦\"\"⟧ { partitions { partition ⟦\" \"⟧ { ⟦\"\"⟧ 1.0 1 } } }",
						"model \"m\" { partitions { partition \"p\" { \"f\" 1.0 1 } } }"),
				new Case(ModelValidator.PERCENT_OVER_100, Severity.ERROR,
						"model \"m\" { partitions { partition \"a\" { \"f1\" 1.0 60% \"f2\" 1.0 ⟦101%⟧ } partition \"b\" { \"f1\" 1.0 ⟦50%⟧ } } }",
						"model \"m\" { partitions { partition \"a\" { \"f1\" 1.0 60% \"f2\" 1.0 100% } partition \"b\" { \"f1\" 1.0 40% \"f1\" 2.0 50% } } }"),
				new Case(ModelValidator.COUNT_TOO_LARGE, Severity.ERROR,
						"model \"m\" { partitions { partition \"a\" { \"f1\" 1.0 ⟦2147483648⟧ } } }",
						"model \"m\" { partitions { partition \"a\" { \"f1\" 1.0 2147483647 } } }"),
				new Case(ModelValidator.MALFORMED_VERSION, Severity.ERROR,
						"model \"m\" { partitions { partition \"a\" { \"f1\" ⟦1.2.3⟧ 5 \"f2\" ⟦99999999999.0⟧ 5 } } }",
						"model \"m\" { partitions { partition \"a\" { \"f1\" 1.2 5 \"f2\" 2147483647.0 5 } } }"),
				new Case(ModelValidator.INVALID_REGEX, Severity.ERROR,
						"model \"m\" { on hostname(\"~/⟦*⟧abc/\") || dictionary(\"k\": \"~/[a⟦-⟧/\") { accept } }",
						"model \"m\" { on hostname(\"~/[A-Z]{2}[0-9]{3}/\") || dictionary(\"k\": \"~/Eng[0-9]+/\") { accept } }"),
				new Case(ModelValidator.INVALID_REGEX, Severity.ERROR, REGEX_ESCAPE,
						"model \"m\" { on hostname(\"~/\\\\s(x)/\") { accept } }"),
				new Case(ModelValidator.REGEX_NOT_CLOSED, Severity.WARNING,
						"model \"m\" { on hosttype(⟦\"~/FLX.*\"⟧) { accept } }",
						"model \"m\" { on hosttype(\"~FLX.*\") { accept } }"),
				new Case(ModelValidator.UNKNOWN_HOSTID_TYPE, Severity.ERROR,
						"model \"m\" { on hostid(\"7200014f5df0/⟦ETHERNT⟧\", \"x/⟦WHAT⟧\") { accept } }",
						"model \"m\" { on hostid(\"7200014f5df0/ethernet\", \"joe/USER\", \"plain\", \"~/.*/\") { accept } }"),
				new Case(ModelValidator.INVALID_HOSTID, Severity.ERROR,
						"model \"m\" { on hostid(⟦\"/ETHERNET\"⟧, ⟦\"\"⟧) { accept } }",
						"model \"m\" { on hostid(\"a/ETHERNET\") { accept } }"),
				new Case(ModelValidator.UNREACHABLE_RULE, Severity.WARNING,
						"model \"m\" { on hostname(\"a\") || any() { deny } ⟦on hostname(\"x\") { accept }⟧ ⟦on any() { accept }⟧ }",
						"model \"m\" { on any() { use \"default\" continue } on any() && hostname(\"y\") { deny } on hostname(\"x\") { accept } }"),
				new Case(ModelValidator.NEVER_MATCHES, Severity.WARNING,
						"model \"m\" { on ⟦!any() && hostname(\"a\")⟧ { accept } }",
						"model \"m\" { on !any() || hostname(\"a\") { accept } }"),
				new Case(ModelValidator.MISSING_ACTION, Severity.WARNING,
						"model \"m\" { on ⟦hostname(\"a\")⟧ { use \"default\" } }",
						"model \"m\" { on hostname(\"a\") { use \"default\" accept } }"),
				new Case(ModelValidator.USE_WITH_DENY, Severity.WARNING,
						"model \"m\" { on hostname(\"a\") { use ⟦\"default\"⟧ deny } }",
						"model \"m\" { on hostname(\"a\") { deny } }"),
				new Case(ModelValidator.UNUSED_REMAINDER, Severity.WARNING,
						"model \"m\" { partitions { partition \"a\" { \"f1\" 1.0 remainder } partition \"b\" { \"f1\" 1.0 ⟦remainder⟧ \"f1\" 2.0 ⟦3⟧ } } }",
						"model \"m\" { partitions { partition \"a\" { \"f1\" 2.0 remainder \"f1\" 1.0 3 } partition \"b\" { \"f1\" 1.0 remainder \"f2\" 1.0 4 } } }"),
				new Case(ModelValidator.FEATURE_NAME, Severity.WARNING,
						"model \"m\" { partitions { partition \"a\" { ⟦\"my feature\"⟧ 1.0 1 ⟦\"f234567890123456789012345678901\"⟧ 1.0 1 } } }",
						"model \"m\" { partitions { partition \"a\" { \"my-feature_2\" 1.0 1 \"f23456789012345678901234567890\" 1.0 1 } } }"),
				new Case(ModelParser.UNQUOTED_FEATURE_NAME, Severity.WARNING,
						"model \"m\" { partitions { partition \"a\" { ⟦f1⟧ 1.0 2 } } }",
						"model \"m\" { partitions { partition \"a\" { \"f1\" 1.0 2 } } }"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void eachRuleReportsExactlyTheMarkedRanges(Case c) {
		Marked broken = Marked.of(c.broken());
		List<Diagnostic> found = ModelAnalysis.of(broken.text()).diagnostics().stream().filter(d -> d.code().equals(c.code()))
				.toList();
		assertEquals(broken.ranges().size(), found.size(), () -> "expected " + broken.ranges().size() + " in " + broken.text()
				+ " but got " + found);
		for (int i = 0; i < found.size(); i++) {
			Diagnostic diagnostic = found.get(i);
			String expected = broken.text().substring(broken.offset(i), broken.offset(i) + broken.length(i));
			String actual = broken.text().substring(diagnostic.range().offset(), diagnostic.range().end());
			assertEquals(expected, actual, diagnostic.message());
			assertEquals(broken.offset(i), diagnostic.range().offset(), diagnostic.message());
			assertEquals(c.severity(), diagnostic.severity(), diagnostic.message());
			assertFalse(diagnostic.message().isBlank());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void theCloseTextIsFine(Case c) {
		ModelAnalysis analysis = ModelAnalysis.of(c.fine());
		assertEquals(List.of(), analysis.diagnostics().stream().filter(d -> d.code().equals(c.code())).toList());
		assertFalse(analysis.hasErrors(), () -> analysis.diagnostics().toString());
	}

	@Test
	void messagesSayWhatWhereAndWhy() {
		List<Diagnostic> diagnostics = ModelAnalysis.of("""
				model "m" {
				  partitions {
				    partition "engineering" { "f1" 1.0 5 "f1" 1.0 6 }
				  }
				  on hostid("a/ETHERNT") { use "enginering" accept }
				}
				""").diagnostics();
		assertEquals(List.of(
				"3:42: error: Duplicate feature entries found: \"f1\" 1.0 is already in this pool at line 3",
				"5:16: error: Unknown hostid type ETHERNT. Did you mean ETHERNET? Known types: STRING, ETHERNET, FLEXID9, "
						+ "FLEXID10, VM_UUID, INTERNET, INTERNET6, USER, EXTENDED, PUBLISHER_DEFINED, CONTAINER_ID, UNKNOWN, TOLERANT",
				"5:32: error: The pool \"enginering\" is not defined; did you mean \"engineering\"?"),
				diagnostics.stream().map(d -> d.format("").substring(1)).toList());
	}

	@Test
	void filesOverNineHundredKilobytesAreRefusedFromTheFirstCharacterOverTheLimit() {
		String head = "model \"m\" { }\n// ";
		String exact = head + "x".repeat(ModelValidator.MAX_BYTES - head.length());
		assertFalse(ModelAnalysis.of(exact).diagnostics().stream().anyMatch(d -> d.code().equals(ModelValidator.FILE_TOO_LARGE)));

		// two-byte characters count twice: the limit is on the UTF-8 bytes a server receives
		String over = head + "\u00e9".repeat((ModelValidator.MAX_BYTES - head.length()) / 2) + "ab";
		Diagnostic tooLarge = ModelAnalysis.of(over).diagnostics().stream()
				.filter(d -> d.code().equals(ModelValidator.FILE_TOO_LARGE)).findFirst().orElseThrow();
		assertEquals(Severity.ERROR, tooLarge.severity());
		assertEquals(over.length() - 1, tooLarge.range().offset());
		assertEquals(1, tooLarge.range().length());
		assertTrue(tooLarge.message().contains("921,601 bytes"), tooLarge.message());
	}

	@Test
	void aValidGeneratedModelHasNoProblem() {
		String model = ModelTexts.generate(new java.util.Random(3), 50_000);
		ModelAnalysis analysis = ModelAnalysis.of(model);
		assertEquals(List.of(), analysis.diagnostics(Severity.ERROR));
	}
}
