package org.seatkeeper.core.about.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seatkeeper.core.about.BuildVersion;

class BuildVersionTest {

	@Test
	void buildTimestampQualifierIsReadAsUtcDateAndTime() {
		BuildVersion version = BuildVersion.parse("1.0.0.v20261122-2315");
		assertEquals("1.0.0", version.release());
		assertEquals("v20261122-2315", version.qualifier());
		assertEquals(Optional.of(LocalDateTime.of(2026, 11, 22, 23, 15)), version.built());
		assertEquals("2026-11-22 23:15 UTC", version.buildDescription());
		assertEquals("1.0.0 (2026-11-22 23:15 UTC)", version.toString());
		assertFalse(version.isDevelopmentBuild());
	}

	@Test
	void literalQualifierMeansRunFromSource() {
		BuildVersion version = BuildVersion.parse("1.2.3.qualifier");
		assertTrue(version.isDevelopmentBuild());
		assertEquals("development build", version.buildDescription());
		assertEquals(Optional.empty(), version.built());
	}

	@Test
	void otherQualifiersAreShownAsTheyAre() {
		assertEquals("RC1", BuildVersion.parse("2.0.0.RC1").buildDescription());
		// looks like a timestamp but is no date: shown raw, not mis-parsed
		assertEquals("v20261399-2500", BuildVersion.parse("1.0.0.v20261399-2500").buildDescription());
	}

	@Test
	void missingPartsCountAsZero() {
		BuildVersion version = BuildVersion.parse("3");
		assertEquals("3.0.0", version.release());
		assertEquals("", version.qualifier());
		assertEquals("unknown", version.buildDescription());
		assertEquals("4.1.0", BuildVersion.parse("4.1").release());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "v1", "1.x.0", "1.0.0.q q" })
	void somethingElseIsRefusedWithTheValueInTheMessage(String text) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BuildVersion.parse(text));
		assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
	}
}
