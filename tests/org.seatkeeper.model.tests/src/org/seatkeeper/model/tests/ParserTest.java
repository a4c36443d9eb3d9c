package org.seatkeeper.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seatkeeper.model.Diagnostic;
import org.seatkeeper.model.ModelParser;
import org.seatkeeper.model.ParseResult;
import org.seatkeeper.model.Severity;
import org.seatkeeper.model.TextRange;
import org.seatkeeper.model.ast.Action;
import org.seatkeeper.model.ast.Amount;
import org.seatkeeper.model.ast.Condition;
import org.seatkeeper.model.ast.FeatureSpec;
import org.seatkeeper.model.ast.Matcher;
import org.seatkeeper.model.ast.Meaning;
import org.seatkeeper.model.ast.ModelDefinition;
import org.seatkeeper.model.ast.Node;
import org.seatkeeper.model.ast.Rule;

class ParserTest {

	private static void assertRange(String text, String expected, Node node) {
		assertRange(text, expected, node.range());
	}

	private static void assertRange(String text, String expected, TextRange range) {
		assertEquals(expected, text.substring(range.offset(), range.end()));
	}

	private static List<Diagnostic> errors(ParseResult result) {
		return result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
	}

	@Test
	void everyDocumentedExampleParsesWithoutAProblem() {
		for (Map.Entry<String, String> example : ModelTexts.EXAMPLES.entrySet()) {
			ParseResult result = ModelParser.parse(example.getValue());
			assertEquals(List.of(), result.diagnostics(), example.getKey());
		}
	}

	@Test
	void theTreeHoldsEverythingTheExampleSays() {
		ModelDefinition model = ModelParser.parse(ModelTexts.EXAMPLES.get("server-specified counts and vendor strings")).model();
		assertEquals("(model \"advanced\" (pools (pool \"p1\" (feature \"f1\" 1.0 10 (vendor-string \"~/gold.*/\")) "
				+ "(feature \"f2\" 2.0 remainder))) "
				+ "(rule (on (hosttype \"FLX_CLIENT\") and (not (hostname \"build01\"))) (use \"p1\") "
				+ "(without-requested-features (all-from \"p1\")) accept) "
				+ "(rule (on (hostid \"7200014f5df0/ETHERNET\") or (dictionary \"site\":\"lab\")) (use \"p1\") "
				+ "(without-requested-features (feature \"f1\" 1.0 1)) continue) "
				+ "(rule (on any) (use \"default\") accept))", Meaning.of(model));
	}

	@Test
	void nodesCarryTheirExactRanges() {
		String text = "model \"m\" {\n  partitions {\n    partition \"p\" { \"f1\" 1.25 50% }\n  }\n"
				+ "  on !hostid(\"a/USER\") || any() { use \"p\" deny }\n}";
		ModelDefinition model = ModelParser.parse(text).model();
		assertRange(text, text, model);
		assertRange(text, "\"m\"", model.name());
		assertRange(text, "partitions {\n    partition \"p\" { \"f1\" 1.25 50% }\n  }", model.pools());
		FeatureSpec spec = model.poolList().get(0).features().get(0);
		assertRange(text, "\"f1\" 1.25 50%", spec);
		assertRange(text, "1.25", spec.version());
		assertRange(text, "50%", spec.amount());
		assertEquals(Amount.Kind.PERCENT, spec.amount().kind());
		assertEquals(50, spec.amount().value());
		Rule rule = model.rules().get(0);
		assertRange(text, "on !hostid(\"a/USER\") || any() { use \"p\" deny }", rule);
		assertRange(text, "!hostid(\"a/USER\") || any()", rule.condition());
		assertRange(text, "!hostid(\"a/USER\")", rule.condition().matchers().get(0));
		assertRange(text, "deny", rule.action());
		TextRange version = spec.version().range();
		assertEquals(3, version.line());
		assertEquals(26, version.column());
	}

	@Test
	void andBindsTighterThanOr() {
		Condition condition = ModelParser.parse("model \"m\" { on hostname(\"a\") or hostname(\"b\") && hosttype(\"c\") { accept } }")
				.model().rules().get(0).condition();
		assertEquals(List.of(Condition.Operator.OR, Condition.Operator.AND), condition.operators());
		List<List<Matcher>> alternatives = condition.alternatives();
		assertEquals(2, alternatives.size());
		assertEquals(1, alternatives.get(0).size());
		assertEquals(2, alternatives.get(1).size());
	}

