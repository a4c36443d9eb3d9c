package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.fleet.FleetSurvey.Row;
import org.seatkeeper.core.fleet.FleetSurvey.State;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.core.fleet.ServerList;
import org.seatkeeper.testing.server.TestLicenseServer;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.fleet.FleetOverviewView;
import org.seatkeeper.ui.internal.fleet.FleetStatus;

/**
 * The Fleet Overview with 50 embedded servers in the workbench's JVM (run with {@code ./seatkeeper bench
 * fleet}, after the headless part; not part of the test run, and it checks no time). Prints:
 * <ol>
 * <li>a full refresh of the 50 servers through the window's own path ({@link FleetStatus}: list read again,
 * survey clients, 8 at once), from the request to the last row handed over;</li>
 * <li>data in → first paint: from the view's opening with the 50 rows known to the table's first paint with them
 * (goal: ≤ 500 ms), and from the last row's arrival while the view is open to the table painted with it.</li>
 * </ol>
 */
class FleetOverviewBenchmark {

	private static final int SERVERS = Integer.getInteger("seatkeeper.bench.servers", 50);
	private static final int RUNS = 5;

	@TempDir
	Path data;

	@Test
	void fiftyServers() throws Exception {
		List<TestLicenseServer> servers = new ArrayList<>();
		ServerConnections fleet = TestServer.connections();
		FleetStatus status = FleetStatus.of(PlatformUI.getWorkbench());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			long starting = System.nanoTime();
			for (int i = 0; i < SERVERS; i++) {
				TestLicenseServer server = new TestLicenseServer(data.resolve("s" + i));
				int site = i;
				server.server.licensing().addFeatures(java.util.stream.IntStream.range(0, 5 + i)
						.mapToObj(r -> TestLicenseServer.record("feature" + r, "1." + (r % 4), 5 + (r * 7 + site) % 40, null, 0,
								"ACT-" + site + "-" + r))
						.toList());
				servers.add(server);
			}
			fleet.awaitList(null);
			fleet.change(list -> {
				ServerList all = list;
				for (int i = 0; i < servers.size(); i++) {
					all = all.add(new ServerEntry("Site " + (i + 1), servers.get(i).server.baseUri().toString(), "Region " + (i % 5), "", "",
							false));
				}
				return all;
			}, Map.of());
			for (int i = 0; i < servers.size(); i++) {
				fleet.connection("Site " + (i + 1)).orElseThrow().logIn(new org.seatkeeper.core.client.Credentials("admin",
						TestLicenseServer.ADMIN_PASSWORD.toCharArray()), false, null);
			}
			System.out.printf("[bench] fleet overview: %d embedded servers started and logged in to in %.1f s%n", SERVERS,
					(System.nanoTime() - starting) / 1e9);

			// a full refresh through the window's path
			for (int run = 0; run < RUNS; run++) {
				UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
				int[] up = new int[1];
				Consumer<Row> counter = row -> {
					if (row != null && row.state() == State.UP) {
						synchronized (up) {
							up[0]++;
						}
					}
				};
				status.addListener(counter);
				long asked = System.nanoTime();
				status.refresh().join();
				double took = (System.nanoTime() - asked) / 1e6;
				status.removeListener(counter);
				System.out.printf("[bench] fleet overview: refresh of %d servers through the window (8 at once): %.0f ms, %d up%n", SERVERS,
						took, up[0]);
			}

			// data in -> first paint: the view opened with every row known
			for (int run = 0; run < RUNS; run++) {
				IViewPart open = page.findView(SeatkeeperUi.FLEET_VIEW_ID);
				if (open != null) {
					page.hideView(open);
				}
				UiTestSupport.processEvents();
				long[] painted = new long[1];
				long opening = System.nanoTime();
				FleetOverviewView view = (FleetOverviewView) page.showView(SeatkeeperUi.FLEET_VIEW_ID);
				Table table = view.viewer().getTable();
				table.addListener(SWT.Paint, e -> {
					if (painted[0] == 0 && table.getItemCount() > 0) {
						painted[0] = System.nanoTime();
					}
				});
				UiTestSupport.waitUntil("the table painted", () -> painted[0] != 0);
				assertEquals(SERVERS + 1, table.getItemCount(), "every server and the demo server");
				System.out.printf("[bench] fleet overview: opened with %d rows known -> first paint %.1f ms%n", table.getItemCount(),
						(painted[0] - opening) / 1e6);
			}

			// rows arriving while the view is open: the last one's arrival to the table painted with it
			FleetOverviewView view = (FleetOverviewView) page.showView(SeatkeeperUi.FLEET_VIEW_ID);
			Table table = view.viewer().getTable();
			for (int run = 0; run < RUNS; run++) {
				UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
				long[] last = new long[1];
				long[] painted = new long[1];
				Consumer<Row> arrival = row -> {
					if (row != null) {
						last[0] = System.nanoTime();
					}
				};
				org.eclipse.swt.widgets.Listener paint = e -> {
					if (last[0] != 0) {
						painted[0] = System.nanoTime();
					}
				};
				status.addListener(arrival);
				table.addListener(SWT.Paint, paint);
				status.refresh().join();
				status.removeListener(arrival);
				long arrivedLast = last[0];
				UiTestSupport.waitUntil("the table painted after the last row", () -> painted[0] > arrivedLast);
				table.removeListener(SWT.Paint, paint);
				System.out.printf("[bench] fleet overview: last row arrived -> table painted with it %.1f ms (rows are gathered for up "
						+ "to 150 ms, so that 50 arrivals make a few repaints)%n", (painted[0] - arrivedLast) / 1e6);
			}
		} finally {
			for (TestLicenseServer server : servers) {
				server.close();
			}
			TestServer.pointViewsBack();
		}
	}
}
