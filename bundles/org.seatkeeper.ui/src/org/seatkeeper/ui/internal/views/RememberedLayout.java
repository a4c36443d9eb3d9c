package org.seatkeeper.ui.internal.views;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IMemento;

/**
 * What a person arranged in a view — the weights of its sashes, the widths of its tables' columns — kept in
 * the view's memento, which the workbench saves when the view closes and when the workbench exits, and gives
 * back when the view opens again.
 */
public final class RememberedLayout {

	private final Map<String, String> saved = new HashMap<>();
	private final Map<String, Supplier<String>> current = new LinkedHashMap<>();

	/** Takes what {@code memento} (null when the view opens for the first time) holds. */
	public void restoreFrom(IMemento memento) {
		if (memento != null) {
			for (String key : memento.getAttributeKeys()) {
				saved.put(key, memento.getString(key));
			}
		}
	}

	/** Writes the current arrangement into {@code memento}. */
	public void saveTo(IMemento memento) {
		current.forEach((key, value) -> {
			String text = value.get();
			if (text != null) {
				memento.putString(key, text);
			}
		});
	}

	/** Gives {@code sash} its remembered weights, else {@code defaults}, and remembers what the person makes of them. */
	public void sash(String key, SashForm sash, int... defaults) {
		int[] weights = numbers(saved.get(key), defaults.length);
		sash.setWeights(weights != null ? weights : defaults);
		remember(key, sash, () -> text(sash.getWeights()));
	}

	/** Gives {@code table}'s columns their remembered widths, and remembers what the person makes of them. */
	public void columns(String key, Table table) {
		TableColumn[] columns = table.getColumns();
		int[] widths = numbers(saved.get(key), columns.length);
		if (widths != null) {
			for (int i = 0; i < columns.length; i++) {
				columns[i].setWidth(widths[i]);
			}
		}
		remember(key, table, () -> text(Arrays.stream(table.getColumns()).mapToInt(TableColumn::getWidth).toArray()));
	}

	/** Reads the value while {@code control} lives, and keeps the last one read before it is disposed. */
	private void remember(String key, Control control, Supplier<String> value) {
		String[] last = { null };
		control.addDisposeListener(e -> last[0] = value.get());
		current.put(key, () -> control.isDisposed() ? last[0] : value.get());
	}

	private static String text(int[] numbers) {
		return Arrays.stream(numbers).mapToObj(Integer::toString).collect(Collectors.joining(","));
	}

	/** {@code count} positive numbers from {@code text}, or null when it does not hold them (first opening, or a new layout). */
	static int[] numbers(String text, int count) {
		if (text == null) {
			return null;
		}
		String[] parts = text.split(",");
		if (parts.length != count) {
			return null;
		}
		int[] numbers = new int[count];
		try {
			for (int i = 0; i < count; i++) {
				numbers[i] = Integer.parseInt(parts[i].trim());
				if (numbers[i] <= 0) {
					return null;
				}
			}
		} catch (NumberFormatException e) {
			return null;
		}
		return numbers;
	}
}
