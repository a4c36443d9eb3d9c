package org.seatkeeper.ui.internal.tables;

import java.util.function.IntConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.seatkeeper.core.query.Page;

/**
 * The page navigation under a list: first, previous, "Records 21–40 of 215 · Page 2 of 11", next, last.
 */
public final class PagingBar {

	private final Composite bar;
	private final Button first;
	private final Button previous;
	private final Label summary;
	private final Button next;
	private final Button last;
	private Page<?> page;

	/** {@code goTo} is called with the page index the user asks for. */
	public PagingBar(Composite parent, IntConsumer goTo) {
		bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).margins(4, 2).applyTo(bar);
		first = button("\u00ab", Messages.Paging_first, () -> goTo.accept(0));
		previous = button("\u2039", Messages.Paging_previous, () -> goTo.accept(page.index() - 1));
		summary = new Label(bar, SWT.CENTER);
		summary.setData("name", "paging");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.CENTER, SWT.CENTER).applyTo(summary);
		next = button("\u203a", Messages.Paging_next, () -> goTo.accept(page.index() + 1));
		last = button("\u00bb", Messages.Paging_last, () -> goTo.accept(page.pageCount() - 1));
		show(new Page<>(java.util.List.of(), 0, 1, 0));
	}

	private Button button(String text, String tooltip, Runnable action) {
		Button button = new Button(bar, SWT.PUSH | SWT.FLAT);
		button.setText(text);
		button.setToolTipText(tooltip);
		button.setData("name", tooltip);
		button.addListener(SWT.Selection, e -> action.run());
		GridDataFactory.swtDefaults().hint(36, SWT.DEFAULT).applyTo(button);
		return button;
	}

	public void show(Page<?> shown) {
		page = shown;
		summary.setText(NLS.bind(Messages.Paging_summary, new Object[] { shown.describe(), shown.index() + 1, shown.pageCount() }));
		first.setEnabled(shown.hasPrevious());
		previous.setEnabled(shown.hasPrevious());
		next.setEnabled(shown.hasNext());
		last.setEnabled(shown.hasNext());
		showBar(shown.pageCount() > 1);
		bar.layout();
	}

	/** Says what is being done to the records until the next {@link #show}. */
	public void busy(String doing) {
		summary.setText(doing);
		showBar(true);
		bar.layout();
	}

	/**
	 * Shows the bar while there is more than one page or work to report; one page needs no paging, and the view's
	 * description already counts the records: the table gets the height.
	 */
	private void showBar(boolean shown) {
		if (bar.getLayoutData() instanceof GridData data && data.exclude == shown) {
			data.exclude = !shown;
			bar.setVisible(shown);
			bar.getParent().layout(true, true);
		}
	}

	/** True while the bar takes room in its view. */
	public boolean isShown() {
		return bar.isVisible();
	}

	public String text() {
		return summary.getText();
	}

	public Composite control() {
		return bar;
	}
}
