package org.seatkeeper.ui.internal.history;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.swt.SWTGraphics2D;
import org.jfree.ui.RectangleInsets;
import org.seatkeeper.history.FeatureKey;
import org.seatkeeper.history.Rollup;
import org.seatkeeper.history.UsageSeries;

/**
 * The Features view's "Use" column: each feature's last 24 hours from the usage history, each hour's peak against
 * the count, as a small chart drawn by JFreeChart into the table cell; an hour without history is a gap.
 */
public final class UseSparklines {

	/** The hours a sparkline shows. */
	public static final int HOURS = 24;

	private final Map<FeatureKey, JFreeChart> charts = new HashMap<>();
	private Map<FeatureKey, UsageSeries> series = Map.of();

	/** The last 24 hours of every feature of {@code server} with history; call it from a Job. */
	public static Map<FeatureKey, UsageSeries> lastDay(HistoryService history, String server, Instant now) throws HistoryService.UnavailableException {
		Instant end = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
		Instant start = end.minus(Duration.ofHours(HOURS));
		Map<FeatureKey, List<Rollup>> hours = history.read(db -> db.hoursOfAll(server, start, end));
		Map<FeatureKey, UsageSeries> lastDay = new LinkedHashMap<>();
		hours.forEach((feature, rollups) -> {
			Map<Instant, Rollup> byHour = new HashMap<>();
			rollups.forEach(r -> byHour.put(r.start(), r));
			List<Instant> times = new ArrayList<>();
			List<Integer> used = new ArrayList<>();
			List<Integer> total = new ArrayList<>();
			int peak = -1;
			for (Instant hour = start; hour.isBefore(end); hour = hour.plus(Duration.ofHours(1))) {
				Rollup r = byHour.get(hour);
				times.add(hour);
				used.add(r == null ? null : r.usedMax());
				total.add(r == null ? null : r.totalMax());
				if (r != null && (peak < 0 || r.usedMax() > used.get(peak))) {
					peak = used.size() - 1;
				}
			}
			lastDay.put(feature, new UsageSeries(feature, UsageSeries.Resolution.HOURLY, times, used, total, peak));
		});
		return lastDay;
	}

	/** Shows {@code lastDay} from now on. */
	public void show(Map<FeatureKey, UsageSeries> lastDay) {
		series = Map.copyOf(lastDay);
		charts.clear();
	}

	/** The series shown for {@code feature}, for tests. */
	public Optional<UsageSeries> series(FeatureKey feature) {
		return Optional.ofNullable(series.get(feature));
	}

	/** Draws the sparkline of the row's feature in column {@code column} of {@code table}. */
	public void install(Table table, int column, Function<Object, FeatureKey> featureOf) {
		table.addListener(SWT.PaintItem, event -> {
			if (event.index != column || event.item.getData() == null) {
				return;
			}
			UsageSeries one = series.get(featureOf.apply(event.item.getData()));
			if (one == null) {
				return;
			}
			JFreeChart chart = charts.computeIfAbsent(one.feature(), key -> sparkline(one));
			SWTGraphics2D graphics = new SWTGraphics2D(event.gc);
			try {
				chart.draw(graphics, new Rectangle2D.Double(event.x + 2, event.y + 2, Math.max(10, table.getColumn(column).getWidth() - 6),
						Math.max(6, event.height - 4)));
			} finally {
				graphics.dispose(); // its colours and fonts; the cell's GC stays the table's
			}
		});
	}

	private static JFreeChart sparkline(UsageSeries one) {
		XYSeries used = new XYSeries("used", false, true);
		XYSeries count = new XYSeries("count", false, true);
		int highest = 1;
		for (int i = 0; i < one.times().size(); i++) {
			used.add(i, one.used().get(i), false);
			count.add(i, one.total().get(i), false);
			if (one.total().get(i) != null) {
				highest = Math.max(highest, one.total().get(i));
			}
			if (one.used().get(i) != null) {
				highest = Math.max(highest, one.used().get(i));
			}
		}
		XYSeriesCollection data = new XYSeriesCollection(used);
		data.addSeries(count);
		JFreeChart chart = ChartFactory.createXYLineChart(null, null, null, data, PlotOrientation.VERTICAL, false, false, false);
		XYPlot plot = chart.getXYPlot();
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
		renderer.setSeriesPaint(0, new Color(0x1f77b4));
		renderer.setSeriesStroke(0, new BasicStroke(1.4f));
		renderer.setSeriesPaint(1, new Color(0xaaaaaa));
		renderer.setSeriesStroke(1, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 3f, 2f }, 0f));
		plot.setRenderer(renderer);
		plot.getDomainAxis().setVisible(false);
		plot.getDomainAxis().setRange(0, Math.max(1, one.times().size() - 1));
		plot.getRangeAxis().setVisible(false);
		plot.getRangeAxis().setRange(0, highest * 1.05);
		plot.setDomainGridlinesVisible(false);
		plot.setRangeGridlinesVisible(false);
		plot.setOutlineVisible(false);
		plot.setBackgroundPaint(null);
		plot.setInsets(RectangleInsets.ZERO_INSETS);
		plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
		chart.setBackgroundPaint(null);
		chart.setBorderVisible(false);
		chart.setPadding(RectangleInsets.ZERO_INSETS);
		chart.setAntiAlias(true);
		return chart;
	}
}
