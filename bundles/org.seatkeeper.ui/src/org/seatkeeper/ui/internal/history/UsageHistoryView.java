package org.seatkeeper.ui.internal.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.svg.SVGGraphics2D;
import org.seatkeeper.core.files.Csv;
import org.seatkeeper.history.FeatureKey;
import org.seatkeeper.history.UsageSeries.Resolution;
import org.seatkeeper.history.UsageSeries;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.jobs.Background;

/**
 * The use of the current server's features over time, from the usage history: pick features on the left and a
 * range (24 hours, 7 days, 30 days, 12 months or from–to); the resolution follows the range unless chosen; use
 * against count as lines or areas; the highest use marked; drag to zoom, the mouse wheel zooms and Shift+wheel
 * pans; hover for exact values; a gap where the history has none. Export CSV and Save as PNG or SVG in the
 * view's toolbar.
 */
public final class UsageHistoryView extends HistoryPart {

	public static final String ID = SeatkeeperUi.USAGE_HISTORY_VIEW_ID;

	/** The ranges offered, in the order of the combo; the last is the custom one. */
	private static final Duration[] RANGES = { Duration.ofHours(24), Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(365) };
	private static final int CUSTOM = RANGES.length;
	private static final int SHOWN_AT_FIRST = 3;

	private CheckboxTableViewer features;
	private Combo range;
	private DateTime from;
	private DateTime to;
	private Combo resolution;
	private Combo style;
	private ChartComposite chartView;
	private JFreeChart chart;
	private List<UsageSeries> shown = List.of();
	private String shownServer = "";
	/** The features checked for each server, kept while the window runs. */
	private final Map<String, Set<FeatureKey>> checked = new HashMap<>();
	private long reads;
	/** Whether the server shown has the demo server's made-up history. */
	private boolean demo;

