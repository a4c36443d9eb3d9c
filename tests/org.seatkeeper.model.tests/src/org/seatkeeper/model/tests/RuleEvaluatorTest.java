package org.seatkeeper.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seatkeeper.model.ModelParser;
import org.seatkeeper.model.rules.Decision;
import org.seatkeeper.model.rules.HostId;
import org.seatkeeper.model.rules.Request;
import org.seatkeeper.model.rules.RuleEvaluator;
import org.seatkeeper.model.rules.VendorValue;

class RuleEvaluatorTest {

	private static RuleEvaluator rules(String body) {
		return new RuleEvaluator(ModelParser.parse("model \"m\" { partitions { partition \"eng\" { } partition \"sales\" { } } "
				+ body + " }").model());
	}

	private static Request host(String hostName) {
		return new Request(List.of(), hostName, "", Map.of());
	}

	private static Request dictionary(String key, VendorValue value) {
		return new Request(List.of(), "", "", Map.of(key, value));
	}

	@Test
	void theDocumentedDictionaryExample() {
		RuleEvaluator rules = new RuleEvaluator(ModelParser.parse(ModelTexts.EXAMPLES.get("pools and dictionary rules")).model());
		assertEquals(List.of("engineering"), rules.evaluate(dictionary("business-unit", new VendorValue.Text("engineering"))).pools());
		assertEquals(List.of("sales"), rules.evaluate(dictionary("business-unit", new VendorValue.Text("sales"))).pools());
		Decision other = rules.evaluate(dictionary("business-unit", new VendorValue.Text("hr")));
		assertTrue(other.accepted());
		assertEquals(List.of("default"), other.pools());
	}

	@Test
	void poolsAreUsedInThePartitionsOrderWithTheDefaultPoolLast() {
		String text = "model \"m\" { partitions { partition \"eng\" { } partition \"sales\" { } } "
				+ "on hostname(\"a\") { use \"default\", \"sales\", \"eng\" accept } }";
		org.seatkeeper.model.ast.ModelDefinition model = ModelParser.parse(text).model();
		Decision decision = new RuleEvaluator(model).evaluate(host("a"));
		assertEquals(List.of("default", "sales", "eng"), decision.pools(), "as the rule names them");
		assertEquals(List.of("eng", "sales", "default"), decision.servingOrder(model));
	}

	@Test
	void theServerSpecifiedBlockIsTheLastMatchingRulesThatHasOne() {
		RuleEvaluator rules = rules("on hostname(\"a\") { use \"eng\" without requested features { \"f1\" 1.0 1 } continue } "
				+ "on hostname(\"a\") { use \"sales\" without requested features { all from \"sales\" } accept } "
				+ "on hostname(\"b\") { use \"eng\" without requested features { \"f2\" 2.0 3 } continue } "
				+ "on hostname(\"c\") { deny }");
		assertEquals("sales", rules.evaluate(host("a")).serverSpecified().orElseThrow().allFrom().get(0).value());
		assertEquals("f2", rules.evaluate(host("b")).serverSpecified().orElseThrow().features().get(0).feature().value(),
				"a continue rule's block applies when no later rule has one");
		assertTrue(rules.evaluate(host("c")).serverSpecified().isEmpty());
		assertTrue(rules.evaluate(host("d")).serverSpecified().isEmpty());
	}

	@Test
	void aDictionaryArrayMatchesWhenItContainsTheValue() {
		RuleEvaluator rules = rules("on dictionary(\"business-unit\":\"sales\") { use \"sales\" accept } on any() { deny }");
		Request both = dictionary("business-unit", new VendorValue.Array(List.of(new VendorValue.Text("engineering"),
				new VendorValue.Text("sales"))));
		assertEquals(List.of("sales"), rules.evaluate(both).pools());
		Request neither = dictionary("business-unit", new VendorValue.Array(List.of(new VendorValue.Text("hr"))));
		assertFalse(rules.evaluate(neither).accepted());
	}

	@Test
	void integersCompareByValue() {
		RuleEvaluator rules = rules("on dictionary(\"seats\":\"42\") { use \"eng\" accept } on any() { deny }");
		assertTrue(rules.evaluate(dictionary("seats", new VendorValue.Int(42))).accepted());
		assertFalse(rules.evaluate(dictionary("seats", new VendorValue.Int(43))).accepted());
		assertFalse(rules.evaluate(dictionary("other", new VendorValue.Int(42))).accepted());
	}

