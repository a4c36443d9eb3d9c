package org.seatkeeper.ui.internal.tables;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;

/**
 * The view's selection for the workbench (e.g. the Properties view): the records selected in whichever of
 * its tables was used last.
 */
public final class SelectionFromTables implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private ISelection selection = StructuredSelection.EMPTY;

	public SelectionFromTables(RecordTable<?>... tables) {
		for (RecordTable<?> table : tables) {
			table.viewer().addSelectionChangedListener(e -> changed(table));
			table.table().addListener(SWT.FocusIn, e -> changed(table));
		}
	}

	private void changed(RecordTable<?> table) {
		setSelection(new StructuredSelection(table.selection()));
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void setSelection(ISelection newSelection) {
		selection = newSelection;
		SelectionChangedEvent event = new SelectionChangedEvent(this, newSelection);
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}
}