	@Override
	protected Control createContent(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		Composite left = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(left);
		Label title = new Label(left, SWT.NONE);
		title.setText(Messages.Usage_features);
		features = CheckboxTableViewer.newCheckList(left, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		features.getTable().setData("name", "features");
		features.getTable().setHeaderVisible(true);
		features.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Usage_feature, 150, key -> ((FeatureKey) key).feature());
		column(Messages.Usage_version, 60, key -> ((FeatureKey) key).version());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(features.getTable());
		features.addCheckStateListener(event -> {
			checked.put(shownServer, Set.copyOf(features.getCheckedElements().length == 0 ? List.of()
					: java.util.Arrays.stream(features.getCheckedElements()).map(FeatureKey.class::cast).toList()));
			readSeries();
		});

		Composite right = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(right);
		// the controls wrap onto a second line in a narrow view rather than being cut
		Composite controls = new Composite(right, SWT.NONE);
		RowLayout rows = new RowLayout(SWT.HORIZONTAL);
		rows.center = true;
		rows.marginLeft = 0;
		rows.marginTop = 0;
		rows.spacing = 6;
		controls.setLayout(rows);
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(controls);
		new Label(controls, SWT.NONE).setText(Messages.Usage_range);
		range = combo(controls, "range", Messages.Usage_ranges.split("\\|"), 1);
		from = new DateTime(controls, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		from.setData("name", "from");
		new Label(controls, SWT.NONE).setText("\u2013");
		to = new DateTime(controls, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		to.setData("name", "to");
		new Label(controls, SWT.NONE).setText(Messages.Usage_resolution);
		resolution = combo(controls, "resolution", Messages.Usage_resolutions.split("\\|"), 0);
		new Label(controls, SWT.NONE).setText(Messages.Usage_style);
		style = combo(controls, "style", Messages.Usage_styles.split("\\|"), 0);
		Button reset = new Button(controls, SWT.PUSH);
		reset.setText(Messages.Usage_resetZoom);
		reset.setData("name", "resetZoom");
		reset.addListener(SWT.Selection, e -> {
			if (chartView != null) {
				chartView.restoreAutoBounds();
			}
		});
		range.addListener(SWT.Selection, e -> rangeChosen());
		from.addListener(SWT.Selection, e -> readSeries());
		to.addListener(SWT.Selection, e -> readSeries());
		resolution.addListener(SWT.Selection, e -> readSeries());
		style.addListener(SWT.Selection, e -> draw());
		chart = UsageChart.create(List.of(), UsageChart.Style.LINES, "");
		chartView = new ChartComposite(right, SWT.BORDER, chart, ChartComposite.DEFAULT_WIDTH, ChartComposite.DEFAULT_HEIGHT, 200, 150,
				4000, 3000, true, false, true, true, true, true);
		chartView.setData("name", "chart");
		chartView.setDomainZoomable(true);
		chartView.setRangeZoomable(false);
		chartView.addListener(SWT.MouseVerticalWheel, e -> wheel(e.x, e.count, (e.stateMask & SWT.SHIFT) != 0));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(chartView);
		sash.setWeights(22, 78);
		setDates(Instant.now().minus(RANGES[1]), Instant.now());
		rangeChosen();
		contributeActions();
		return sash;
	}

	private void column(String title, int width, java.util.function.Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(features, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(text));
	}

	private static Combo combo(Composite parent, String name, String[] items, int selected) {
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		combo.setItems(items);
		combo.select(selected);
		combo.setData("name", name);
		return combo;
	}

	private void contributeActions() {
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(action(Messages.Usage_exportCsv, this::exportCsv));
		toolbar.add(action(Messages.Usage_savePng, () -> saveImage(false)));
		toolbar.add(action(Messages.Usage_saveSvg, () -> saveImage(true)));
		getViewSite().getActionBars().getMenuManager().add(action(Messages.Usage_exportCsv, this::exportCsv));
		getViewSite().getActionBars().getMenuManager().add(action(Messages.Usage_savePng, () -> saveImage(false)));
		getViewSite().getActionBars().getMenuManager().add(action(Messages.Usage_saveSvg, () -> saveImage(true)));
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	private void rangeChosen() {
		boolean custom = range.getSelectionIndex() == CUSTOM;
		from.setEnabled(custom);
		to.setEnabled(custom);
		if (!custom) {
			Instant end = Instant.now();
			setDates(end.minus(RANGES[range.getSelectionIndex()]), end);
		}
		readSeries();
	}

	private void setDates(Instant start, Instant end) {
		LocalDate a = start.atZone(ZoneId.systemDefault()).toLocalDate();
		LocalDate b = end.atZone(ZoneId.systemDefault()).toLocalDate();
		from.setDate(a.getYear(), a.getMonthValue() - 1, a.getDayOfMonth());
		to.setDate(b.getYear(), b.getMonthValue() - 1, b.getDayOfMonth());
	}

	/** The range chosen: a fixed one up to now, or the custom days (the last one whole). */
	Instant[] range() {
		if (range.getSelectionIndex() != CUSTOM) {
			Instant end = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
			return new Instant[] { end.minus(RANGES[range.getSelectionIndex()]), end };
		}
		ZoneId zone = ZoneId.systemDefault();
		LocalDate a = LocalDate.of(from.getYear(), from.getMonth() + 1, from.getDay());
		LocalDate b = LocalDate.of(to.getYear(), to.getMonth() + 1, to.getDay());
		if (b.isBefore(a)) {
			LocalDate swap = a;
			a = b;
			b = swap;
		}
		return new Instant[] { a.atStartOfDay(zone).toInstant(), b.plusDays(1).atStartOfDay(zone).toInstant() };
	}

	private Resolution resolution(Instant start, Instant end) {
		return switch (resolution.getSelectionIndex()) {
		case 1 -> Resolution.RAW;
		case 2 -> Resolution.HOURLY;
		case 3 -> Resolution.DAILY;
		default -> Resolution.automatic(start, end);
		};
	}

	@Override
	protected void reload() {
		String name = server.name();
		Background.work(Messages.Usage_reading, monitor -> history.read(db -> new Listing(db.features(name), db.demo(name)))).busyIn(getSite())
				.deliverTo(features.getTable()).onSuccess(listing -> showFeatures(name, listing.features(), listing.demo()))
				.onFailure(failure -> say(failure.message(), true)).schedule();
	}

	/** What the history has of a server: its features, and whether its history is made up. */
	private record Listing(List<FeatureKey> features, boolean demo) {
	}

	private void showFeatures(String name, List<FeatureKey> keys, boolean isDemo) {
		shownServer = name;
		demo = isDemo;
		features.setInput(keys);
		Set<FeatureKey> wanted = checked.computeIfAbsent(name, n -> Set.copyOf(keys.subList(0, Math.min(SHOWN_AT_FIRST, keys.size()))));
		features.setCheckedElements(keys.stream().filter(wanted::contains).toArray());
		if (keys.isEmpty()) {
			say(NLS.bind(Messages.Usage_none, name), false);
		}
		readSeries();
	}

	/** Shows the days {@code first} to {@code last} at {@code chosen} resolution (as the person would choose them). */
	public void show(LocalDate first, LocalDate last, Resolution chosen) {
		range.select(CUSTOM);
		from.setEnabled(true);
		to.setEnabled(true);
		from.setDate(first.getYear(), first.getMonthValue() - 1, first.getDayOfMonth());
		to.setDate(last.getYear(), last.getMonthValue() - 1, last.getDayOfMonth());
		resolution.select(chosen.ordinal() + 1);
		readSeries();
	}

	/** The chart's control, for benchmarks: its paint shows a chart. */
	public ChartComposite chartControl() {
		return chartView;
	}

	/** Reads the series of the features checked, in the range chosen. */
	private void readSeries() {
		if (features.getTable().isDisposed()) {
			return;
		}
		String name = shownServer;
		List<FeatureKey> wanted = java.util.Arrays.stream(features.getCheckedElements()).map(FeatureKey.class::cast).toList();
		Instant[] span = range();
		Resolution chosen = resolution(span[0], span[1]);
		long read = ++reads;
		Background.work(Messages.Usage_reading, monitor -> history.read(db -> {
			List<UsageSeries> series = new ArrayList<>();
			for (FeatureKey key : wanted) {
				series.add(UsageSeries.read(db, name, key, span[0], span[1], chosen));
			}
			return series;
		})).busyIn(getSite()).deliverTo(chartView).onSuccess(series -> {
			if (read == reads) { // a later read is on its way
				shown = series;
				draw();
				int points = series.stream().mapToInt(s -> s.times().size()).sum();
				say(NLS.bind(demo ? Messages.Usage_shownDemo : Messages.Usage_shown, new Object[] { name, series.size(), points,
						Messages.Usage_resolutions.split("\\|")[chosen.ordinal() + 1].toLowerCase() }), false);
			}
		}).onFailure(failure -> say(failure.message(), true)).schedule();
	}

	private void draw() {
		UsageChart.Style chosen = style.getSelectionIndex() == 1 ? UsageChart.Style.AREAS : UsageChart.Style.LINES;
		String title = NLS.bind(demo ? Messages.Usage_titleDemo : Messages.Usage_title, shownServer);
		chart = UsageChart.create(shown, chosen, title);
		chartView.setChart(chart);
		chartView.forceRedraw();
	}

	/** The mouse wheel zooms the time around the pointer; with Shift it moves along the time. */
	private void wheel(int x, int count, boolean pan) {
		if (chart == null || count == 0) {
			return;
		}
		ValueAxis axis = chart.getXYPlot().getDomainAxis();
		if (pan) {
			axis.pan(count > 0 ? -0.1 : 0.1);
			return;
		}
		org.eclipse.swt.graphics.Rectangle area = chartView.getClientArea();
		double anchor = axis.getLowerBound() + (axis.getUpperBound() - axis.getLowerBound()) * Math.max(0, Math.min(1, (double) x / area.width));
		double factor = count > 0 ? 0.8 : 1.25;
		axis.setRange(anchor - (anchor - axis.getLowerBound()) * factor, anchor + (axis.getUpperBound() - anchor) * factor);
	}

	/** The chart shown, for tests: its datasets are the series read. */
	public JFreeChart chart() {
		return chart;
	}

	public List<UsageSeries> shown() {
		return shown;
	}

	public CheckboxTableViewer featureList() {
		return features;
	}

	/** The series as CSV: a line per feature and time, the use and count empty at a gap. */
	static String csv(List<UsageSeries> series) {
		StringBuilder csv = new StringBuilder();
		Csv.line(csv, List.of("time", "feature", "version", "used", "count"));
		for (UsageSeries one : series) {
			for (int i = 0; i < one.times().size(); i++) {
				Integer used = one.used().get(i);
				Integer total = one.total().get(i);
				Csv.line(csv, List.of(one.times().get(i).toString(), one.feature().feature(), one.feature().version(), used == null ? "" : used.toString(),
						total == null ? "" : total.toString()));
			}
		}
		return csv.toString();
	}

	private void exportCsv() {
		String file = choose("csv", "usage-history.csv");
		if (file != null) {
			writeCsv(Path.of(file));
		}
	}

	/** Writes the series shown as CSV to {@code file}, in a Job. */
	public Job writeCsv(Path file) {
		return write(file, csv(shown).getBytes(StandardCharsets.UTF_8));
	}

	private void saveImage(boolean svg) {
		if (chart == null) {
			return;
		}
		String file = choose(svg ? "svg" : "png", svg ? "usage-history.svg" : "usage-history.png");
		if (file != null) {
			writeImage(svg, Path.of(file));
		}
	}

	/** Renders the chart on the UI thread (no I/O), at the size shown, and writes it to {@code file} in a Job. */
	public Job writeImage(boolean svg, Path file) {
		org.eclipse.swt.graphics.Rectangle area = chartView.getClientArea();
		int width = Math.max(640, area.width);
		int height = Math.max(400, area.height);
		byte[] bytes;
		if (svg) {
			SVGGraphics2D graphics = new SVGGraphics2D(width, height);
			chart.draw(graphics, new java.awt.Rectangle(width, height));
			bytes = graphics.getSVGDocument().getBytes(StandardCharsets.UTF_8);
		} else {
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			try {
				ImageIO.write(chart.createBufferedImage(width, height), "png", png);
			} catch (IOException e) {
				throw new UncheckedIOException(e); // into memory: cannot fail
			}
			bytes = png.toByteArray();
		}
		return write(file, bytes);
	}

	private String choose(String extension, String name) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*." + extension, "*.*" });
		dialog.setFileName(name);
		dialog.setOverwrite(true);
		return dialog.open();
	}

	private Job write(Path file, byte[] bytes) {
		return Background.work(NLS.bind(Messages.Usage_writing, file.getFileName()), monitor -> {
			Files.write(file, bytes);
			return file;
		}).busyIn(getSite()).deliverTo(chartView).onSuccess(done -> say(NLS.bind(Messages.Usage_written, done), false))
				.onFailure(failure -> say(NLS.bind(Messages.Usage_writeFailed, file, failure.message()), true)).schedule();
	}
}
