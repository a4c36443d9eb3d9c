package org.seatkeeper.core.query;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the records on the page
 * @param index the page's index, from 0
 * @param size  the page size (records per page)
 * @param total how many records all pages hold
 */
public record Page<T>(List<T> items, int index, int size, int total) {

	public Page {
		items = List.copyOf(items);
		if (size < 1) {
			throw new IllegalArgumentException("A page holds at least one record, not " + size);
		}
	}

	/** How many pages there are; an empty list has one (empty) page. */
	public int pageCount() {
		return Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return index > 0;
	}

	public boolean hasNext() {
		return index < pageCount() - 1;
	}

	/** The 1-based number of the page's first record, 0 when empty. */
	public int firstRecord() {
		return items.isEmpty() ? 0 : index * size + 1;
	}

	/** The 1-based number of the page's last record, 0 when empty. */
	public int lastRecord() {
		return items.isEmpty() ? 0 : index * size + items.size();
	}

	/** "21–40 of 215", or "0 of 0". */
	public String describe() {
		return items.isEmpty() ? "0 of " + total : firstRecord() + "\u2013" + lastRecord() + " of " + total;
	}
}
