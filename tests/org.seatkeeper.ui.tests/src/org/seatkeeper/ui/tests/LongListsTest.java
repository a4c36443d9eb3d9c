package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.internal.tables.PagedTable;

/**
 * A long list is filtered and sorted off the UI thread: the table keeps its rows and the paging bar says what is
 * being done until the Job's result arrives; typed filter text waits for a pause; a newer change supersedes an
 * older one. A short list is still arranged at once.
 */
class LongListsTest {

	record Row(String name, int number) {
	}

	private static final int LONG = 20_000;

	private Shell shell;
	private PagedTable<Row> rows;
	private final AtomicInteger pagesShown = new AtomicInteger();

	@BeforeEach
	void open() {
		shell = new Shell(UiTestSupport.display());
		shell.setLayout(new FillLayout());
		rows = new PagedTable<>(shell, SWT.MULTI, () -> 0, Row::name);
		rows.table().column("Name", 120, Row::name).column("Number", 80, r -> Integer.toString(r.number()),
				Comparator.comparingInt(Row::number));
		rows.onPage(pagesShown::incrementAndGet);
		shell.setSize(400, 300);
		shell.open();
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	private static List<Row> rows(int count) {
		return IntStream.range(0, count).mapToObj(i -> new Row(String.format("row-%05d %s", i, i % 7 == 0 ? "seven" : "other"), i))
				.toList();
	}

	private void settle() {
		UiTestSupport.waitUntil("the rows to be arranged", () -> !rows.arranging());
		UiTestSupport.processEvents();
	}

	private String first() {
		return rows.table().items().get(0).name();
	}

	@Test
	void aLongListIsSortedInTheBackgroundWhileTheTableKeepsItsRows() {
		rows.setRecords(rows(LONG));
		settle();
		assertEquals(PagedTable.ROWS_AT_MOST, rows.table().table().getItemCount(), "a page holds at most 5,000 rows");
		assertTrue(rows.paging().text().startsWith("Records 1\u20135000 of 20000"), rows.paging().text());
		assertEquals("row-00000 seven", first());

		rows.table().sortBy(0, false);
		assertTrue(rows.arranging(), "sorting 20,000 rows is left to a Job");
		assertEquals("row-00000 seven", first(), "the table keeps its rows meanwhile");
		assertEquals("Sorting 20,000 records by Name\u2026", rows.paging().text());
		settle();
		assertEquals("row-19999 seven", first());
		assertTrue(rows.paging().text().startsWith("Records 1"), rows.paging().text());

		int shown = pagesShown.get();
		rows.table().sortBy(1, false);
		rows.table().sortBy(1, true); // supersedes the descending sort before it arrives
		settle();
		UiTestSupport.waitForJobs(org.seatkeeper.ui.SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.processEvents();
		assertEquals(shown + 1, pagesShown.get(), "only the latest order is shown");
		assertEquals("row-00000 seven", first());
	}

	@Test
	void typedFilterTextWaitsForAPauseOnALongList() {
		rows.setRecords(rows(LONG));
		settle();
		int shown = pagesShown.get();
		rows.filterAsTyped("s");
		rows.filterAsTyped("se");
		rows.filterAsTyped("seven");
		assertFalse(rows.arranging(), "nothing is done while the user types");
		assertEquals(PagedTable.ROWS_AT_MOST, rows.table().items().size());
		UiTestSupport.waitUntil("the filter to apply", () -> pagesShown.get() > shown && !rows.arranging());
		UiTestSupport.processEvents();
		assertEquals(shown + 1, pagesShown.get(), "one filtering for the three keystrokes");
		assertEquals((LONG + 6) / 7, rows.table().items().size());
		assertTrue(rows.table().items().stream().allMatch(r -> r.name().contains("seven")));
	}

	/** A bug while arranging (here a filter column that throws) leaves the table as it was, not "Filtering…" for ever. */
	@Test
	void anArrangementThatFailsLeavesTheTableAsItWas() {
		PagedTable<Row> failing = new PagedTable<>(shell, SWT.MULTI, () -> 0, r -> {
			if (r.number() == 7) {
				throw new IllegalStateException("a bug in a filter column");
			}
			return r.name();
		});
		failing.table().column("Name", 120, Row::name);
		failing.setRecords(rows(LONG));
		UiTestSupport.waitUntil("the rows", () -> !failing.arranging());
		UiTestSupport.processEvents();
		String shown = failing.paging().text();
		failing.setFilter("seven");
		assertTrue(failing.arranging());
		UiTestSupport.waitUntil("the failed arrangement to end", () -> !failing.arranging());
		assertEquals(shown, failing.paging().text(), "the paging bar no longer says it is filtering");
		assertEquals(PagedTable.ROWS_AT_MOST, failing.table().items().size(), "the rows stay");
	}

	/** After many rows were realized (as scrolling does), new records refill the table: same place, same selection. */
	@Test
	void newRecordsAfterScrollingKeepThePlaceAndTheSelection() {
		List<Row> all = rows(3_000);
		rows.table().setItems(all);
		org.eclipse.swt.widgets.Table widget = rows.table().table();
		for (int i = 0; i < 1_000; i++) {
			widget.getItem(i).getText(); // asks for the row's record, as painting it does
		}
		widget.setSelection(700);
		widget.setTopIndex(650);
		UiTestSupport.processEvents();
		int top = widget.getTopIndex();
		List<Row> reversed = new java.util.ArrayList<>(all);
		java.util.Collections.reverse(reversed);
		rows.table().setItems(reversed);
		UiTestSupport.processEvents();
		assertEquals(List.of(all.get(700)), rows.table().selection());
		assertEquals(top, widget.getTopIndex());
		assertEquals(reversed.get(top).name(), widget.getItem(top).getText(0));
		assertEquals(3_000, widget.getItemCount());
	}

	@Test
	void aShortListIsArrangedAtOnce() {
		rows.setRecords(rows(700));
		assertFalse(rows.arranging());
		assertEquals(700, rows.table().items().size());
		rows.filterAsTyped("seven");
		assertEquals(100, rows.table().items().size(), "no delay for a short list");
		rows.table().sortBy(1, false);
		assertEquals(693, rows.table().items().get(0).number());
	}
}
