package org.seatkeeper.model.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.text.Position;
import org.junit.jupiter.api.Test;
import org.seatkeeper.model.FeatureVersion;
import org.seatkeeper.model.ModelAnalysis;
import org.seatkeeper.model.allocation.ServerFeature;
import org.seatkeeper.model.assist.ModelCompletions;
import org.seatkeeper.model.ui.internal.assist.ModelHovers;
import org.seatkeeper.model.ui.internal.assist.PoolOccurrences;
import org.seatkeeper.model.ui.internal.editor.FoldingRegions;
import org.seatkeeper.model.ui.internal.editor.LineComments;
import org.seatkeeper.model.ui.internal.outline.OutlineNode;
import org.seatkeeper.model.ui.internal.server.ModelServers.Snapshot;
import org.seatkeeper.model.ui.internal.wizards.NewModelWizard;

/** The editor's logic on texts: folding regions, completions, hovers, outline, comments, the template. */
class EditorLogicTest {

	static final String TEXT = ModelEditorTest.TEXT;

	static List<String> labels(String text, String marker) {
		int offset = text.indexOf(marker);
		return ModelCompletions.at(text.replace(marker, ""), offset).completions().stream().map(ModelCompletions.Completion::label)
				.toList();
	}

	@Test
	void foldingRegionsAreMultiLineBlocksAndLongComments() {
		List<Position> regions = FoldingRegions.compute(TEXT);
		// model { … } from line 2, partitions { … } from line 3, the 2-line comment is too short
		assertEquals(List.of(new Position(TEXT.indexOf("model"), TEXT.length() - TEXT.indexOf("model")),
				new Position(TEXT.indexOf("  partitions"), TEXT.indexOf("  /* block") - TEXT.indexOf("  partitions"))), regions);
		String longComment = "/* one\n two\n three */\nmodel \"m\" { }\n";
		assertEquals(List.of(new Position(0, longComment.indexOf("model"))), FoldingRegions.compute(longComment));
		assertTrue(FoldingRegions.compute("model \"m\" { on any() { accept } }").isEmpty(), "one line folds nothing");
	}

	@Test
	void completionsInContext() {
		assertEquals(List.of("model"), labels("|", "|"));
		assertEquals(List.of("partitions", "on", "on any() { use \"default\" accept }"), labels("model \"m\" {\n  |\n}", "|"));
		assertEquals(List.of("partitions"), labels("model \"m\" {\n  pa|\n}", "|"), "filtered by what is typed");
		assertEquals(List.of("partition"), labels("model \"m\" { partitions { | } }", "|"));
		assertEquals(List.of("any()", "hostid(\"…\")", "hostname(\"…\")", "hosttype(\"…\")", "dictionary(\"…\" : \"…\")", "not"),
				labels("model \"m\" { on | }", "|"));
		assertEquals(List.of("hostid(\"…\")", "hostname(\"…\")", "hosttype(\"…\")"), labels("model \"m\" { on any() && h| }", "|"));
		assertEquals(List.of("use", "accept", "deny", "continue", "without requested features"),
				labels("model \"m\" { on any() { | } }", "|"));
		assertEquals(List.of("engineering", "sales", "default"), labels(TEXT.replace("use \"engineering\"", "use \"|"), "|"));
		assertEquals(List.of("sales"), labels(TEXT.replace("use \"engineering\"", "use \"engineering\", \"s|"), "|"));
		assertEquals(List.of("ETHERNET", "EXTENDED"), labels("model \"m\" { on hostid(\"0011/E|", "|"));
		assertTrue(labels("model \"m\" { on hostname(\"~/a/E|", "|").isEmpty(), "no hostid types in a regex");
	}

	@Test
	void completionsReplaceWhatIsTyped() {
		String text = "model \"m\" { partitions { partition \"engineering\" { } } on any() { use \"eng";
		ModelCompletions.Result result = ModelCompletions.at(text, text.length());
		assertEquals(text.lastIndexOf('"') + 1, result.replaceOffset());
		assertEquals(List.of(new ModelCompletions.Completion("engineering", "engineering\"", 12, "a pool of this model")),
				result.completions());
	}

