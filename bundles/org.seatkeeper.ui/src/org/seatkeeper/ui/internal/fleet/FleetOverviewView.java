package org.seatkeeper.ui.internal.fleet;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.seatkeeper.core.files.AtomicFiles;
import org.seatkeeper.core.fleet.FleetCsv;
import org.seatkeeper.core.fleet.FleetSurvey.Row;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.core.fleet.ServerList;
import org.seatkeeper.ui.internal.jobs.Background;
import org.seatkeeper.ui.internal.views.ServerView;

/**
 * Fleet Overview: every server of the list in one table with its key figures, asked in the background (at
 * most 8 servers at once, each within its own limit: a slow or dead server's row says why while the others
 * fill in). Columns sort, the filter finds a server by any text shown, double-click makes a server the
 * current one, and Export CSV writes the table as shown.
 */
public class FleetOverviewView extends FleetPart {

	/** One row: a server and what it last answered. */
	public record Line(ServerEntry server, Optional<Row> row) {
	}

	private TableViewer viewer;
	private Text filter;
	private Label summary;
	private final List<Column> columns = new ArrayList<>();
	private Column sortColumn;
	private boolean descending;

	/** A column: its title, its text and how it sorts. */
	private record Column(String title, Function<Line, String> text, Comparator<Line> order) {
	}

