package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.history.FeatureKey;
import org.seatkeeper.history.FeatureSample;
import org.seatkeeper.history.HistoryDatabase;
import org.seatkeeper.history.Sample;
import org.seatkeeper.history.UsageSeries;
import org.seatkeeper.history.alerts.Alert;
import org.seatkeeper.history.alerts.AlertRules;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.features.FeaturesView;
import org.seatkeeper.ui.internal.fleet.ServersView;
import org.seatkeeper.ui.internal.history.AlertCenter;
import org.seatkeeper.ui.internal.history.AlertCenter.Entry;
import org.seatkeeper.ui.internal.history.AlertNotifier;
import org.seatkeeper.ui.internal.history.AlertsView;
import org.seatkeeper.ui.internal.history.HistoryService;
import org.seatkeeper.ui.internal.history.PeakReportView;
import org.seatkeeper.ui.internal.history.UsageHistoryView;
import org.seatkeeper.testing.ui.UiTestSupport;

import com.google.gson.JsonParser;

/**
 * The usage history in the window: the collector's rounds on a real server, the Usage History chart's data
 * (gaps, peaks, resolution, styles), its CSV, PNG and SVG, the Peak Report, the Features view's Use column, and
 * alerts: notified once, badged on the server, acknowledged and muted in the Alerts view.
 */
class HistoryViewsTest {

	@TempDir
	Path dir;
	private TestServer berlin;
	private IWorkbenchPage page;
	private ServerConnections fleet;
	private HistoryService history;

	@BeforeEach
	void start() throws Exception {
		berlin = new TestServer(dir.resolve("berlin")).withFeatures();
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		fleet = TestServer.connections();
		history = HistoryService.of(PlatformUI.getWorkbench());
		TestServer.answerLoginsAs("admin", TestServer.ADMIN_PASSWORD);
		TestServer.put(new ServerEntry("Berlin", "http://127.0.0.1:" + berlin.port(), "", "admin", "", false));
		fleet.setCurrent("Berlin");
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
	}

	@AfterEach
	void stop() throws Exception {
		history.stop();
		for (String id : List.of(UsageHistoryView.ID, PeakReportView.ID, AlertsView.ID)) {
			if (page.findView(id) != null) {
				page.hideView(page.findView(id));
			}
		}
		berlin.close();
		TestServer.pointViewsBack();
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
	}