	@Test
	void hoversShowProblemsAndPoolDefinitions() {
		int use = TEXT.indexOf("use \"engineering\"") + 6;
		assertEquals("partition \"engineering\" { \"f1\" 1.0 5 }", ModelHovers.at(TEXT, use).orElseThrow());
		String broken = TEXT.replace("use \"engineering\"", "use \"engneering\"");
		String hover = ModelHovers.at(broken, broken.indexOf("engneering")).orElseThrow();
		assertTrue(hover.startsWith("Error: ") && hover.contains("engneering") && hover.contains("is not defined in this model"), hover);
		assertTrue(ModelHovers.at(TEXT, 2).isEmpty());
		assertEquals("Pool \"default\": every count that the named pools do not take.",
				ModelHovers.at(TEXT, TEXT.indexOf("\"default\"") + 2).orElseThrow());
	}

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
	static final List<ServerFeature> SERVER = List.of(
			new ServerFeature("1", "f1", new FeatureVersion(1, 0), 10, null, null, null),
			new ServerFeature("2", "f1", new FeatureVersion(2, 0), 4, LocalDate.of(2027, 3, 1), null, null),
			new ServerFeature("3", "f2", new FeatureVersion(1, 0), 20, null, null, "gold"),
			new ServerFeature("4", "cad-pro", new FeatureVersion(3, 1), 1, null, null, null),
			new ServerFeature("5", "f1", new FeatureVersion(3, 0), 2, null, LocalDate.of(2027, 1, 1), null));

	static List<String> serverLabels(String text, String marker) {
		int offset = text.indexOf(marker);
		return ModelCompletions.at(text.replace(marker, ""), offset, SERVER).completions().stream()
				.map(ModelCompletions.Completion::label).toList();
	}

	@Test
	void theServersFeatureNamesVersionsAndCountsAreProposedInPoolLines() {
		String pools = "model \"m\" { partitions { partition \"p\" { ";
		assertEquals(List.of("cad-pro", "f1", "f2"), serverLabels(pools + "| } } }", "|"), "a line starts");
		assertEquals(List.of("f1", "f2"), serverLabels(pools + "\"f| } } }", "|"), "in the name's string, filtered");
		assertEquals(List.of("f1", "f2"), serverLabels(pools + "f| } } }", "|"), "an unquoted name");
		assertEquals(List.of("1.0", "2.0", "3.0"), serverLabels(pools + "\"f1\" | } } }", "|"), "the versions of the feature named");
		assertEquals(List.of("2.0"), serverLabels(pools + "\"f1\" 2| } } }", "|"), "filtered by the digits typed");
		assertEquals(List.of("1.0"), serverLabels(pools + "\"f1\" 1.| } } }", "|"));
		assertEquals(List.of("remainder", "10"), serverLabels(pools + "\"f1\" 1.0 | } } }", "|"), "the amount: all the server has");
		assertEquals(List.of("vendor string matches \"…\"", "cad-pro", "f1", "f2"), serverLabels(pools + "\"f1\" 1.0 5 | } } }", "|"),
				"after a whole line");
		assertEquals(List.of("cad-pro", "f1", "f2"), serverLabels(pools + "\"f1\" 1.0 5 vendor string matches \"x\" | } } }", "|"));
		assertEquals(List.of("1.0"), serverLabels("model \"m\" { on any() { without requested features { \"f2\" | } } }", "|"),
				"in a rule's server-specified features too");
		assertTrue(serverLabels(pools + "\"nope\" | } } }", "|").isEmpty(), "a feature the server lacks has no versions");
		assertEquals(List.of("engineering", "sales", "default"), serverLabels(TEXT.replace("use \"engineering\"", "use \"|"), "|"),
				"pool names are not feature names");
		// offline, a line start offers nothing and the amount offers remainder
		assertTrue(labels(pools + "| } } }", "|").isEmpty());
		assertEquals(List.of("remainder"), labels(pools + "\"f1\" 1.0 | } } }", "|"));
	}