	@Test
	void regularExpressionsMatchTheWholeValue() {
		RuleEvaluator rules = rules("on hostname(\"~/[A-Z]{2}[0-9]{3}/\") { use \"eng\" accept } "
				+ "on dictionary(\"business-unit\":\"~/Eng[0-9]+/\") { use \"eng\", \"sales\" accept } on any() { deny }");
		assertEquals(List.of("eng"), rules.evaluate(host("AB123")).pools());
		assertFalse(rules.evaluate(host("xAB123")).accepted());
		assertEquals(List.of("eng", "sales"), rules.evaluate(dictionary("business-unit", new VendorValue.Text("Eng42"))).pools());
		assertFalse(rules.evaluate(dictionary("business-unit", new VendorValue.Text("Eng"))).accepted());
		assertTrue(rules.evaluate(dictionary("business-unit", new VendorValue.Array(List.of(new VendorValue.Int(7),
				new VendorValue.Text("Eng7"))))).accepted());
	}

	@Test
	void hostidsMatchValueAndTypeWithStringAsTheDefaultType() {
		RuleEvaluator rules = new RuleEvaluator(ModelParser.parse(ModelTexts.EXAMPLES.get("simple allow list")).model());
		assertTrue(rules.evaluate(new Request(List.of(new HostId("f01898ad8dd3", "ethernet")), "", "", Map.of())).accepted());
		assertFalse(rules.evaluate(new Request(List.of(new HostId("F01898AD8DD3", "STRING")), "", "", Map.of())).accepted());
		RuleEvaluator plain = rules("on hostid(\"joe\") { accept } on any() { deny }");
		assertTrue(plain.evaluate(new Request(List.of(HostId.parse("joe")), "", "", Map.of())).accepted());
		assertFalse(plain.evaluate(new Request(List.of(new HostId("joe", "USER")), "", "", Map.of())).accepted());
	}

	@Test
	void continueCollectsPoolsUntilARuleAcceptsOrTheDefaultRuleDoes() {
		RuleEvaluator rules = rules("on hosttype(\"lab\") { use \"eng\" continue } on hostname(\"h1\") { use \"sales\" accept }");
		Decision both = rules.evaluate(new Request(List.of(), "h1", "lab", Map.of()));
		assertEquals(List.of("eng", "sales"), both.pools());
		assertEquals(2, both.matched().size());
		Decision fallThrough = rules.evaluate(new Request(List.of(), "h2", "lab", Map.of()));
		assertEquals(List.of("eng", "default"), fallThrough.pools());
		assertNull(fallThrough.rule());
	}

	@Test
	void denyDropsThePoolsCollectedSoFar() {
		RuleEvaluator rules = rules("on any() { use \"eng\" continue } on hostname(\"bad\") { deny }");
		Decision denied = rules.evaluate(host("bad"));
		assertFalse(denied.accepted());
		assertEquals(List.of(), denied.pools());
		assertEquals("deny", RuleEvaluator.describe(denied));
	}

	@Test
	void negationAndPrecedence() {
		RuleEvaluator rules = rules("on hostname(\"a\") || hostname(\"b\") && !hosttype(\"vm\") { use \"eng\" accept } on any() { deny }");
		assertTrue(rules.evaluate(new Request(List.of(), "a", "vm", Map.of())).accepted(), "a or (b and not vm)");
		assertTrue(rules.evaluate(new Request(List.of(), "b", "pc", Map.of())).accepted());
		assertFalse(rules.evaluate(new Request(List.of(), "b", "vm", Map.of())).accepted());
		RuleEvaluator not = rules("on not hostname(\"a\") { deny }");
		assertFalse(not.evaluate(host("b")).accepted());
		assertTrue(not.evaluate(host("a")).accepted());
	}

	@Test
	void aRuleWithoutPoolsOrActionAccepts() {
		assertEquals(List.of("default"), rules("on any() { accept }").evaluate(host("x")).pools());
		assertEquals(List.of("eng"), rules("on any() { use \"eng\" }").evaluate(host("x")).pools());
	}
}
