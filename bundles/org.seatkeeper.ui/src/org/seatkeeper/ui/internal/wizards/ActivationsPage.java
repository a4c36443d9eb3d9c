package org.seatkeeper.ui.internal.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.seatkeeper.core.domain.ActivationCount;
import org.seatkeeper.core.offline.ActivationList;

/** The activation ids of an offline activation request, each with the copies that should remain. */
public final class ActivationsPage extends WizardPage {

	/** A row being edited. */
	static final class Line {
		String id = "";
		String count = "";

		Line(String id, String count) {
			this.id = id;
			this.count = count;
		}
	}

	private final List<Line> lines = new ArrayList<>(List.of(new Line("", "")));
	private TableViewer viewer;
	private List<ActivationCount> activations = List.of();

	ActivationsPage() {
		super("activations", "Activations", null);
		setDescription("List the activation ids and how many copies of each should remain on the server (0 returns them all).");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column("Activation ID", 300, line -> line.id, (line, value) -> line.id = value);
		column("Copies to keep", 130, line -> line.count, (line, value) -> line.count = value);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(lines);
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
				ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		GridDataFactory.fillDefaults().grab(true, true).hint(440, 180).applyTo(viewer.getTable());

		Composite buttons = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		Button add = new Button(buttons, SWT.PUSH);
		add.setText("&Add");
		GridDataFactory.fillDefaults().applyTo(add);
		add.addListener(SWT.Selection, event -> {
			Line line = new Line("", "");
			lines.add(line);
			viewer.refresh();
			viewer.editElement(line, 0);
			check();
		});
		Button remove = new Button(buttons, SWT.PUSH);
		remove.setText("&Remove");
		GridDataFactory.fillDefaults().applyTo(remove);
		remove.addListener(SWT.Selection, event -> {
			viewer.getStructuredSelection().toList().forEach(lines::remove);
			viewer.refresh();
			check();
		});
		remove.setEnabled(false);
		viewer.addSelectionChangedListener(event -> remove.setEnabled(!event.getSelection().isEmpty()));

		Label hint = new Label(body, SWT.WRAP);
		hint.setText("The count is what should remain, not what to add: 8 copies on the server and a count of 10 asks for 2 more; "
				+ "a count of 0 returns the activation. Double-click or press F2 to edit a cell.");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(440, SWT.DEFAULT).applyTo(hint);
		setControl(body);
		check();
	}

	private interface Setter {
		void set(Line line, String value);
	}

	private void column(String title, int width, java.util.function.Function<Line, String> getter, Setter setter) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return getter.apply((Line) element);
			}
		});
		column.setEditingSupport(new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new TextCellEditor(viewer.getTable());
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return getter.apply((Line) element);
			}

			@Override
			protected void setValue(Object element, Object value) {
				setter.set((Line) element, String.valueOf(value));
				viewer.update(element, null);
				check();
			}
		});
	}

	/** Replaces the rows, as if typed; for tests. */
	public void setRows(List<ActivationList.Row> rows) {
		lines.clear();
		rows.forEach(row -> lines.add(new Line(row.id(), row.count())));
		viewer.refresh();
		check();
	}

	/** The table, for tests. */
	public TableViewer viewer() {
		return viewer;
	}

	/** The activations of the rows, once they are right. */
	public List<ActivationCount> activations() {
		return activations;
	}

	private void check() {
		ActivationList.Checked checked = ActivationList.check(lines.stream().map(line -> new ActivationList.Row(line.id, line.count)).toList());
		activations = checked.activations();
		if (lines.stream().allMatch(line -> line.id.isBlank() && line.count.isBlank())) {
			setErrorMessage(null); // nothing typed yet: nothing wrong yet
			setPageComplete(false);
			return;
		}
		setErrorMessage(checked.ok() ? null : checked.problems().get(0) + (checked.problems().size() > 1
				? " (and " + (checked.problems().size() - 1) + " more)" : ""));
		setPageComplete(checked.ok());
	}
}
