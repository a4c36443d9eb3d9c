package org.seatkeeper.ui.internal.history;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.seatkeeper.history.report.PeakReport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.jobs.Background;

/**
 * The peak report of the current server: per feature and month of a range, the peak use, the average, the peak
 * as a percentage of the count and the hours at 100 %, and the same over the range; what an administrator takes
 * to a renewal. Export as CSV or HTML in the view's toolbar; the same report as {@code ./seatkeeper report peaks}.
 */
public final class PeakReportView extends HistoryPart {

	public static final String ID = SeatkeeperUi.PEAK_REPORT_VIEW_ID;
	private static final int MONTHS_OFFERED = 36;

	/** One line of the table: a measure of a feature. */
	record Line(PeakReport.Row row, int measure) {
	}

	private Combo from;
	private Combo to;
	private TableViewer table;
	private PeakReport report;
	private final List<YearMonth> offered = new ArrayList<>();

	@Override
	protected Control createContent(Composite parent) {
		Composite content = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(content);
		Composite controls = new Composite(content, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(controls);
		new Label(controls, SWT.NONE).setText(Messages.Peaks_from);
		from = new Combo(controls, SWT.READ_ONLY);
		from.setData("name", "from");
		new Label(controls, SWT.NONE).setText(Messages.Peaks_to);
		to = new Combo(controls, SWT.READ_ONLY);
		to.setData("name", "to");
		YearMonth now = YearMonth.now();
		for (int i = MONTHS_OFFERED - 1; i >= 0; i--) {
			offered.add(now.minusMonths(i));
		}
		String[] items = offered.stream().map(YearMonth::toString).toArray(String[]::new);
		from.setItems(items);
		to.setItems(items);
		from.select(MONTHS_OFFERED - 12);
		to.select(MONTHS_OFFERED - 1);
		from.addListener(SWT.Selection, e -> reload());
		to.addListener(SWT.Selection, e -> reload());
		table = new TableViewer(content, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		table.getTable().setData("name", "report");
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getTable());
		getViewSite().getActionBars().getToolBarManager().add(export(Messages.Peaks_exportCsv, "csv"));
		getViewSite().getActionBars().getToolBarManager().add(export(Messages.Peaks_exportHtml, "html"));
		return content;
	}

	private Action export(String text, String kind) {
		return new Action(text) {
			@Override
			public void run() {
				if (report == null) {
					return;
				}
				FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
				dialog.setFilterExtensions(new String[] { "*." + kind, "*.*" });
				dialog.setFileName("peaks-" + report.server().replaceAll("[^A-Za-z0-9._-]+", "-") + "." + kind);
				dialog.setOverwrite(true);
				String chosen = dialog.open();
				if (chosen != null) {
					write(kind.equals("html"), Path.of(chosen));
				}
			}
		};
	}

	/** Writes the report shown to {@code file} as HTML or CSV, in a Job. */
	public Job write(boolean html, Path file) {
		String text = html ? report.html() : report.csv();
		return Background.work(NLS.bind(Messages.Usage_writing, file.getFileName()), monitor -> Files.writeString(file, text, StandardCharsets.UTF_8))
				.busyIn(getSite()).deliverTo(table.getTable()).onSuccess(done -> say(NLS.bind(Messages.Usage_written, done), false))
				.onFailure(failure -> say(NLS.bind(Messages.Usage_writeFailed, file, failure.message()), true)).schedule();
	}

	@Override
	protected void reload() {
		String name = server.name();
		YearMonth first = offered.get(Math.min(from.getSelectionIndex(), to.getSelectionIndex()));
		YearMonth last = offered.get(Math.max(from.getSelectionIndex(), to.getSelectionIndex()));
		Background.work(Messages.Peaks_reading, monitor -> history.read(db -> PeakReport.of(name, db.demo(name), first, last, db.peaks(name, first,
				last)))).busyIn(getSite()).deliverTo(table.getTable()).onSuccess(this::show).onFailure(failure -> say(failure.message(), true))
				.schedule();
	}

	private void show(PeakReport shown) {
		report = shown;
		table.getTable().setRedraw(false);
		try {
			for (TableColumn column : table.getTable().getColumns()) {
				column.dispose();
			}
			column(Messages.Peaks_feature, 140, SWT.LEFT, line -> line.measure() == 0 ? line.row().feature().feature() : "");
			column(Messages.Peaks_version, 60, SWT.LEFT, line -> line.measure() == 0 ? line.row().feature().version() : "");
			column(Messages.Peaks_measure, 110, SWT.LEFT, line -> PeakReport.MEASURES.get(line.measure()));
			for (YearMonth month : shown.months()) {
				column(month.toString(), 64, SWT.RIGHT, line -> PeakReport.value(line.row().months().get(month), line.measure()));
			}
			column(Messages.Peaks_total, 70, SWT.RIGHT, line -> PeakReport.value(line.row().range(), line.measure()));
			column("", 10, SWT.LEFT, line -> ""); // takes the rest of the width, so that Total stays beside the months
			List<Line> lines = new ArrayList<>();
			for (PeakReport.Row row : shown.rows()) {
				for (int m = 0; m < PeakReport.MEASURES.size(); m++) {
					lines.add(new Line(row, m));
				}
			}
			table.setInput(lines);
		} finally {
			table.getTable().setRedraw(true);
		}
		say(shown.rows().isEmpty() ? NLS.bind(Messages.Peaks_none, shown.title()) : NLS.bind(Messages.Peaks_shown, shown.title(), shown.rows().size()),
				false);
	}

	private void column(String title, int width, int align, java.util.function.Function<Line, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, align);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> text.apply((Line) element)));
	}

	/** The report shown, for tests. */
	public PeakReport report() {
		return report;
	}

	public TableViewer table() {
		return table;
	}
}
