package org.seatkeeper.ui.internal.history;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.TextAnchor;
import org.seatkeeper.history.UsageSeries;

/**
 * The Usage History's chart, made with JFreeChart: for each feature its use (a line, or areas) and its count (a
 * dashed line of the same colour), a gap where the history has none, the highest use marked, exact values in the
 * tooltips. Built from {@link UsageSeries}; its datasets are what tests read.
 */
public final class UsageChart {

	/** How the use is drawn. */
	public enum Style {
		LINES, AREAS
	}

	/** The colours of the features, in order (then again). */
	private static final Color[] COLOURS = { new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
			new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf) };

	/**
	 * The most points a series is drawn with: more than a wide screen has pixels, far fewer than a month of minutes
	 * (43,200), which would cost a second to draw and to hover; each stretch keeps its lowest and highest use.
	 */
	public static final int DRAWN_POINTS = 4_000;

	private UsageChart() {
	}

	/** The chart of {@code series}; {@code demo} adds that the history is made up to the title. */
	public static JFreeChart create(List<UsageSeries> series, Style style, String title) {
		XYSeriesCollection used = new XYSeriesCollection();
		XYSeriesCollection counts = new XYSeriesCollection();
		JFreeChart chart = ChartFactory.createTimeSeriesChart(title, null, Messages.Usage_axis, used, true, true, false);
		XYPlot plot = chart.getXYPlot();
		XYItemRenderer useRenderer = style == Style.AREAS ? new XYAreaRenderer(XYAreaRenderer.AREA) : pathRenderer();
		XYLineAndShapeRenderer countRenderer = pathRenderer();
		int useIndex = 0;
		for (int f = 0; f < series.size(); f++) {
			UsageSeries one = series.get(f).reducedTo(DRAWN_POINTS);
			Color colour = COLOURS[f % COLOURS.length];
			String name = one.feature().feature() + " " + one.feature().version();
			// a line breaks at a gap by itself; an area would be drawn down to zero, so each run between gaps is an area of its own
			List<XYSeries> runs = style == Style.AREAS ? runs(one, name) : List.of(line(one, name, one.used()));
			for (int r = 0; r < runs.size(); r++) {
				used.addSeries(runs.get(r));
				useRenderer.setSeriesPaint(useIndex, style == Style.AREAS ? new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 110) : colour);
				useRenderer.setSeriesStroke(useIndex, new BasicStroke(1.6f));
				useRenderer.setSeriesVisibleInLegend(useIndex, r == 0);
				useIndex++;
			}
			counts.addSeries(line(one, NLS.bind(Messages.Usage_countSeries, name), one.total()));
			countRenderer.setSeriesPaint(f, colour);
			countRenderer.setSeriesStroke(f, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f));
			if (one.peak() >= 0) {
				// the label goes up and towards the middle, so that it stays inside the plot
				boolean leftHalf = one.peak() < one.times().size() / 2;
				XYPointerAnnotation peak = new XYPointerAnnotation(NLS.bind(Messages.Usage_peak, name, one.used().get(one.peak())),
						one.times().get(one.peak()).toEpochMilli(), one.used().get(one.peak()), leftHalf ? -Math.PI / 4 : -3 * Math.PI / 4);
				peak.setTextAnchor(leftHalf ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
				peak.setPaint(colour.darker());
				peak.setArrowPaint(colour.darker());
				peak.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
				plot.addAnnotation(peak);
			}
		}
		StandardXYToolTipGenerator tips = new StandardXYToolTipGenerator("{0}: {2} at {1}", new SimpleDateFormat("yyyy-MM-dd HH:mm"),
				NumberFormat.getIntegerInstance());
		useRenderer.setBaseToolTipGenerator(tips);
		countRenderer.setBaseToolTipGenerator(tips);
		plot.setRenderer(0, useRenderer);
		plot.setDataset(1, counts);
		plot.setRenderer(1, countRenderer);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(new Color(0xdddddd));
		plot.setRangeGridlinePaint(new Color(0xdddddd));
		plot.setDomainPannable(true);
		NumberAxis values = (NumberAxis) plot.getRangeAxis();
		values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		values.setAutoRangeIncludesZero(true);
		((DateAxis) plot.getDomainAxis()).setLowerMargin(0.01);
		chart.setBackgroundPaint(Color.WHITE);
		chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
		return chart;
	}

	/** Lines drawn as one path per series (a gap starts a new one): a month of minutes is one shape, not 43,200 lines. */
	private static XYLineAndShapeRenderer pathRenderer() {
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
		renderer.setDrawSeriesLineAsPath(true);
		return renderer;
	}

	private static XYSeries line(UsageSeries one, String name, List<Integer> values) {
		XYSeries line = new XYSeries(name, false, true);
		for (int i = 0; i < one.times().size(); i++) {
			line.add(one.times().get(i).toEpochMilli(), values.get(i), false);
		}
		return line;
	}

	private static List<XYSeries> runs(UsageSeries one, String name) {
		List<XYSeries> runs = new java.util.ArrayList<>();
		XYSeries run = null;
		for (int i = 0; i < one.times().size(); i++) {
			Integer value = one.used().get(i);
			if (value == null) {
				run = null;
				continue;
			}
			if (run == null) {
				run = new XYSeries(runs.isEmpty() ? name : name + " (" + runs.size() + ")", false, true);
				runs.add(run);
			}
			run.add(one.times().get(i).toEpochMilli(), value, false);
		}
		if (runs.isEmpty()) {
			runs.add(new XYSeries(name, false, true));
		}
		return runs;
	}
}
