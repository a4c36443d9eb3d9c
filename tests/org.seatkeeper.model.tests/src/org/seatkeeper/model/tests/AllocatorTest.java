package org.seatkeeper.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.seatkeeper.model.FeatureVersion;
import org.seatkeeper.model.ModelParser;
import org.seatkeeper.model.allocation.AllocationPreview;
import org.seatkeeper.model.allocation.Allocator;
import org.seatkeeper.model.allocation.LineAllocation;
import org.seatkeeper.model.allocation.PoolAllocation;
import org.seatkeeper.model.allocation.ServerFeature;
import org.seatkeeper.model.allocation.Slice;

class AllocatorTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static ServerFeature feature(String id, String name, String version, long count, String expiry) {
		return new ServerFeature(id, name, FeatureVersion.parse(version).orElseThrow(), count,
				expiry == null ? null : LocalDate.parse(expiry), null, null);
	}

	private static AllocationPreview preview(String pools, ServerFeature... features) {
		String model = "model \"m\" { partitions { " + pools + " } }";
		return Allocator.preview(ModelParser.parse(model).model(), List.of(features), TODAY);
	}

	/** "id:count, id:count" for the slices of a pool. */
	private static String slices(AllocationPreview preview, String pool) {
		return preview.pool(pool).orElseThrow().slices().stream().map(s -> s.feature().id() + ":" + s.count())
				.reduce((a, b) -> a + ", " + b).orElse("");
	}

	@Test
	void poolsAreFilledTopDownAndTheRestStaysInDefault() {
		AllocationPreview preview = preview("partition \"eng\" { \"f1\" 1.0 5 } partition \"sales\" { \"f1\" 1.0 3 }",
				feature("1", "f1", "1.0", 10, null));
		assertEquals("1:5", slices(preview, "eng"));
		assertEquals("1:3", slices(preview, "sales"));
		assertEquals("1:2", slices(preview, "default"));
		assertEquals(List.of("eng", "sales", "default"), preview.pools().stream().map(PoolAllocation::name).toList());
		assertTrue(preview.pool("default").orElseThrow().isDefault());
		assertFalse(preview.hasShortfall());
	}

	@Test
	void percentagesAreOfTheServersTotalRoundedDown() {
		AllocationPreview preview = preview("partition \"a\" { \"f1\" 1.0 50% } partition \"b\" { \"f1\" 1.0 25% }",
				feature("1", "f1", "1.0", 7, null), feature("2", "f1", "1.0", 4, "2027-01-01"));
		// total 11: 50% is 5, 25% is 2; permanent counts are taken first
		LineAllocation a = preview.pool("a").orElseThrow().lines().get(0);
		assertEquals("50%", a.requested());
		assertEquals(5, a.computed());
		assertEquals("1:5", slices(preview, "a"));
		assertEquals("1:2", slices(preview, "b"));
		assertEquals("2:4", slices(preview, "default"));
	}

	@Test
	void theRemainderIsFilledWhereItStandsAndLaterPoolsGetNoneOfThatFeature() {
		// the example of the issue: p1 takes all 10, p2 asks for 3 and gets none
		AllocationPreview preview = preview("partition \"p1\" { \"f1\" 1.0 remainder } partition \"p2\" { \"f1\" 1.0 3 }",
				feature("1", "f1", "1.0", 10, null));
		assertEquals("1:10", slices(preview, "p1"));
		assertEquals(10, preview.pool("p1").orElseThrow().lines().get(0).computed());
		LineAllocation p2 = preview.pool("p2").orElseThrow().lines().get(0);
		assertEquals(3, p2.computed());
		assertEquals(0, p2.obtained());
		assertEquals(3, p2.shortfall(), "shown as a deficit");
		assertEquals("", slices(preview, "default"), "the default pool gets none of it either");
		assertTrue(preview.notes().contains("Pool \"p2\": f1 1.0 asks for 3 (3) but gets 0"), preview.notes().toString());
	}

	@Test
	void theRemainderTakesWhatTheLinesAboveItLeft() {
		AllocationPreview preview = preview(
				"partition \"fixed\" { \"f1\" 1.0 4 } partition \"rest\" { \"f1\" 1.0 remainder \"f2\" 1.0 2 } partition \"share\" { \"f1\" 1.0 10% \"f2\" 1.0 1 }",
				feature("1", "f1", "1.0", 20, null), feature("2", "f2", "1.0", 5, null), feature("0", "f1", "0.9", 3, null));
		assertEquals("1:4", slices(preview, "fixed"));
		assertEquals("1:16, 2:2", slices(preview, "rest"));
		assertEquals(16, preview.pool("rest").orElseThrow().lines().get(0).computed());
		assertEquals("2:1", slices(preview, "share"), "10% of f1 comes too late; f2 has no remainder above it");
		assertEquals(2, preview.pool("share").orElseThrow().shortfall());
		assertEquals("2:2, 0:3", slices(preview, "default"),
				"a lower version is not the remainder's to take");
	}

	@Test
	void aShortfallIsReportedPerLine() {
		AllocationPreview preview = preview("partition \"a\" { \"f1\" 1.0 8 } partition \"b\" { \"f1\" 1.0 5 \"f9\" 1.0 1 }",
				feature("1", "f1", "1.0", 10, null));
		LineAllocation b = preview.pool("b").orElseThrow().lines().get(0);
		assertEquals(5, b.computed());
		assertEquals(2, b.obtained());
		assertEquals(3, b.shortfall());
		LineAllocation missing = preview.pool("b").orElseThrow().lines().get(1);
		assertEquals(1, missing.shortfall());
		assertEquals(4, preview.pool("b").orElseThrow().shortfall());
		assertTrue(preview.hasShortfall());
		assertTrue(preview.notes().contains("Pool \"b\": f1 1.0 asks for 5 (5) but gets 2"), preview.notes().toString());
	}

	@Test
	void exactVersionFirstThenLongerExpiryThenNextHigherVersionNeverLower() {
		AllocationPreview preview = preview("partition \"p\" { \"f1\" 2.0 9 }",
				feature("low", "f1", "1.0", 100, null),
				feature("higher", "f1", "3.0", 10, null),
				feature("next", "f1", "2.5", 3, "2026-12-01"),
				feature("short", "f1", "2.0", 2, "2027-01-01"),
				feature("long", "f1", "2.0", 2, "2030-01-01"),
				feature("permanent", "f1", "2.0", 1, null));
		assertEquals("permanent:1, long:2, short:2, next:3, higher:1", slices(preview, "p"));
		assertEquals("low:100, higher:9", slices(preview, "default"));
	}

	@Test
	void versionsCompareNumerically() {
		AllocationPreview preview = preview("partition \"p\" { \"f1\" 1.9 3 }",
				feature("ten", "f1", "1.10", 5, null), feature("eight", "f1", "1.8", 5, null));
		assertEquals("ten:3", slices(preview, "p"));
	}

	@Test
	void slicesAreKeptPerFeatureRecord() {
		AllocationPreview preview = preview("partition \"p\" { \"f1\" 1.0 6 }",
				feature("1", "f1", "1.0", 4, "2027-01-01"), feature("2", "f1", "1.0", 4, "2028-01-01"));
		List<Slice> slices = preview.pool("p").orElseThrow().slices();
		assertEquals(2, slices.size());
		assertEquals("2:4, 1:2", slices(preview, "p"));
	}

	@Test
	void featuresStartingInTheFutureStayInDefault() {
		ServerFeature future = new ServerFeature("f", "f1", new FeatureVersion(1, 0), 10, null, TODAY.plusDays(1), null);
		ServerFeature expired = feature("old", "f1", "1.0", 10, "2026-11-22");
		AllocationPreview preview = preview("partition \"p\" { \"f1\" 1.0 5 }", future, expired);
		assertEquals("", slices(preview, "p"));
		assertEquals(5, preview.pool("p").orElseThrow().shortfall());
		assertEquals("f:10, old:10", slices(preview, "default"));
		assertTrue(preview.notes().get(0).startsWith("f1 1.0 (id f) starts on 2026-11-24"), preview.notes().toString());
	}

	@Test
	void vendorStringLinesTakeOnlyMatchingRecords() {
		ServerFeature gold = new ServerFeature("g", "f1", new FeatureVersion(1, 0), 5, null, null, "gold-2026");
		ServerFeature silver = new ServerFeature("s", "f1", new FeatureVersion(1, 0), 5, null, null, "silver");
		AllocationPreview preview = preview(
				"partition \"gold\" { \"f1\" 1.0 10 vendor string matches \"~/gold.*/\" } partition \"silver\" { \"f1\" 1.0 2 vendor string matches \"silver\" }",
				gold, silver);
		assertEquals("g:5", slices(preview, "gold"));
		assertEquals("s:2", slices(preview, "silver"));
		assertEquals("s:3", slices(preview, "default"));
	}
}
