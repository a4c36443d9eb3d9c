package org.seatkeeper.ui.internal.tables;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.seatkeeper.core.query.ListQuery;

/**
 * A virtual table of records: only the rows on screen are made, so a page of 100,000 records shows at
 * once. Sorting is done on the records (a header click asks the view to sort and page again), so it
 * works with paging and with the virtual table; the header shows the sort column and direction.
 *
 * @param <T> the record type
 */
public final class RecordTable<T> {

	/** One column: its title, text, and how records sort by it (by its collated text when {@code order} is null). */
	public record Column<T>(String title, int width, Function<T, String> text, Comparator<T> order,
			Function<T, Image> image, Function<T, String> tooltip, Function<T, Color> foreground) {
	}

	private final TableViewer viewer;
	private final List<Column<T>> columns = new ArrayList<>();
	private List<T> items = List.of();
	private int sortColumn = -1;
	private boolean ascending = true;
	private Runnable sortListener = () -> {
	};
	/** Rows that asked for their record since the table was last filled (a bound: a row may ask again). */
	private int realized;

	/**
	 * Above this many realized rows, new records empty the table and fill it again instead of refreshing it: GTK
	 * clears a realized row in about 0.1 ms, one by one (a sort after scrolling through 7,000 rows stalled the UI
	 * thread for 740 ms), while emptying and filling a page of 5,000 rows take some 20 ms each.
	 */
	static final int REFRESHED_AT_MOST = 500;