	@Test
	void aCompletionInAStringReplacesTheClosingQuoteAlreadyThere() {
		String text = "model \"m\" { partitions { partition \"p\" { \"f\" } } }";
		int caret = text.indexOf("\"f\"") + 2;
		ModelCompletions.Result result = ModelCompletions.at(text, caret, SERVER);
		assertEquals(caret - 1, result.replaceOffset());
		assertEquals(caret + 1, result.replaceEnd(), "the quote after the caret is replaced");
		ModelCompletions.Completion f1 = result.completions().get(0);
		assertEquals(new ModelCompletions.Completion("f1", "f1\" ", 4, "on the server: 1.0 (10 counts), 2.0 (4 counts), 3.0 (2 counts)"), f1);
		String applied = text.substring(0, result.replaceOffset()) + f1.replacement() + text.substring(result.replaceEnd());
		assertEquals("model \"m\" { partitions { partition \"p\" { \"f1\"  } } }", applied);
	}

	@Test
	void aFeatureLineHoverShowsTheServersRecordsAndWhatThePoolWouldReceive() {
		Snapshot server = new Snapshot("Demo (127.0.0.1:7070)", SERVER, null);
		int sales = TEXT.indexOf("\"f1\" 1.0 50%") + 2;
		assertEquals("""
				"f1" on Demo (127.0.0.1:7070):
				  1.0: 10 counts, permanent (record 1)
				  2.0: 4 counts, until 2027-03-01 (record 2)
				  3.0: 2 counts, permanent, not before 2027-01-01 (record 5)

				If the model were applied now, pool "sales" would receive 7 counts (50%), taken from 5 of 1.0 (record 1), 2 of 2.0 \
				(record 2).""", ModelHovers.at(TEXT, sales, server, TODAY).orElseThrow());
		int engineering = TEXT.indexOf("\"f1\" 1.0 5 }") + 6;
		assertTrue(ModelHovers.at(TEXT, engineering, server, TODAY).orElseThrow()
				.endsWith("pool \"engineering\" would receive 5 counts (5), taken from 5 of 1.0 (record 1)."));

		Snapshot scarce = new Snapshot("Demo", List.of(new ServerFeature("9", "f1", new FeatureVersion(1, 0), 6, null, null, null)), null);
		assertTrue(ModelHovers.at(TEXT, sales, scarce, TODAY).orElseThrow()
				.endsWith("pool \"sales\" would receive 1 count of the 3 this line asks for (50%): 2 short, taken from 1 of 1.0 (record 9)."),
				ModelHovers.at(TEXT, sales, scarce, TODAY).orElseThrow());

		Snapshot none = new Snapshot("Demo", List.of(SERVER.get(2)), null);
		assertEquals("The server Demo has no feature \"f1\".\n\nIf the model were applied now, pool \"sales\" would receive 0 counts (50%).", ModelHovers.at(TEXT, sales, none, TODAY).orElseThrow());

		Snapshot failed = new Snapshot("Demo", List.of(), "Connection refused");
		assertEquals("The server Demo could not be asked for the feature's counts: Connection refused",
				ModelHovers.at(TEXT, sales, failed, TODAY).orElseThrow());
		assertTrue(ModelHovers.at(TEXT, sales).isEmpty(), "offline, a feature line has nothing to show");
	}

	@Test
	void theHoverShowsARemainderFilledWhereItStands() {
		String text = "model \"m\" { partitions { partition \"p1\" { \"f1\" 1.0 remainder } partition \"p2\" { \"f1\" 1.0 3 } } }";
		Snapshot server = new Snapshot("Demo", List.of(new ServerFeature("1", "f1", new FeatureVersion(1, 0), 10, null, null, null)),
				null);
		assertTrue(ModelHovers.at(text, text.indexOf("\"f1\" 1.0 remainder") + 2, server, TODAY).orElseThrow()
				.endsWith("pool \"p1\" would receive 10 counts (remainder), taken from 10 of 1.0 (record 1)."));
		String p2 = ModelHovers.at(text, text.indexOf("\"f1\" 1.0 3") + 2, server, TODAY).orElseThrow();
		assertTrue(p2.endsWith("pool \"p2\" would receive 0 counts of the 3 this line asks for (3): 3 short."), p2);
	}

