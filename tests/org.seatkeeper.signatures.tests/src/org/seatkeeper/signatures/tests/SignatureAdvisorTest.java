package org.seatkeeper.signatures.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.seatkeeper.signatures.Keyword;
import org.seatkeeper.signatures.SignatureAdvisor;
import org.seatkeeper.signatures.SignatureAdvisor.Advice;
import org.seatkeeper.signatures.SignatureAdvisor.Need;
import org.seatkeeper.signatures.ToolkitColumn;

class SignatureAdvisorTest {

	/** The seed's own example: VM_PLATFORMS with an application built with toolkit 11.0 needs 11.4. */
	@Test
	void vmPlatformsWithToolkit11_0Needs11_4() {
		Advice advice = SignatureAdvisor.advise(List.of("11.0"), List.of("VM_PLATFORMS"));
		Need need = advice.need(Keyword.VM_PLATFORMS, "11.0").orElseThrow();
		assertEquals(Optional.of("11.4"), need.value());
		assertEquals(ToolkitColumn.V11_0_TO_11_4_1, need.toolkit().column());
		assertEquals("Applications built with toolkit 11.0 (column 11.0-11.4.1) cannot read VM_PLATFORMS: select FlexNet Publisher "
				+ "Version 11.4 so that the license also carries a signature they can check.", need.reason());
		assertEquals(List.of("11.4"), advice.valuesToSelect());
		assertTrue(advice.problems().isEmpty());
	}

	@Test
	void oneAnswerPerKeywordAndToolkitAndTheValuesToSelectNewestFirst() {
		Advice advice = SignatureAdvisor.advise(List.of("8.4", "10.8.3", "11.5", "7.2"), List.of("tz", "BORROW", "SUPERSEDE_SIGN"));
		assertEquals(List.of(Keyword.BORROW, Keyword.SUPERSEDE_SIGN, Keyword.TZ), advice.keywords(), "the table's order, any case");
		assertEquals(12, advice.needs().size());
		assertEquals(Optional.of("8.4"), advice.need(Keyword.TZ, "8.4").orElseThrow().value());
		assertEquals(Optional.of("10.8"), advice.need(Keyword.TZ, "10.8.3").orElseThrow().value());
		assertEquals(Optional.of("11.6"), advice.need(Keyword.TZ, "11.5").orElseThrow().value());
		assertEquals(Optional.empty(), advice.need(Keyword.SUPERSEDE_SIGN, "11.5").orElseThrow().value());
		assertEquals(Optional.of("7.1"), advice.need(Keyword.BORROW, "7.2").orElseThrow().value());
		assertEquals("Applications built with toolkit 8.4 read BORROW already: no cross-version signature is needed.",
				advice.need(Keyword.BORROW, "8.4").orElseThrow().reason());
		assertEquals(List.of("11.6", "10.8", "8.4", "7.1"), advice.valuesToSelect());
	}

	@Test
	void aColumnHeadingIsAToolkitToo() {
		Advice advice = SignatureAdvisor.advise(List.of("9.0-10.8.n"), List.of("COMPOSITE", "TZ"));
		assertEquals(Optional.empty(), advice.need(Keyword.COMPOSITE, "9.0-10.8.n").orElseThrow().value());
		assertEquals("Applications built with toolkit 9.0-10.8.n cannot read TZ: select FlexNet Publisher Version 10.8 so that the "
				+ "license also carries a signature they can check.", advice.need(Keyword.TZ, "9.0-10.8.n").orElseThrow().reason());
	}

	@Test
	void unknownKeywordsAndVersionsOutsideTheTableAreNamedAndTheRestIsAnswered() {
		Advice advice = SignatureAdvisor.advise(List.of("11.0", "6.0", "eleven", "11.0", " "), List.of("TZ", "HOSTID", ""));
		assertEquals(List.of("11.0"), advice.toolkits().stream().map(SignatureAdvisor.Toolkit::given).toList(), "repeats count once");
		assertEquals(List.of("Toolkit 6.0 is older than the table's first column (7.1-7.2): the table does not say what it needs.",
				"'eleven' is not a toolkit version: write it as numbers separated by dots, e.g. 11.0 or 10.8.3",
				"'HOSTID' is not a keyword of the cross-version table, which covers BORROW, COMPOSITE, FLOAT_OK, SUITE_RESERVED, "
						+ "SUPERSEDE_SIGN, TZ, VM_PLATFORMS."),
				advice.problems());
		assertEquals(List.of("11.4"), advice.valuesToSelect());
	}

	@Test
	void noKeywordOfTheTableNeedsNothing() {
		Advice advice = SignatureAdvisor.advise(List.of("8.0"), List.of());
		assertTrue(advice.needs().isEmpty());
		assertTrue(advice.valuesToSelect().isEmpty());
	}
}