	public RecordTable(Composite parent, int style) {
		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL | style);
		viewer.setUseHashlookup(true);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				realized++;
				if (index < items.size()) {
					viewer.replace(items.get(index), index);
				}
			}

			@Override
			public void inputChanged(Viewer v, Object oldInput, Object newInput) {
			}
		});
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
	}

	/** Adds a text column sorted by its text (numbers and versions should pass their own order). */
	public RecordTable<T> column(String title, int width, Function<T, String> text) {
		return column(title, width, text, null, null, null, null);
	}

	public RecordTable<T> column(String title, int width, Function<T, String> text, Comparator<T> order) {
		return column(title, width, text, order, null, null, null);
	}

	public RecordTable<T> column(String title, int width, Function<T, String> text, Comparator<T> order, Function<T, Image> image,
			Function<T, String> tooltip, Function<T, Color> foreground) {
		Column<T> column = new Column<>(title, width, text, order, image, tooltip, foreground);
		int index = columns.size();
		columns.add(column);
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
		TableColumn tableColumn = viewerColumn.getColumn();
		tableColumn.setText(title);
		tableColumn.setWidth(Math.max(width, headerWidth(title)));
		tableColumn.setMoveable(true);
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@SuppressWarnings("unchecked")
			@Override
			public String getText(Object element) {
				return nonNull(text.apply((T) element));
			}

			@SuppressWarnings("unchecked")
			@Override
			public Image getImage(Object element) {
				return image == null ? null : image.apply((T) element);
			}

			@SuppressWarnings("unchecked")
			@Override
			public String getToolTipText(Object element) {
				return tooltip == null ? null : tooltip.apply((T) element);
			}

			@SuppressWarnings("unchecked")
			@Override
			public Color getForeground(Object element) {
				return foreground == null ? null : foreground.apply((T) element);
			}
		});
		tableColumn.addListener(SWT.Selection, e -> sortBy(index, sortColumn == index ? !ascending : true));
		return this;
	}

	/** Wide enough for the title and the sort arrow, in the table's font. */
	private int headerWidth(String title) {
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(viewer.getTable());
		try {
			gc.setFont(viewer.getTable().getFont());
			return gc.textExtent(title).x + 32;
		} finally {
			gc.dispose();
		}
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	/** Sorts by column {@code index}; the view is asked to sort and page its records again. */
	public void sortBy(int index, boolean up) {
		sortColumn = index;
		ascending = up;
		Table table = viewer.getTable();
		table.setSortColumn(table.getColumn(index));
		table.setSortDirection(up ? SWT.UP : SWT.DOWN);
		sortListener.run();
	}

	/** Called when the user picks another sort column or direction. */
	public void onSort(Runnable listener) {
		sortListener = listener;
	}

	/** The order the user chose, or empty order (keep the server's) when no column was clicked. */
	public Comparator<T> order() {
		if (sortColumn < 0) {
			return (a, b) -> 0;
		}
		Column<T> column = columns.get(sortColumn);
		Comparator<T> order = column.order();
		if (order == null) {
			Collator collator = Collator.getInstance();
			order = (a, b) -> collator.compare(nonNull(column.text().apply(a)), nonNull(column.text().apply(b)));
		}
		return ascending ? order : order.reversed();
	}

	/**
	 * The order the user chose now, to apply to a query later on any thread: a text column sorts by collation
	 * keys computed once per record (with a collator of its own), which for 100,000 records is many times faster
	 * than comparing the texts.
	 */
	public UnaryOperator<ListQuery<T>> sorting() {
		if (sortColumn < 0) {
			return query -> query;
		}
		Column<T> column = columns.get(sortColumn);
		boolean up = ascending;
		if (column.order() != null) {
			return query -> query.sort(column.order(), up);
		}
		return query -> {
			Collator collator = Collator.getInstance();
			return query.sortBy(t -> collator.getCollationKey(nonNull(column.text().apply(t))), Comparator.naturalOrder(), up);
		};
	}

	/** The title of the column the records are sorted by, or null. */
	public String sortTitle() {
		return sortColumn < 0 ? null : columns.get(sortColumn).title();
	}

	/** Shows {@code records} (already sorted and paged), keeping the selected records selected. */
	public void setItems(List<T> records) {
		List<T> previous = selection();
		items = List.copyOf(records);
		Table table = viewer.getTable();
		table.setRedraw(false);
		try {
			int top = table.getTopIndex();
			// GTK takes rows away one at a time when the count shrinks, and clears realized rows one at a time:
			// emptying the table at once is far faster then
			boolean refill = table.getItemCount() > 2 * items.size() + 1000 || realized > REFRESHED_AT_MOST;
			if (refill) {
				table.removeAll();
			}
			realized = 0;
			viewer.setInput(items); // refreshes: the rows ask for their records again as they are painted
			viewer.setItemCount(items.size());
			if (refill && top > 0 && top < items.size()) {
				table.setTopIndex(top);
			}
			if (!previous.isEmpty()) {
				Map<T, Integer> index = new HashMap<>();
				for (int i = 0; i < items.size(); i++) {
					index.putIfAbsent(items.get(i), i);
				}
				table.select(previous.stream().map(index::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).toArray());
			}
		} finally {
			table.setRedraw(true);
		}
	}

	public List<T> items() {
		return items;
	}

	/** The selected records, in table order (also those of a virtual table not yet shown). */
	public List<T> selection() {
		List<T> selected = new ArrayList<>();
		for (int index : viewer.getTable().getSelectionIndices()) {
			if (index < items.size()) {
				selected.add(items.get(index));
			}
		}
		return selected;
	}

	/** The rows as tab-separated text with a header line, for the clipboard and spreadsheets. */
	public String asText(List<T> rows) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < columns.size(); i++) {
			text.append(i == 0 ? "" : "\t").append(columns.get(i).title());
		}
		for (T row : rows) {
			text.append(System.lineSeparator());
			for (int i = 0; i < columns.size(); i++) {
				text.append(i == 0 ? "" : "\t").append(nonNull(columns.get(i).text().apply(row)).replace('\t', ' '));
			}
		}
		return text.toString();
	}

	/** The selected rows (or every row when none is selected) as text for the clipboard, and how many they are. */
	public Copying.Copied copied() {
		List<T> rows = selection().isEmpty() ? items : selection();
		return new Copying.Copied(asText(rows), rows.size() == 1 ? Messages.Tables_copiedOne : NLS.bind(Messages.Tables_copied, rows.size()));
	}

	public TableViewer viewer() {
		return viewer;
	}

	public Table table() {
		return viewer.getTable();
	}
}