	@Test
	void outlineOfPoolsFeaturesRulesAndConditions() {
		List<OutlineNode> nodes = OutlineNode.of(ModelAnalysis.of(TEXT));
		OutlineNode model = nodes.get(0);
		assertEquals("model \"example\"", model.label());
		assertEquals(List.of("partitions", "on hostname(\"~/eng-[0-9]+/\") && !dictionary(\"tier\" : \"gold\")", "on any()"),
				model.children().stream().map(OutlineNode::label).toList());
		OutlineNode pools = model.children().get(0);
		assertEquals(List.of("partition \"engineering\"", "partition \"sales\""), pools.children().stream().map(OutlineNode::label).toList());
		assertEquals("\"f1\" 1.0 50%", pools.children().get(1).children().get(0).label());
		OutlineNode rule = model.children().get(1);
		assertEquals(List.of("hostname(\"~/eng-[0-9]+/\")", "!dictionary(\"tier\" : \"gold\")", "use \"engineering\"", "accept"),
				rule.children().stream().map(OutlineNode::label).toList());
		assertEquals("use \"engineering\"", OutlineNode.at(nodes, TEXT.indexOf("\"engineering\" accept") + 2).label());
		assertTrue(OutlineNode.of(ModelAnalysis.of("// nothing")).isEmpty());
	}

	@Test
	void lineCommentsToggleAndKeepIndentation() {
		String block = "  on any() {\n    accept\n\n  }\n";
		String commented = LineComments.toggle(block);
		assertEquals("  // on any() {\n  //   accept\n\n  // }\n", commented);
		assertEquals(block, LineComments.toggle(commented));
		assertEquals("a\nb\n", LineComments.toggle("// a\n//b\n"), "one space after // goes too");
		assertEquals("// a\n// // b\n", LineComments.toggle("a\n// b\n"), "a mixed block is commented");
		assertEquals("  \n", LineComments.toggle("  \n"), "blank lines stay");
	}

	@Test
	void poolOccurrencesAreTheDefinitionAndEveryUse() {
		String text = TEXT.replace("on any() { use \"default\" accept }", "on any() { use \"sales\", \"engineering\" accept }");
		var tokens = org.seatkeeper.model.Lexer.lex(text).tokens();
		List<Integer> engineering = org.seatkeeper.model.ui.internal.assist.PoolOccurrences.at(tokens, text.indexOf("engineering") + 2)
				.stream().map(r -> r.offset()).toList();
		assertEquals(List.of(text.indexOf("\"engineering\""), text.indexOf("\"engineering\" accept"),
				text.lastIndexOf("\"engineering\"")), engineering);
		assertTrue(org.seatkeeper.model.ui.internal.assist.PoolOccurrences.at(tokens, text.indexOf("\"f1\"") + 1).isEmpty(),
				"a feature name is no pool");
		assertTrue(org.seatkeeper.model.ui.internal.assist.PoolOccurrences.at(tokens, text.indexOf("model") + 1).isEmpty());
	}

	@Test
	void onlyACaretOnAStringMayBeOnAPoolName() {
		String line = "    partition \"sales\" { \"f1\" 1.0 5 }";
		assertTrue(PoolOccurrences.mayNamePool(line, line.indexOf("sales")), "in a string");
		assertTrue(PoolOccurrences.mayNamePool(line, line.indexOf("\"sales\"")), "on its opening quote");
		assertFalse(PoolOccurrences.mayNamePool(line, line.indexOf("partition") + 2), "on a keyword");
		assertFalse(PoolOccurrences.mayNamePool(line, 1), "in the indentation");
		assertFalse(PoolOccurrences.mayNamePool("  // use \"sales\"", 12), "in a comment");
		String closing = "still a comment \" */ use \"sales\" accept";
		assertTrue(PoolOccurrences.mayNamePool(closing, closing.indexOf("sales")),
				"a line that closes a block comment is left to the whole model: alone, its quote would open a string");
	}

	@Test
	void theNewFileTemplateIsAValidModel() {
		String template = NewModelWizard.template("site-a.model");
		assertTrue(template.contains("model \"site-a\""));
		ModelAnalysis analysis = ModelAnalysis.of(template);
		assertFalse(analysis.hasErrors(), analysis.diagnostics().toString());
	}
}