	@Override
	protected Control createContent(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(0, 0).spacing(0, 0).applyTo(root);

		Composite bar = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 4).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		filter = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.Overview_filter);
		filter.setData("name", "filter");
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(filter);
		Button refresh = new Button(bar, SWT.PUSH);
		refresh.setText(Messages.Overview_refresh);
		refresh.setData("name", "refresh");
		refresh.addListener(SWT.Selection, e -> status.refresh());
		Button export = new Button(bar, SWT.PUSH);
		export.setText(Messages.Overview_export);
		export.setData("name", "export");
		export.addListener(SWT.Selection, e -> exportCsv());

		viewer = new TableViewer(root, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setData("name", "fleet");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		LocalDate today = LocalDate.now();
		addColumn(Messages.Overview_state, 130, SWT.LEFT, l -> l.server().embedded() && l.row().isEmpty() ? Messages.Fleet_notStarted
				: Figures.state(l.row()), Comparator.comparing(l -> l.row().map(r -> r.state().ordinal()).orElse(9)));
		addColumn(Messages.Servers_server, 170, SWT.LEFT, l -> l.server().name(), Comparator.comparing(l -> l.server().name().toLowerCase(Locale.ROOT)));
		addColumn(Messages.Overview_group, 100, SWT.LEFT, l -> l.server().group(), Comparator.comparing(l -> l.server().group().toLowerCase(Locale.ROOT)));
		addColumn(Messages.Servers_version, 130, SWT.LEFT, l -> Figures.version(l.row()), Comparator.comparing(l -> Figures.version(l.row())));
		addColumn(Messages.Servers_features, 70, SWT.RIGHT, l -> Figures.features(l.row()), number(r -> r.features()));
		addColumn(Messages.Servers_inUse, 150, SWT.RIGHT, l -> Figures.inUse(l.row()), number(r -> r.count() == 0 ? -1 : r.percentInUse()));
		addColumn(Messages.Servers_expiry, 180, SWT.LEFT, l -> Figures.nearestExpiry(l.row(), today),
				Comparator.comparing(l -> l.row().map(Row::nearestExpiry).orElse(null), Comparator.nullsLast(Comparator.naturalOrder())));
		addColumn(Messages.Servers_devices, 70, SWT.RIGHT, l -> Figures.devices(l.row()), number(r -> r.devices()));
		addColumn(Messages.Overview_detail, 260, SWT.LEFT, l -> l.row().map(Row::detail).orElse(""),
				Comparator.comparing(l -> l.row().map(Row::detail).orElse("")));
		addColumn(Messages.Overview_address, 170, SWT.LEFT, l -> l.server().embedded() ? Messages.Overview_embedded
				: l.server().address().hostAndPort(), Comparator.comparing(l -> l.server().url()));
		addColumn(Messages.Overview_took, 80, SWT.RIGHT, l -> Figures.took(l.row()), number(r -> r.took().toMillis()));
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				if (sortColumn == null) {
					return 0; // list order
				}
				int order = sortColumn.order().compare((Line) a, (Line) b);
				return descending ? -order : order;
			}
		});
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
				if (wanted.isEmpty()) {
					return true;
				}
				Line line = (Line) element;
				return columns.stream().anyMatch(c -> c.text().apply(line).toLowerCase(Locale.ROOT).contains(wanted))
						|| line.server().notes().toLowerCase(Locale.ROOT).contains(wanted);
			}
		});
		filter.addListener(SWT.Modify, e -> {
			viewer.refresh();
			updateSummary();
		});
		viewer.addDoubleClickListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first instanceof Line line) {
				fleet.setCurrent(line.server().name());
			}
		});
		summary = new Label(root, SWT.NONE);
		summary.setData("name", "summary");
		GridDataFactory.fillDefaults().grab(true, false).indent(6, 3).applyTo(summary);

		return table;
	}

	private static Comparator<Line> number(java.util.function.ToDoubleFunction<Row> value) {
		return Comparator.comparingDouble(l -> l.row().filter(r -> r.state() == org.seatkeeper.core.fleet.FleetSurvey.State.UP)
				.map(r -> value.applyAsDouble(r)).orElse(Double.NEGATIVE_INFINITY));
	}

	private void addColumn(String title, int width, int align, Function<Line, String> text, Comparator<Line> order) {
		Column column = new Column(title, text, order);
		boolean first = columns.isEmpty();
		columns.add(column);
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, align);
		TableColumn swtColumn = viewerColumn.getColumn();
		swtColumn.setText(title);
		swtColumn.setWidth(width);
		swtColumn.setMoveable(true);
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Line) element);
			}

			@Override
			public Image getImage(Object element) {
				return first ? resources.create(Figures.light(((Line) element).row())) : null;
			}

			@Override
			public Font getFont(Object element) {
				return ((Line) element).server().name().equalsIgnoreCase(fleet.currentName()) ? ServerView.boldFont() : null;
			}

			@Override
			public String getToolTipText(Object element) {
				return ((Line) element).row().map(Row::detail).filter(d -> !d.isEmpty()).orElse(null);
			}
		});
		swtColumn.addListener(SWT.Selection, e -> sortBy(column, swtColumn));
	}

	/** Sorts by {@code column}; a second click on it reverses the order. */
	public void sortBy(int index, boolean down) {
		TableColumn swtColumn = viewer.getTable().getColumn(index);
		sortColumn = columns.get(index);
		descending = down;
		viewer.getTable().setSortColumn(swtColumn);
		viewer.getTable().setSortDirection(down ? SWT.DOWN : SWT.UP);
		viewer.refresh();
	}

	private void sortBy(Column column, TableColumn swtColumn) {
		boolean down = sortColumn == column && !descending;
		sortBy(columns.indexOf(column), down);
	}

	/** The lines of the list, each with its last figures. */
	private List<Line> lines() {
		List<Line> lines = new ArrayList<>();
		for (ServerEntry entry : fleet.list().map(ServerList::entries).orElse(List.of())) {
			lines.add(new Line(entry, status.row(entry.name())));
		}
		return lines;
	}

	@Override
	protected void listChanged() {
		reload();
	}

	@Override
	protected void figuresChanged() {
		reload();
	}

	private void reload() {
		viewer.setInput(lines());
		updateSummary();
	}

	private void updateSummary() {
		int all = ((List<?>) viewer.getInput()).size();
		int shown = viewer.getTable().getItemCount();
		StringBuilder text = new StringBuilder(shown == all ? NLS.bind(all == 1 ? Messages.Servers_countOne : Messages.Servers_count, all)
				: NLS.bind(Messages.Overview_shown, shown, all));
		long down = lines().stream().filter(l -> l.row().isPresent() && l.row().get().state() != org.seatkeeper.core.fleet.FleetSurvey.State.UP)
				.count();
		if (down > 0) {
			text.append("  \u00b7  ").append(NLS.bind(Messages.Overview_notUp, down));
		}
		appendSurveyState(text);
		summary.setText(text.toString());
		summary.getParent().layout();
	}

	/** The rows as shown: filtered and sorted. */
	public List<Line> shown() {
		List<Line> shown = new ArrayList<>();
		for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
			shown.add((Line) viewer.getElementAt(i));
		}
		return shown;
	}

	private void exportCsv() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.Overview_exportTitle);
		dialog.setFilterExtensions(new String[] { "*.csv", "*" });
		dialog.setFileName("fleet-" + LocalDate.now() + ".csv");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			exportCsv(Path.of(chosen));
		}
	}

	/** Writes the rows as shown (filtered and sorted) to {@code file} as CSV, in a Job. */
	public void exportCsv(Path file) {
		String csv = FleetCsv.write(shown().stream().map(l -> new FleetCsv.Line(l.server(), l.row())).toList());
		Background.work(NLS.bind(Messages.Overview_exporting, file.getFileName()), monitor -> {
			AtomicFiles.write(file, csv.getBytes(StandardCharsets.UTF_8));
			return file;
		}).busyIn(getSite()).deliverTo(viewer.getControl())
				.onFailure(failure -> MessageDialog.openError(getSite().getShell(), Messages.Overview_exportTitle,
						NLS.bind(Messages.Edit_exportFailed, file, failure.message())))
				.schedule();
	}

	public TableViewer viewer() {
		return viewer;
	}

	public Text filter() {
		return filter;
	}
}
