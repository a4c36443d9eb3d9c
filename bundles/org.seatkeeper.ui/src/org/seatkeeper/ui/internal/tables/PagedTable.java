package org.seatkeeper.ui.internal.tables;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPartSite;
import org.seatkeeper.core.query.ListQuery;
import org.seatkeeper.core.query.Page;
import org.seatkeeper.ui.internal.jobs.Background;

/**
 * A {@link RecordTable} with its {@link PagingBar}: the records of one load, narrowed by the exact-name
 * search and the live filter, sorted by the column the user clicked, cut into pages of the Settings' page
 * size (0: pages as long as they may be, {@link #ROWS_AT_MOST}).
 * <p>
 * Up to {@link #ARRANGED_AT_ONCE} records are arranged at once on the UI thread (a few milliseconds). More are
 * filtered and sorted in a background Job, as the platform's {@code FilteredTree} does: the table keeps its rows
 * meanwhile, the paging bar says what is being done and the part shows it is busy; typed filter text waits for a
 * pause in the typing ({@link #FILTER_DELAY_MS}); a newer change supersedes a Job still running.
 *
 * @param <T> the record type
 */
public final class PagedTable<T> {

	private final Composite control;
	private final RecordTable<T> table;
	private final PagingBar paging;
	private final IntSupplier pageSize;
	private List<T> all = List.of();
	private Function<T, String> nameOf = t -> "";
	private String search = "";
	private String filter = "";
	private Function<T, String>[] filterColumns;
	private int pageIndex;
	private Page<T> page;
	private Runnable pageListener = () -> {
	};
	private IWorkbenchPartSite busySite;
	private Job arranging;
	/** Counts changes, so that only the latest arrangement is shown. */
	private int generation;
	private Runnable typedFilter;

	/**
	 * The most rows a page holds, whatever the page size. A native table (GTK most of all) takes 3 to 5 ms per
	 * thousand rows to add or remove them on the UI thread: 100,000 rows cost 300 to 500 ms at every load, sort
	 * or filter. A sort after scrolling empties and fills the page again (see {@link RecordTable}): with 10,000
	 * rows that stalled the UI thread 128 ms in the devices benchmark, so a page holds half that. A longer list
	 * is paged, and the paging bar says so.
	 */
	public static final int ROWS_AT_MOST = 5_000;
	/** The most records arranged on the UI thread; more are arranged in a background Job. */
	public static final int ARRANGED_AT_ONCE = 5_000;
	/** How long typing must pause before the filter applies to a list of more than {@link #ARRANGED_AT_ONCE}. */
	public static final int FILTER_DELAY_MS = 250;

	@SafeVarargs
	public PagedTable(Composite parent, int style, IntSupplier pageSize, Function<T, String>... filterColumns) {
		this.pageSize = pageSize;
		this.filterColumns = filterColumns;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(control);
		table = new RecordTable<>(control, style);
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 120).applyTo(table.table());
		paging = new PagingBar(control, index -> {
			pageIndex = index;
			update();
		});
		GridDataFactory.fillDefaults().grab(true, false).applyTo(paging.control());
		table.onSort(this::update);
	}

	public RecordTable<T> table() {
		return table;
	}

	public Composite control() {
		return control;
	}

	/** The records of a new load; the page and the selection stay where they were when they still exist. */
	public void setRecords(List<T> records) {
		all = List.copyOf(records);
		update();
	}

	/** Keeps only records named exactly {@code name} (blank: all). */
	public void setSearch(Function<T, String> nameFunction, String name) {
		nameOf = nameFunction;
		search = name == null ? "" : name;
		pageIndex = 0;
		update();
	}

	/** Keeps only records where every word of {@code text} occurs in a filter column. */
	public void setFilter(String text) {
		filter = text == null ? "" : text;
		pageIndex = 0;
		update();
	}

	/**
	 * The filter as the user types it: applied at once to a short list, and after a pause in the typing of
	 * {@link #FILTER_DELAY_MS} to a long one.
	 */
	public void filterAsTyped(String text) {
		Display display = control.getDisplay();
		if (typedFilter != null) {
			display.timerExec(-1, typedFilter);
			typedFilter = null;
		}
		if (all.size() <= ARRANGED_AT_ONCE) {
			setFilter(text);
			return;
		}
		typedFilter = () -> {
			typedFilter = null;
			if (!control.isDisposed()) {
				setFilter(text);
			}
		};
		display.timerExec(FILTER_DELAY_MS, typedFilter);
	}

	/** Shows the part of {@code site} busy while a long list is arranged in the background. */
	public void showBusyIn(IWorkbenchPartSite site) {
		busySite = site;
	}

	/** Called after each change of the shown page. */
	public void onPage(Runnable listener) {
		pageListener = listener;
	}

	/** Sorts, narrows and pages the records again, e.g. after the page size changed. */
	public void update() {
		int change = ++generation;
		if (arranging != null) {
			arranging.cancel();
			arranging = null;
		}
		List<T> records = all;
		Function<T, String> name = nameOf;
		String searched = search;
		String filtered = filter;
		UnaryOperator<ListQuery<T>> sorting = table.sorting();
		int size = pageSize.getAsInt();
		int index = pageIndex;
		if (records.size() <= ARRANGED_AT_ONCE) {
			show(arrange(records, name, searched, filtered, sorting, size, index));
			return;
		}
		String sortTitle = table.sortTitle();
		boolean narrowed = !filtered.isBlank() || !searched.isBlank();
		String count = String.format("%,d", records.size());
		String doing = sortTitle == null ? NLS.bind(narrowed ? Messages.Tables_filtering : Messages.Tables_arranging, count)
				: NLS.bind(narrowed ? Messages.Tables_filteringSorting : Messages.Tables_sorting, count, sortTitle);
		paging.busy(doing);
		arranging = Background.work(doing, monitor -> arrange(records, name, searched, filtered, sorting, size, index)).system()
				.busyIn(busySite).deliverTo(control).onSuccess(arranged -> {
					if (change == generation) {
						arranging = null;
						show(arranged);
					}
				}).onFailure(failure -> {
					if (change == generation) { // a bug (logged by the Job): the table keeps what it showed
						arranging = null;
						paging.show(page != null ? page : ListQuery.<T>of(List.of()).page(1, 0));
					}
				}).schedule();
	}

	/** What the table shows of {@code records}: pure, so it runs on any thread. */
	private Page<T> arrange(List<T> records, Function<T, String> name, String searched, String filtered,
			UnaryOperator<ListQuery<T>> sorting, int size, int index) {
		ListQuery<T> query = sorting.apply(ListQuery.of(records).search(name, searched).filter(filtered, filterColumns));
		int rows = size <= 0 ? query.items().size() : size;
		return query.page(Math.max(1, Math.min(rows, ROWS_AT_MOST)), index);
	}

	private void show(Page<T> arranged) {
		page = arranged;
		pageIndex = page.index();
		table.setItems(page.items());
		paging.show(page);
		pageListener.run();
	}

	/** True while a long list is filtered or sorted in the background. */
	public boolean arranging() {
		return arranging != null;
	}

	/** Every record of the last load. */
	public List<T> all() {
		return all;
	}

	public Page<T> page() {
		return page;
	}

	public PagingBar paging() {
		return paging;
	}
}
