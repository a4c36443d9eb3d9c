package org.seatkeeper.ui.internal.tables;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.seatkeeper.core.query.ListQuery;
import org.seatkeeper.core.query.Page;

/**
 * A {@link RecordTable} with its {@link PagingBar}: the records of one load, narrowed by the exact-name
 * search and the live filter, sorted by the column the user clicked, cut into pages of the Settings' page
 * size (0: one page with every record).
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

	/** Called after each change of the shown page. */
	public void onPage(Runnable listener) {
		pageListener = listener;
	}

	/** Sorts, narrows and pages the records again, e.g. after the page size changed. */
	public void update() {
		ListQuery<T> query = ListQuery.of(all).search(nameOf, search).filter(filter, filterColumns).sort(table.order(), true);
		int size = pageSize.getAsInt();
		page = query.page(size <= 0 ? Math.max(1, query.items().size()) : size, pageIndex);
		pageIndex = page.index();
		table.setItems(page.items());
		paging.show(page);
		pageListener.run();
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
