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
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.ActivationCount;
import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.core.offline.ActivationList;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.tables.RecordTable;

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

	/**
	 * An activation the server holds now.
	 *
	 * @param features its feature records, e.g. "f1 1.0 ×10"
	 * @param copies   its counts, summed over its records
	 */
	public record Held(String activationId, String features, int copies) {
	}

	private final ServerConnections connections;
	private final List<Line> lines = new ArrayList<>(List.of(new Line("", "")));
	private RecordTable<Held> held;
	private int loads;
	private TableViewer viewer;
	private List<ActivationCount> activations = List.of();

	ActivationsPage(ServerConnections connections) {
		super("activations", Messages.Activations_title, null);
		this.connections = connections;
		setDescription(Messages.Activations_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(Messages.Activations_id, 300, line -> line.id, (line, value) -> line.id = value);
		column(Messages.Activations_keep, 130, line -> line.count, (line, value) -> line.count = value);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(lines);
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
				ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		GridDataFactory.fillDefaults().grab(true, true).hint(440, 120).applyTo(viewer.getTable());

		Composite buttons = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		Button add = new Button(buttons, SWT.PUSH);
		add.setText(Messages.Activations_add);
		GridDataFactory.fillDefaults().applyTo(add);
		add.addListener(SWT.Selection, event -> {
			Line line = new Line("", "");
			lines.add(line);
			viewer.refresh();
			viewer.editElement(line, 0);
			check();
		});
		Button remove = new Button(buttons, SWT.PUSH);
		remove.setText(Messages.Activations_remove);
		GridDataFactory.fillDefaults().applyTo(remove);
		remove.addListener(SWT.Selection, event -> {
			viewer.getStructuredSelection().toList().forEach(lines::remove);
			viewer.refresh();
			check();
		});
		remove.setEnabled(false);
		viewer.addSelectionChangedListener(event -> remove.setEnabled(!event.getSelection().isEmpty()));

		Label hint = new Label(body, SWT.WRAP);
		hint.setText(Messages.Activations_hint);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(440, SWT.DEFAULT).applyTo(hint);

		Label server = new Label(body, SWT.NONE);
		server.setText(Messages.Activations_onServer);
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(server);
		held = new RecordTable<Held>(body, SWT.SINGLE)
				.column(Messages.Activations_id, 170, Held::activationId)
				.column(Messages.Activations_records, 220, Held::features, null, null, Held::features, null)
				.column(Messages.Activations_copies, 70, h -> String.valueOf(h.copies()), java.util.Comparator.comparingInt(Held::copies));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(440, 110).applyTo(held.table());
		held.viewer().addDoubleClickListener(event -> held.selection().forEach(this::add));
		setControl(body);
		check();
		loadHeld();
	}

	/** Adds {@code activation} with the copies it has, unless it is listed already; for the double-click and tests. */
	public void add(Held activation) {
		if (lines.stream().anyMatch(line -> line.id.strip().equals(activation.activationId()))) {
			return;
		}
		lines.removeIf(line -> line.id.isBlank() && line.count.isBlank());
		Line line = new Line(activation.activationId(), String.valueOf(activation.copies()));
		lines.add(line);
		viewer.refresh();
		viewer.editElement(line, 1);
		check();
	}

	/** The activations the server holds, as shown; for tests. */
	public List<Held> held() {
		return held.items();
	}

	/** Whether the server's activations are being read, for tests. */
	public boolean loading() {
		return loads > 0;
	}

	private void loadHeld() {
		loads++;
		WizardSupport.inBackground(Messages.Activations_reading, held.table(), monitor -> {
			try {
				return activations(connections.client(monitor).features(monitor));
			} catch (ServerException e) {
				return List.<Held>of();
			}
		}, activations -> {
			loads--;
			held.setItems(activations);
		});
	}

	static List<Held> activations(List<Feature> features) {
		java.util.Map<String, List<Feature>> byActivation = new java.util.TreeMap<>();
		for (Feature feature : features) {
			if (!feature.activationId().isEmpty()) {
				byActivation.computeIfAbsent(feature.activationId(), id -> new ArrayList<>()).add(feature);
			}
		}
		List<Held> activations = new ArrayList<>();
		byActivation.forEach((id, records) -> activations.add(new Held(id, String.join(", ", records.stream()
				.map(f -> f.name() + " " + f.version() + " \u00d7" + f.count()).toList()), records.stream().mapToInt(Feature::count).sum())));
		return activations;
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
				? " " + NLS.bind(Messages.Activations_more, checked.problems().size() - 1) : ""));
		setPageComplete(checked.ok());
	}
}