	/** Three hours of minutes of f1 and f2 up to now, with the server down for minutes 60 to 69. */
	private void writeHistory() throws Exception {
		Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(3));
		List<Sample> samples = new ArrayList<>();
		for (int minute = 0; minute < 180; minute++) {
			Instant at = start.plus(Duration.ofMinutes(minute));
			if (minute >= 60 && minute < 70) {
				samples.add(new Sample.Down("Berlin", at, "timeout"));
			} else {
				samples.add(new Sample.Up("Berlin", at, List.of(new FeatureSample("f1", "1.0", minute == 100 ? 15 : minute % 9, 15, 0, 0, 1),
						new FeatureSample("f2", "2.0", 1, 4, 0, 0, 1))));
			}
		}
		try (HistoryDatabase db = history.settings().open()) {
			db.record(samples);
		}
	}

	private <T> T show(String id, Class<T> type) throws Exception {
		T view = type.cast(page.showView(id));
		UiTestSupport.processEvents();
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.processEvents();
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.processEvents();
		return view;
	}

	@Test
	void theUsageHistoryDrawsUseAgainstCountWithGapsAndThePeakAndExportsIt() throws Exception {
		writeHistory();
		UsageHistoryView view = show(UsageHistoryView.ID, UsageHistoryView.class);
		UiTestSupport.waitUntil("the chart", () -> view.chart() != null && view.shown().size() == 2);
		assertEquals(List.of(new FeatureKey("f1", "1.0"), new FeatureKey("f2", "2.0")), view.shown().stream().map(UsageSeries::feature).toList());
		assertEquals(UsageSeries.Resolution.RAW, view.shown().get(0).resolution(), "the last 7 days: every sample");
		XYPlot plot = view.chart().getXYPlot();
		XYSeriesCollection used = (XYSeriesCollection) plot.getDataset(0);
		XYSeriesCollection counts = (XYSeriesCollection) plot.getDataset(1);
		assertEquals("f1 1.0", used.getSeriesKey(0));
		assertEquals("f1 1.0 count", counts.getSeriesKey(0));
		assertEquals(180, used.getSeries(0).getItemCount(), "170 samples and 10 gaps");
		assertNull(used.getSeries(0).getY(65), "down: a gap, not a zero");
		assertEquals(15, counts.getSeries(0).getY(0).intValue());
		List<String> peaks = new ArrayList<>();
		for (Object annotation : plot.getAnnotations()) {
			peaks.add(((XYPointerAnnotation) annotation).getText());
		}
		assertTrue(peaks.contains("peak 15 (f1 1.0)"), peaks.toString());
		assertTrue(view.statusText().startsWith("Berlin: 2 features, 360 points (raw samples)"), view.statusText());

		Combo style = UiTestSupport.find(view.getViewSite().getShell(), Combo.class, c -> "style".equals(c.getData("name")));
		style.select(1);
		style.notifyListeners(SWT.Selection, null);
		XYSeriesCollection areas = (XYSeriesCollection) view.chart().getXYPlot().getDataset(0);
		assertEquals(List.of("f1 1.0", "f1 1.0 (1)", "f2 1.0".replace("1.0", "2.0"), "f2 2.0 (1)"),
				List.of(areas.getSeriesKey(0), areas.getSeriesKey(1), areas.getSeriesKey(2), areas.getSeriesKey(3)),
				"areas: each run between gaps its own area, never drawn down to zero");

		Combo range = UiTestSupport.find(view.getViewSite().getShell(), Combo.class, c -> "range".equals(c.getData("name")));
		range.select(3); // the last 12 months
		range.notifyListeners(SWT.Selection, null);
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.processEvents();
		assertEquals(UsageSeries.Resolution.DAILY, view.shown().get(0).resolution(), "12 months: each day's peak");
		range.select(0);
		range.notifyListeners(SWT.Selection, null);
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.processEvents();

		Path csv = dir.resolve("use.csv");
		view.writeCsv(csv).join();
		List<String> lines = Files.readAllLines(csv);
		assertEquals("time,feature,version,used,count", lines.get(0));
		assertTrue(lines.stream().anyMatch(l -> l.matches(".*Z,f1,1\\.0,,")), "a gap is empty in the CSV");
		Path png = dir.resolve("use.png");
		Path svg = dir.resolve("use.svg");
		view.writeImage(false, png).join();
		view.writeImage(true, svg).join();
		byte[] image = Files.readAllBytes(png);
		assertTrue(image.length > 1000 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G', "a PNG");
		String drawing = Files.readString(svg);
		assertTrue(drawing.contains("<svg") && drawing.contains("f1 1.0"), "an SVG with the legend's text");
	}

	@Test
	void thePeakReportShowsEachFeaturesMonthsAndExportsThem() throws Exception {
		writeHistory();
		PeakReportView view = show(PeakReportView.ID, PeakReportView.class);
		UiTestSupport.waitUntil("the report", () -> view.report() != null && !view.report().rows().isEmpty());
		assertEquals(12, view.report().months().size(), "the last 12 months");
		assertEquals(8, view.table().getTable().getItemCount(), "4 measures of 2 features");
		int last = view.table().getTable().getColumnCount() - 2; // then the filler
		assertEquals("Total", view.table().getTable().getColumn(last).getText());
		assertEquals("15", view.table().getTable().getItem(0).getText(last), "f1's peak over the range");
		assertEquals("100", view.table().getTable().getItem(2).getText(last), "its peak is its whole count");
		Path html = dir.resolve("peaks.html");
		view.write(true, html).join();
		assertTrue(Files.readString(html).contains("<td rowspan=\"4\">f1</td>"));
	}

	@Test
	void theCollectorRecordsTheServerAndTheFeaturesViewDrawsItsLastDay() throws Exception {
		history.start(); // a round now; it asks Berlin through its survey client
		UiTestSupport.waitUntil("a round", () -> history.lastRound().isPresent() && history.lastRound().get().readings().stream()
				.anyMatch(r -> r.server().name().equals("Berlin") && r.up()), Duration.ofSeconds(30));
		FeaturesView features = show(SeatkeeperUi.FEATURES_VIEW_ID, FeaturesView.class);
		features.refresh();
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.processEvents();
		assertEquals("Use (24 h)", features.summaryTable().table().table().getColumn(FeaturesView.USE_COLUMN).getText());
		UsageSeries f1 = features.sparklines().series(new FeatureKey("f1", "1.0")).orElseThrow();
		assertEquals(24, f1.times().size(), "24 hours");
		assertEquals(15, f1.total().get(23).intValue(), "this hour: f1's count (10 + 5)");
		assertNull(f1.used().get(0), "an hour without history is a gap");
	}

	@Test
	void anAlertIsToldOnceBadgedOnItsServerAndAcknowledgedOrMutedInTheAlertsView() throws Exception {
		berlin.server.licensing().capability(JsonParser.parseString("{\"hostId\":{\"type\":\"STRING\",\"value\":\"host-a\"},"
				+ "\"features\":[{\"name\":\"f3\",\"version\":\"1.5\",\"count\":3}]}").getAsJsonObject(), true); // f3 full
		history.settings().store("", "", null, 60, new AlertRules(0, 90, 0, 5, true, true)); // use at 90 % at once; expiries off
		AlertCenter alerts = history.alerts();
		List<List<Alert>> told = new CopyOnWriteArrayList<>();
		AlertNotifier popups = new AlertNotifier(PlatformUI.getWorkbench().getDisplay());
		alerts.setNotifier(raised -> {
			told.add(raised);
			popups.accept(raised);
		});
		try {
			ServersView servers = show(SeatkeeperUi.SERVERS_VIEW_ID, ServersView.class);
			AlertsView view = show(AlertsView.ID, AlertsView.class);
			history.start();
			UiTestSupport.waitUntil("the alert", () -> berlinAlerts(told).size() == 1, Duration.ofSeconds(30));
			assertEquals("f3 1.5 on Berlin: 3 of 3 in use (100 %) for less than a minute", berlinAlerts(told).get(0).message());
			UiTestSupport.waitUntil("the notification", () -> popups.last() != null && popups.last().getShell() != null
					&& popups.last().getShell().isVisible());
			UiTestSupport.screenshot(popups.last().getShell(), Screenshots.file("alert-notification.png"));
			UiTestSupport.waitUntil("the badge", () -> berlinItem(servers).getText().equals("Berlin  \u26a0 1"));
			UiTestSupport.waitUntil("the row", () -> berlinRow(view) >= 0);
			assertEquals("Active", view.table().getTable().getItem(berlinRow(view)).getText(0));
			assertEquals("Use at the limit", view.table().getTable().getItem(berlinRow(view)).getText(2));

			history.collectNow(); // the condition holds: not told again
			UiTestSupport.waitUntil("a second round", () -> history.lastRound().orElseThrow().at().isAfter(Instant.EPOCH));
			UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
			assertEquals(1, berlinAlerts(told).size(), "told once");

			String key = alerts.entries().stream().filter(e -> e.alert().server().equals("Berlin")).findFirst().orElseThrow().alert().key();
			alerts.mute(List.of(key), Duration.ofHours(1));
			UiTestSupport.processEvents();
			UiTestSupport.waitUntil("the badge gone while muted", () -> berlinItem(servers).getText().equals("Berlin"));
			assertTrue(view.table().getTable().getItem(berlinRow(view)).getText(0).startsWith("Active, muted until "));
			alerts.mute(List.of(key), null);
			alerts.acknowledge(List.of(key));
			UiTestSupport.processEvents();
			Entry seen = alerts.entries().stream().filter(e -> e.alert().key().equals(key)).findFirst().orElseThrow();
			assertTrue(seen.acknowledged());
			assertEquals("Berlin", berlinItem(servers).getText(), "seen: no badge");
			assertEquals("Active, seen", view.table().getTable().getItem(berlinRow(view)).getText(0));
			if (popups.last() != null && popups.last().getShell() != null) {
				popups.last().close();
			}

			// the next start of the window: the alert seen is not told again, and a mute is still on
			alerts.mute(List.of(key), Duration.ofDays(1));
			UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
			AlertCenter restarted = new AlertCenter(history.settings(), ZoneId.systemDefault());
			List<Alert> toldAgain = new CopyOnWriteArrayList<>();
			restarted.setNotifier(toldAgain::addAll);
			restarted.evaluate(history.lastRound().orElseThrow());
			assertEquals(List.of(), berlinAlerts(List.of(toldAgain)), "seen before the restart: not told again");
			Entry kept = restarted.entries().stream().filter(e -> e.alert().key().equals(key)).findFirst().orElseThrow();
			assertTrue(kept.acknowledged() && kept.mutedUntil().isPresent(), kept.toString());
		} finally {
			UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY); // the mutes' store, then a clean slate for the tests after
			history.settings().storeAlerts(java.util.Map.of(), java.util.Set.of());
			alerts.setNotifier(new AlertNotifier(PlatformUI.getWorkbench().getDisplay()));
			history.settings().store("", "", null, 60, AlertRules.DEFAULTS);
		}
	}

	/** The alerts told about Berlin (the demo server runs in the workbench too, and has alerts of its own). */
	private static List<Alert> berlinAlerts(List<List<Alert>> told) {
		return told.stream().flatMap(List::stream).filter(a -> a.server().equals("Berlin")).toList();
	}

	private static int berlinRow(AlertsView view) {
		UiTestSupport.processEvents();
		for (int i = 0; i < view.table().getTable().getItemCount(); i++) {
			if (view.table().getTable().getItem(i).getText(1).equals("Berlin")) {
				return i;
			}
		}
		return -1;
	}

	private static TreeItem berlinItem(ServersView servers) {
		UiTestSupport.processEvents();
		for (TreeItem group : servers.viewer().getTree().getItems()) {
			if (group.getText().startsWith("Berlin")) {
				return group;
			}
			for (TreeItem item : group.getItems()) {
				if (item.getText().startsWith("Berlin")) {
					return item;
				}
			}
		}
		throw new AssertionError("no Berlin in the License Servers view");
	}
}
