package org.seatkeeper.ui.internal.tables;

import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.seatkeeper.ui.internal.views.ServerView;

/**
 * The details of the selected record under a list: a title, name–value pairs in columns (values can be
 * selected and copied), and a table of related records below them.
 */
public final class DetailsPane {

	private final Composite control;
	private final Label title;
	private final Composite fields;
	private final Label tableTitle;

	public DetailsPane(Composite parent, String tableCaption) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(4, 4).applyTo(control);
		title = new Label(control, SWT.NONE);
		title.setFont(ServerView.boldFont());
		title.setData("name", "detailsTitle");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		fields = new Composite(control, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2 * MIN_PAIRS).spacing(8, 3).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(fields);
		// as many name-value pairs side by side as the width takes, so that the rows (and the table below) keep their height
		fields.addListener(SWT.Resize, e -> fitColumns());
		tableTitle = new Label(control, SWT.NONE);
		tableTitle.setText(tableCaption);
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 6).applyTo(tableTitle);
	}

	/** The fewest and most name-value pairs in a row, and the width one pair needs. */
	private static final int MIN_PAIRS = 3;
	private static final int MAX_PAIRS = 5;
	private static final int PAIR_WIDTH = 300;

	private void fitColumns() {
		int width = fields.getClientArea().width;
		int pairs = Math.max(MIN_PAIRS, Math.min(MAX_PAIRS, width / PAIR_WIDTH));
		org.eclipse.swt.layout.GridLayout layout = (org.eclipse.swt.layout.GridLayout) fields.getLayout();
		if (width > 0 && layout.numColumns != 2 * pairs) {
			layout.numColumns = 2 * pairs;
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					control.getParent().layout(true, true);
				}
			});
		}
	}

	public Composite control() {
		return control;
	}

	/** Shows {@code values} (name → value, in order) under {@code heading}. */
	public void show(String heading, Map<String, String> values) {
		title.setText(heading);
		for (Control child : fields.getChildren()) {
			child.dispose();
		}
		for (Map.Entry<String, String> entry : values.entrySet()) {
			Label name = new Label(fields, SWT.NONE);
			name.setText(entry.getKey() + ":");
			Text value = new Text(fields, SWT.READ_ONLY);
			value.setText(entry.getValue() == null || entry.getValue().isEmpty() ? "\u2014" : entry.getValue());
			value.setToolTipText(value.getText().length() > 16 ? value.getText() : null); // the whole of a value the column cuts
			value.setData("name", entry.getKey());
			GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(value);
		}
		control.layout(true, true);
		Tables.fitScrolling(control);
	}

	public void caption(String text) {
		tableTitle.setText(text);
	}

	/** The values shown, by name, for tests. */
	public Map<String, String> values() {
		Map<String, String> values = new java.util.LinkedHashMap<>();
		Control[] children = fields.getChildren();
		for (int i = 0; i + 1 < children.length; i += 2) {
			String name = ((Label) children[i]).getText();
			values.put(name.substring(0, name.length() - 1), ((Text) children[i + 1]).getText());
		}
		return values;
	}

	public String title() {
		return title.getText();
	}

}