	@Test
	void oneTypoDoesNotHideTheRestOfTheFile() {
		String text = """
				model "m" {
				  partitions {
				    partition "a" { "f1" 1.0 }
				    partition "b" { "f2" 1.0 5 }
				  }
				  on hostname("x" { use "a" accept }
				  on any() { use "b" acept }
				  on hosttype("t") { use "a" accept }
				}
				""";
		ParseResult result = ModelParser.parse(text);
		List<Diagnostic> errors = errors(result);
		assertEquals(3, errors.size(), errors.toString());
		assertEquals("Expected an amount: a count such as 10, a percentage such as 50% or 'remainder' but found '}'",
				errors.get(0).message());
		assertEquals("3:30", errors.get(0).range().position());
		assertEquals("Expected ',' or ')' but found '{'", errors.get(1).message());
		assertEquals("6:19", errors.get(1).range().position());
		assertEquals("7:22", errors.get(2).range().position());
		assertTrue(errors.get(2).message().contains("a word acept"), errors.get(2).message());
		// and everything around the errors is still in the tree
		ModelDefinition model = result.model();
		assertEquals(2, model.poolList().size());
		assertEquals("(pool \"b\" (feature \"f2\" 1.0 5))", Meaning.of(model.poolList().get(1)));
		assertEquals(3, model.rules().size());
		assertEquals(List.of("a"), model.rules().get(0).use().stream().map(n -> n.value()).toList());
		assertEquals(Action.Kind.ACCEPT, model.rules().get(2).action().kind());
	}

	@Test
	void missingBracesAreReportedWhereTheBlockWasOpened() {
		ParseResult result = ModelParser.parse("model \"m\" {\n  partitions {\n    partition \"p\" { \"f1\" 1.0 5\n");
		List<Diagnostic> errors = errors(result);
		assertEquals(1, errors.size(), errors.toString());
		assertEquals("Missing '}' to close the pool opened at line 3, column 5", errors.get(0).message());
		assertEquals(new TextRange(57, 0, 3, 31), errors.get(0).range()); // just after the last token
		assertEquals(1, result.model().poolList().get(0).features().size());
	}

	@Test
	void anUnquotedFeatureNameIsReadWithAWarning() {
		String text = "model \"m\" { partitions { partition \"p\" { f1 1.0 2 } } }";
		ParseResult result = ModelParser.parse(text);
		assertEquals(1, result.diagnostics().size());
		Diagnostic warning = result.diagnostics().get(0);
		assertEquals(Severity.WARNING, warning.severity());
		assertEquals(ModelParser.UNQUOTED_FEATURE_NAME, warning.code());
		assertRange(text, "f1", warning.range());
		FeatureSpec spec = result.model().poolList().get(0).features().get(0);
		assertEquals("f1", spec.feature().value());
		assertFalse(spec.feature().quoted());
	}

	@Test
	void newerKeywordsWithoutPublishedSyntaxAreNamed() {
		String text = "model \"m\" { on product name matches \"x\" { accept } }";
		Diagnostic error = errors(ModelParser.parse(text)).get(0);
		assertEquals(ModelParser.UNSUPPORTED_KEYWORD, error.code());
		assertRange(text, "product", error.range());
	}

	@Test
	void aMisplacedPartitionIsStillRead() {
		String text = "model \"m\" { partition \"p\" { \"f1\" 1.0 1 } on any() { use \"p\" accept } }";
		ParseResult result = ModelParser.parse(text);
		Diagnostic error = errors(result).get(0);
		assertEquals(ModelParser.MISPLACED, error.code());
		assertRange(text, "partition", error.range());
		assertEquals(1, result.model().poolList().size());
	}

	@Test
	void aFileWithoutModelHeaderIsReadAsItsBody() {
		ParseResult result = ModelParser.parse("on any() { deny }");
		assertEquals(ModelParser.MISSING_MODEL, errors(result).get(0).code());
		assertNull(result.model().name());
		assertEquals(1, result.model().rules().size());
	}

	@Test
	void onlyOneModelPerFile() {
		String text = "model \"a\" { }\nmodel \"b\" { }";
		Diagnostic error = errors(ModelParser.parse(text)).get(0);
		assertEquals(ModelParser.SECOND_MODEL, error.code());
		assertEquals("2:1", error.range().position());
	}

	@Test
	void ruleBodyPartsOutOfOrderAreNamed() {
		String text = "model \"m\" { on any() { accept use \"default\" } }";
		Diagnostic error = errors(ModelParser.parse(text)).get(0);
		assertEquals("'use' comes first in a rule's body", error.message());
		assertRange(text, "use", error.range());
	}

	@Test
	void emptyAndDegenerateInputs() {
		for (String text : List.of("", " ", "\n\n", "}", "{", "model", "model \"", "/*", "\"", "on", "model \"m\" {")) {
			ParseResult result = ModelParser.parse(text);
			assertFalse(errors(result).isEmpty(), "no error for: " + text);
			for (Diagnostic d : result.diagnostics()) {
				assertTrue(d.range().isWithin(text.length()), d + " in " + text);
			}
		}
	}
}
