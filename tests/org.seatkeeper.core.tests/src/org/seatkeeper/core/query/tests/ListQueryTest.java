package org.seatkeeper.core.query.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.seatkeeper.core.query.ListQuery;
import org.seatkeeper.core.query.Page;

class ListQueryTest {

	record Row(String name, String version, int count) {
	}

	static final List<Row> ROWS = List.of(new Row("VR_MODE", "1.0", 10), new Row("vr_mode", "2.0", 5), new Row("Exporting", "7.1", 60),
			new Row("Export_CSV", "4.8", 50), new Row("VR_MODE", "1.1", 3));

	@Test
	void searchIsExactAndComplete() {
		assertEquals(2, ListQuery.of(ROWS).search(Row::name, "VR_MODE").items().size());
		assertEquals(0, ListQuery.of(ROWS).search(Row::name, "VR").items().size(), "no partial names");
		assertEquals(5, ListQuery.of(ROWS).search(Row::name, " ").items().size(), "a blank search keeps all");
	}

	@Test
	void filterMatchesEveryWordInAnyColumnWithoutCase() {
		Function<Row, String> name = Row::name;
		Function<Row, String> version = Row::version;
		assertEquals(List.of("Exporting", "Export_CSV"), ListQuery.of(ROWS).filter("export", name, version).items().stream().map(Row::name).toList());
		assertEquals(1, ListQuery.of(ROWS).filter("vr 2.0", name, version).items().size());
		assertEquals(0, ListQuery.of(ROWS).filter("vr 9", name, version).items().size());
	}

	@Test
	void sortIsStableBothWays() {
		Comparator<Row> byName = Comparator.comparing(Row::name);
		List<Row> ascending = ListQuery.of(ROWS).sort(byName, true).items();
		assertEquals(List.of("Export_CSV", "Exporting", "VR_MODE", "VR_MODE", "vr_mode"), ascending.stream().map(Row::name).toList());
		assertEquals("1.0", ascending.get(2).version(), "equal names keep their order");
		assertEquals("vr_mode", ListQuery.of(ROWS).sort(byName, false).items().get(0).name());
	}

	@Test
	void sortByKeyComputesEachKeyOnceAndIsStableBothWays() {
		java.util.concurrent.atomic.AtomicInteger keys = new java.util.concurrent.atomic.AtomicInteger();
		java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.ENGLISH);
		Function<Row, java.text.CollationKey> key = row -> {
			keys.incrementAndGet();
			return collator.getCollationKey(row.name());
		};
		List<Row> ascending = ListQuery.of(ROWS).sortBy(key, Comparator.naturalOrder(), true).items();
		assertEquals(ROWS.size(), keys.get(), "one key per record");
		assertEquals(List.of("Export_CSV", "Exporting", "vr_mode", "VR_MODE", "VR_MODE"), ascending.stream().map(Row::name).toList(),
				"collated: case only breaks ties, and equal keys keep their order");
		assertEquals(List.of("2.0", "1.0", "1.1"), ascending.subList(2, 5).stream().map(Row::version).toList());
		List<Row> descending = ListQuery.of(ROWS).sortBy(Row::count, Comparator.<Integer>naturalOrder(), false).items();
		assertEquals(List.of(60, 50, 10, 5, 3), descending.stream().map(Row::count).toList());
		assertThrows(UnsupportedOperationException.class, () -> descending.add(ROWS.get(0)));
	}

	@Test
	void pagesCountRecordsAndClamp() {
		List<Integer> numbers = IntStream.rangeClosed(1, 45).boxed().toList();
		Page<Integer> first = ListQuery.of(numbers).page(20, 0);
		assertEquals(List.of(1, 20), List.of(first.items().get(0), first.items().get(19)));
		assertEquals(3, first.pageCount());
		assertEquals(45, first.total());
		assertFalse(first.hasPrevious());
		assertTrue(first.hasNext());
		Page<Integer> last = ListQuery.of(numbers).page(20, 2);
		assertEquals(5, last.items().size());
		assertEquals("41\u201345 of 45", last.describe());
		assertEquals(2, ListQuery.of(numbers).page(20, 99).index(), "past the end shows the last page");
		Page<Integer> empty = ListQuery.of(List.<Integer>of()).page(20, 3);
		assertEquals(1, empty.pageCount());
		assertEquals("0 of 0", empty.describe());
		assertThrows(IllegalArgumentException.class, () -> ListQuery.of(numbers).page(0, 0));
	}
}
