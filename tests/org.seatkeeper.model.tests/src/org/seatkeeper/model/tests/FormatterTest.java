package org.seatkeeper.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.seatkeeper.model.ModelFormatter;
import org.seatkeeper.model.ModelParser;
import org.seatkeeper.model.ast.Meaning;

class FormatterTest {

	private static String format(String text) {
		ModelFormatter.Result result = ModelFormatter.format(text);
		assertTrue(result.isFormatted(), () -> result.syntaxErrors().toString());
		return result.text();
	}

	/** Formatting twice changes nothing more, and the tree means the same before and after. */
	static void assertStableAndFaithful(String text) {
		String once = format(text);
		assertEquals(once, format(once), "format(format(x)) == format(x) for:\n" + text);
		assertEquals(Meaning.of(ModelParser.parse(text).model()), Meaning.of(ModelParser.parse(once).model()),
				"same meaning for:\n" + text);
	}

	@Test
	void everyDocumentedExampleFormatsIdempotentlyAndFaithfully() {
		for (Map.Entry<String, String> example : ModelTexts.EXAMPLES.entrySet()) {
			assertStableAndFaithful(example.getValue());
		}
	}

	@Test
	void canonicalLayout() {
		assertEquals("""
				model "example" {
				  partitions {
				    partition "engineering" {
				      "f1" 1.0 5
				      "f2" 2.0 50%
				    }
				    partition "empty" { }
				  }
				  on dictionary("business-unit": "engineering") && !hostid("a/USER") { use "engineering", "default" accept }
				  on hosttype("t") {
				    use "engineering"
				    without requested features {
				      "f1" 1.0 1
				      "f2" 2.0 1 vendor string matches "x"
				    }
				    continue
				  }
				  on not any() { without requested features { all from "engineering", "default" } deny }
				}
				""", format("""
				model   "example"{partitions{partition "engineering"{"f1" 1.0 5 "f2"   2.0   50 %}
				partition "empty" {}}
				on dictionary ( "business-unit" : "engineering" )&& ! hostid("a/USER"){use "engineering" , "default"
				   accept}
				on hosttype("t") { use "engineering" without requested features { "f1" 1.0 1 "f2" 2.0 1 vendor string matches "x" } continue }
				on not any ( ) { without requested features { all from "engineering","default" } deny } }"""));
	}

	@Test
	void commentsStayWhereTheyWereAndOneBlankLineIsKept() {
		String formatted = format("""
				// header comment
				model "m" {   // trailing
				  /* block
				     comment */
				  partitions { partition "p" { "f1" 1.0 5 // five
				  "f2" 1.0 /* inline */ 6 } }



				  // before a rule
				  on any() { use "p" accept } // after
				}
				// the end
				""");
		assertEquals("""
				// header comment
				model "m" { // trailing
				  /* block
				     comment */
				  partitions {
				    partition "p" {
				      "f1" 1.0 5 // five
				      "f2" 1.0 /* inline */ 6
				    }
				  }

				  // before a rule
				  on any() { use "p" accept } // after
				}
				// the end
				""", formatted);
		assertStableAndFaithful(formatted);
	}

	@Test
	void aLineCommentInsideAOneLineRuleBreaksTheLine() {
		String formatted = format("model \"m\" { on any() { // why\n use \"default\" accept } }");
		assertEquals("model \"m\" {\n  on any() { // why\n    use \"default\" accept }\n}\n", formatted);
		assertStableAndFaithful(formatted);
	}

	@Test
	void unquotedFeatureNamesGetTheirQuotes() {
		String formatted = format("model \"m\" { partitions { partition \"p\" { f1 1.0 2 } } }");
		assertTrue(formatted.contains("\"f1\" 1.0 2"), formatted);
		assertTrue(ModelParser.parse(formatted).diagnostics().isEmpty());
		assertStableAndFaithful("model \"m\" { partitions { partition \"p\" { f1 1.0 2 } } }");
	}

	@Test
	void windowsLineBreaksAndTabsBecomeCanonical() {
		assertEquals("model \"m\" {\n  on any() { deny }\n}\n", format("model \"m\" {\r\n\ton any() {\tdeny }\r\n}\r\n"));
	}

	@Test
	void aCustomIndent() {
		assertEquals("model \"m\" {\n\ton any() { deny }\n}\n",
				ModelFormatter.format("model \"m\" { on any() { deny } }", new ModelFormatter.Options("\t")).text());
	}

	@Test
	void aTextWithSyntaxErrorsIsLeftAlone() {
		String broken = "model \"m\" {\n  on any( { deny }\n}";
		ModelFormatter.Result result = ModelFormatter.format(broken);
		assertFalse(result.isFormatted());
		assertEquals(broken, result.text());
		assertEquals("2:11", result.syntaxErrors().get(0).range().position());
	}

	@Test
	void generatedModelsFormatIdempotentlyAndFaithfully() {
		Random random = new Random(11);
		for (int i = 0; i < 200; i++) {
			assertStableAndFaithful(ModelTexts.generate(random, 200 + random.nextInt(3000)));
		}
	}

	@Test
	void formattingAFormattedTextChangesNothing() {
		String canonical = format(ModelTexts.EXAMPLES.get("regular expressions"));
		assertEquals(canonical, ModelFormatter.format(canonical).text());
	}
}
