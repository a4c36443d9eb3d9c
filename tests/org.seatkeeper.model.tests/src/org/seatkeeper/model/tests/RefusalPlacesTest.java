package org.seatkeeper.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.seatkeeper.model.RefusalPlaces;
import org.seatkeeper.model.TextRange;

class RefusalPlacesTest {

	private static final String MODEL = """
			model "m" {
			  partitions {
			    partition "eng" {
			      "f1" 1.0 5
			      "f1" 1.0 3
			    }
			  }
			  on any() { use "eng" accept }
			}
			""";

	private static String at(TextRange range) {
		return MODEL.substring(range.offset(), range.end());
	}

	@Test
	void aPositionIsThatCharacter() {
		TextRange place = RefusalPlaces.of(MODEL, "Invalid model posted, 5:7: Duplicate feature entries found: \"f1\" 1.0").orElseThrow();
		assertEquals(5, place.line());
		assertEquals(7, place.column());
		assertEquals(0, place.length());
		assertEquals(MODEL.indexOf("\"f1\" 1.0 3"), place.offset());
	}

	@Test
	void aLineAloneIsTheWholeLineWithoutItsIndentation() {
		TextRange place = RefusalPlaces.of(MODEL, "The pool \"eng\" is already defined at line 3; pool names must be unique").orElseThrow();
		assertEquals(3, place.line());
		assertEquals("partition \"eng\" {", at(place));
	}

	@Test
	void flexNetsDocumentedDuplicateIsTheLastEntryOfThatFeatureAndVersion() {
		String documented = "Invalid model posted, Duplicate feature entries found : [feature=f1, version=1.0, vendorString=abc]";
		TextRange place = RefusalPlaces.of(MODEL, documented).orElseThrow();
		assertEquals(5, place.line());
		assertEquals("\"f1\" 1.0 3", at(place));
		assertEquals(Optional.empty(), RefusalPlaces.of(MODEL, "Duplicate feature entries found : [feature=f1, version=1.05]"),
				"another version is not that entry");
	}

	@Test
	void aRefusalThatNamesNoPlaceHasNone() {
		assertEquals(Optional.empty(), RefusalPlaces.of(MODEL,
				"Reservations and named license pools cannot be used together: delete the reservation groups first"));
		assertEquals(Optional.empty(), RefusalPlaces.of(MODEL, "The model definition is 1,000,000 bytes; the server accepts at most 900 KB"));
		assertEquals(Optional.empty(), RefusalPlaces.of(MODEL, "Server busy since 12:30:45"), "a time is not a position");
		assertEquals(Optional.empty(), RefusalPlaces.of(MODEL, ""));
		assertEquals(Optional.empty(), RefusalPlaces.of(MODEL, null));
	}

	@Test
	void aPlaceOutsideTheTextHasNone() {
		assertEquals(Optional.empty(), RefusalPlaces.of(MODEL, "Invalid model posted, 99:1: unexpected end"));
		assertEquals(Optional.empty(), RefusalPlaces.of(MODEL, "at line 0"));
		TextRange pastTheEnd = RefusalPlaces.of(MODEL, "Invalid model posted, 1:500: too long").orElseThrow();
		assertEquals(1, pastTheEnd.line());
		assertTrue(pastTheEnd.offset() <= MODEL.indexOf('\n'), "a column past the line's end is its end");
	}
}
