package org.seatkeeper.core.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a view shows of a list: an exact-name search, a live filter, an order, and a page. Immutable:
 * each step answers a new query.
 *
 * <pre>
 * Page&lt;Feature&gt; page = ListQuery.of(features).search(Feature::name, "VR_MODE")
 * 		.filter("2027", f -&gt; f.expiry().toString()).sort(byName, true).page(20, 0);
 * </pre>
 */
public final class ListQuery<T> {

	private final List<T> items;

	private ListQuery(List<T> items) {
		this.items = items;
	}

	public static <T> ListQuery<T> of(List<T> items) {
		return new ListQuery<>(List.copyOf(items));
	}

	/**
	 * The records whose name is exactly {@code name} (case-sensitive, as names are on the server). A
	 * blank {@code name} keeps all records.
	 */
	public ListQuery<T> search(Function<T, String> nameOf, String name) {
		if (name == null || name.isBlank()) {
			return this;
		}
		String wanted = name.trim();
		return new ListQuery<>(items.stream().filter(t -> wanted.equals(nameOf.apply(t))).toList());
	}

	/**
	 * The records in which every word of {@code text} occurs, without regard to case, in at least one
	 * of {@code columns}. A blank {@code text} keeps all records.
	 */
	@SafeVarargs
	public final ListQuery<T> filter(String text, Function<T, String>... columns) {
		if (text == null || text.isBlank()) {
			return this;
		}
		String[] words = text.trim().toLowerCase(Locale.ROOT).split("\\s+");
		List<T> kept = new ArrayList<>();
		for (T item : items) {
			List<String> values = new ArrayList<>(columns.length);
			for (Function<T, String> column : columns) {
				String value = column.apply(item);
				values.add(value == null ? "" : value.toLowerCase(Locale.ROOT));
			}
			boolean all = true;
			for (String word : words) {
				if (values.stream().noneMatch(v -> v.contains(word))) {
					all = false;
					break;
				}
			}
			if (all) {
				kept.add(item);
			}
		}
		return new ListQuery<>(List.copyOf(kept));
	}

	/** The records in {@code order}, or reversed; equal records keep their order. */
	public ListQuery<T> sort(Comparator<? super T> order, boolean ascending) {
		List<T> sorted = new ArrayList<>(items);
		sorted.sort(ascending ? order : order.reversed());
		return new ListQuery<>(List.copyOf(sorted));
	}

	/**
	 * The records in the order of their {@code key}s, or reversed; equal records keep their order. Each key is
	 * computed once (a collation key, say), not at every comparison, so that 100,000 records sort by text in a
	 * fraction of the time a comparator on the text takes.
	 */
	public <K> ListQuery<T> sortBy(Function<? super T, ? extends K> key, Comparator<? super K> keyOrder, boolean ascending) {
		record Keyed<T, K>(T item, K key) {
		}
		List<Keyed<T, K>> keyed = new ArrayList<>(items.size());
		for (T item : items) {
			keyed.add(new Keyed<>(item, key.apply(item)));
		}
		Comparator<Keyed<T, K>> order = (a, b) -> keyOrder.compare(a.key(), b.key());
		keyed.sort(ascending ? order : order.reversed());
		List<T> sorted = new ArrayList<>(keyed.size());
		for (Keyed<T, K> each : keyed) {
			sorted.add(each.item());
		}
		return new ListQuery<>(java.util.Collections.unmodifiableList(sorted));
	}

	/** All records the query keeps. */
	public List<T> items() {
		return items;
	}

	/**
	 * Page {@code index} (from 0) with {@code size} records per page. An index past the last page gives
	 * the last page, so that a list that shrank still shows records.
	 */
	public Page<T> page(int size, int index) {
		if (size < 1) {
			throw new IllegalArgumentException("The page size must be at least 1, not " + size);
		}
		int pages = Math.max(1, (items.size() + size - 1) / size);
		int clamped = Math.max(0, Math.min(index, pages - 1));
		int from = clamped * size;
		return new Page<>(items.subList(from, Math.min(items.size(), from + size)), clamped, size, items.size());
	}
}
