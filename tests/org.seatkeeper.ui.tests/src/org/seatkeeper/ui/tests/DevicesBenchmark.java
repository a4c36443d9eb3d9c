package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.server.internal.api.LicensingApi;
import org.seatkeeper.testing.server.TestLicenseServer;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.devices.DevicesView;
import org.seatkeeper.ui.internal.tables.PagedTable;

import com.google.gson.JsonParser;

/**
 * The Devices view with 100,000 devices on the server (run with {@code ./seatkeeper bench devices}; not
 * part of the test run, and it checks no time). The workbench runs with a 200 MB heap limit, so that the
 * run itself shows that everything fits, and prints:
 * <ol>
 * <li>how long the load took (the server's answer, read and decoded in the Job);</li>
 * <li>the time from the data's arrival on the UI thread to the first rows painted, with the longest pages
 * (page size 0: {@link PagedTable#ROWS_AT_MOST} rows, the worst case) and with the default page of 50 (goal: ≤ 300
 * ms);</li>
 * <li>scrolling the virtual table: the time the UI thread takes for one scroll and its paint (random jumps, wheel
 * steps, page downs), and how many took longer than a frame;</li>
 * <li>sorting all 100,000 by each column and filtering them as a user types, both in a Job: how long until the
 * rows are painted, and the UI thread's longest stall meanwhile (goal: ≤ 100 ms);</li>
 * <li>the heap: used after a full collection with the view open, and the highest use seen (goal: ≤ 200 MB);</li>
 * <li>the same random jumps on a bare SWT table of the same size, columns and rows, its texts ready: the part of
 * a scroll that is the toolkit's.</li>
 * </ol>
 */
class DevicesBenchmark {

	private static final int DEVICES = Integer.getInteger("seatkeeper.bench.devices", 100_000);

	@TempDir
	Path data;

	@Test
	void hundredThousandDevices() throws Exception {
		try (TestServer server = new TestServer(data)) {
			server.server.licensing().addFeatures(List.of(TestLicenseServer.record("seat", "1.0", DEVICES, null, 0, "ACT-SEAT")));
			long seeding = System.nanoTime();
			seed(server.server.licensing(), DEVICES);
			System.out.printf("[bench] devices: %,d devices checked out on the embedded server in %.1f s; heap %.0f MB after a full "
					+ "collection%n", DEVICES, (System.nanoTime() - seeding) / 1e9, usedAfterCollection() / 1048576.0);
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			DevicesView view = (DevicesView) page.showView(SeatkeeperUi.DEVICES_VIEW_ID);
			// a full-screen window with the view maximized: the table shows as many rows as a user's would
			view.getSite().getShell().setBounds(view.getSite().getShell().getDisplay().getBounds());
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
			// and the details below the table made small, as a user looking through the list would (about 35 rows)
			if (view.devicesTable().control().getParent() instanceof org.eclipse.swt.custom.SashForm sash) {
				sash.setWeights(85, 15);
			}
			view.devicesTable().setFilter("");
			resetPeaks();
			long[] highest = new long[1];
			java.util.concurrent.ScheduledExecutorService sampler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
			java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			sampler.scheduleAtFixedRate(() -> highest[0] = Math.max(highest[0], memory.getHeapMemoryUsage().getUsed()), 0, 2,
					java.util.concurrent.TimeUnit.MILLISECONDS);
			// when the table asks for a row's data to paint it
			long[] supplied = new long[1];
			int[] suppliedIndex = new int[1];
			view.devicesTable().table().table().addListener(SWT.SetData, e -> {
				long now = System.nanoTime();
				if (now > view.lastShowStartNanos() && e.index > suppliedIndex[0]) {
					supplied[0] = now;
					suppliedIndex[0] = e.index;
				}
			});

			for (int pageSize : new int[] { 0, 50, 0, 50, 0 }) {
				suppliedIndex[0] = -1;
				long loading = System.nanoTime();
				server.connect(pageSize);
				UiTestSupport.waitUntil("the devices", () -> view.current() != null && view.current().size() == DEVICES);
				Table table = view.devicesTable().table().table();
				int lastVisible = Math.min(table.getItemCount(), table.getTopIndex() + visibleRows(table)) - 1;
				UiTestSupport.waitUntil("the visible rows to be painted", () -> supplied[0] > view.lastShowStartNanos()
						&& suppliedIndex[0] >= lastVisible);
				double firstRows = (supplied[0] - view.lastShowStartNanos()) / 1e6;
				double loaded = (System.nanoTime() - loading) / 1e6;
				assertEquals(pageSize == 0 ? PagedTable.ROWS_AT_MOST : pageSize, table.getItemCount());
				System.out.printf("[bench] devices: page size %s: load (request, answer, decoding in the Job, showing) %.0f ms; "
						+ "data arrived to first rows painted %.1f ms (of which setting the rows %.1f ms)%n",
						pageSize == 0 ? String.format("0 (pages of %,d)", PagedTable.ROWS_AT_MOST) : Integer.toString(pageSize), loaded,
						firstRows, view.lastShowNanos() / 1e6);
			}

			Table table = view.devicesTable().table().table();
			int visible = visibleRows(table);
			int scrolledRows = table.getItemCount();
			int[] paints = new int[1];
			table.addListener(SWT.Paint, e -> paints[0]++);
			// warm-up: the first scrolls load the classes and fill GTK's caches
			java.util.Random random = new java.util.Random(11);
			for (int i = 0; i < 50; i++) {
				scroll(table, random.nextInt(table.getItemCount() - 2 * visible), suppliedIndex, paints);
			}
			List<Double> jumps = new ArrayList<>();
			int[] asked = new int[1];
			for (int i = 0; i < 300; i++) {
				suppliedIndex[0] = -1;
				jumps.add(scroll(table, random.nextInt(table.getItemCount() - 2 * visible), suppliedIndex, paints));
				asked[0] += suppliedIndex[0] >= 0 ? 1 : 0;
			}
			List<Double> steps = new ArrayList<>();
			table.setTopIndex(random.nextInt(table.getItemCount() / 2));
			for (int i = 0; i < 500; i++) {
				steps.add(scroll(table, table.getTopIndex() + 3, suppliedIndex, paints)); // a mouse-wheel notch
			}
			List<Double> pages = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				pages.add(scroll(table, table.getTopIndex() + visible - 1, suppliedIndex, paints)); // Page Down
			}
			System.out.printf("[bench] devices: scrolling the virtual table of %,d rows (%d rows visible); UI thread busy per "
					+ "scroll, from the scroll to the end of the table's paint on screen (asking the view for the rows' data, drawing), "
					+ "without the time waiting for GTK's next frame:%n", table.getItemCount(), visible);
			report("random jumps (new rows every time)", jumps);
			report("wheel steps of 3 rows", steps);
			report("page downs", pages);
			System.out.printf("[bench] devices:   %d of %d jumps asked the view for rows never shown before%n", asked[0], jumps.size());
			System.out.printf("[bench] devices:   on screen (from the scroll to the table's next paint, which GTK schedules on its frame "
					+ "clock): median %.1f ms, p95 %.1f ms, max %.1f ms; %d scrolls not painted within 1 s%n", percentile(onScreen, 50),
					percentile(onScreen, 95), percentile(onScreen, 100), missedPaints[0]);

			// sorting and filtering run in a Job: the UI thread's longest stall is measured by a 2 ms heartbeat
			List<Double> sorts = new ArrayList<>();
			List<Double> sortStalls = new ArrayList<>();
			for (int column = 0; column < 8; column++) {
				int sortedBy = column;
				long start = System.nanoTime();
				double stall = Heartbeat.longestStall(table.getDisplay(), () -> {
					view.devicesTable().table().sortBy(sortedBy, sortedBy % 2 == 0);
					UiTestSupport.waitUntil("the sorted rows", () -> !view.devicesTable().arranging());
					table.update();
				});
				sorts.add((System.nanoTime() - start) / 1e6);
				sortStalls.add(stall);
			}
			System.out.printf("[bench] devices: sorting %,d rows by each of the 8 columns, until painted: median %.0f ms, max %.0f ms; "
					+ "the UI thread's longest stall meanwhile: median %.0f ms, max %.0f ms (goal: <= 100 ms)%n", DEVICES,
					percentile(sorts, 50), percentile(sorts, 100), percentile(sortStalls, 50), percentile(sortStalls, 100));
			System.out.printf("[bench] devices:   stall per column, in the order sorted: %s ms%n",
					sortStalls.stream().map(stall -> String.format("%.0f", stall)).toList());
			view.devicesTable().table().sortBy(0, true);
			UiTestSupport.waitUntil("the sorted rows", () -> !view.devicesTable().arranging());

			List<Double> filters = new ArrayList<>();
			List<Double> filterStalls = new ArrayList<>();
			for (String typed : new String[] { "bench-0999", "", "example bench-05", "", "bench-09999" }) {
				long[] lastKey = new long[1];
				double stall = Heartbeat.longestStall(table.getDisplay(), () -> {
					String text = "";
					for (char c : (typed.isEmpty() ? "x" : typed).toCharArray()) { // typed, one key at a time
						text += c;
						view.filterField().setText(typed.isEmpty() ? "" : text);
						lastKey[0] = System.nanoTime();
						UiTestSupport.processEvents();
					}
					// the filters alternate with the empty one: each changes the number of rows
					UiTestSupport.waitUntil("the filtered rows", () -> !view.devicesTable().arranging()
							&& (view.devicesTable().page().total() == DEVICES) == typed.isEmpty());
					table.update();
				});
				filters.add((System.nanoTime() - lastKey[0]) / 1e6);
				filterStalls.add(stall);
				System.out.printf("[bench] devices: filter '%s' typed key by key: %,d rows, shown %.0f ms after the last key "
						+ "(%d ms of it waiting for the pause in typing); the UI thread's longest stall %.0f ms%n", typed,
						view.devicesTable().page().total(), filters.get(filters.size() - 1), org.seatkeeper.ui.internal.tables.PagedTable.FILTER_DELAY_MS,
						stall);
			}
			System.out.printf("[bench] devices: filtering: UI thread's longest stall median %.0f ms, max %.0f ms (goal: <= 100 ms)%n",
					percentile(filterStalls, 50), percentile(filterStalls, 100));

			sampler.shutdownNow();
			long used = usedAfterCollection();
			long peak = highest[0];
			long max = Runtime.getRuntime().maxMemory();
			System.out.printf("[bench] devices: heap with the view showing %,d devices (and the embedded server holding them, in "
					+ "the same JVM): %.0f MB used after a full collection, %.0f MB the most seen in use (sampled every 2 ms through the loads, scrolling and sorting), limit -Xmx %.0f MB, never exceeded (goal: <= 200 MB)%n",
					DEVICES, used / 1048576.0, peak / 1048576.0, max / 1048576.0);
			// last, as its own shell's closing makes the workbench window paint again
			System.out.printf("[bench] devices: the same scrolling on a bare SWT table (no viewer, texts ready) of the same size, "
					+ "columns and rows: what the toolkit itself takes%n");
			report("random jumps on the bare table", bareTableJumps(table, scrolledRows));
		}
	}

	/**
	 * Has {@code count} devices check out a seat each, 32 at a time like real devices (no HTTP: the server's own
	 * entry point; the devices that wait together share the journal's disk flushes).
	 */
	static void seed(LicensingApi licensing, int count) throws Exception {
		try (java.util.concurrent.ExecutorService devices = java.util.concurrent.Executors.newFixedThreadPool(32)) {
			List<java.util.concurrent.Future<?>> done = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String host = String.format("bench-%06d", i);
				done.add(devices.submit(() -> forget(licensing.capability(JsonParser.parseString("{\"hostId\":{\"type\":\"STRING\",\"value\":\""
						+ host + "\"},\"hostName\":\"" + host + ".example.com\",\"borrow-interval\":\"86400\",\"features\":"
						+ "[{\"name\":\"seat\",\"version\":\"1.0\",\"count\":1}]}").getAsJsonObject(), true))));
			}
			for (java.util.concurrent.Future<?> each : done) {
				each.get();
			}
		}
	}

	/** Drops an answer: 100,000 answers kept by their futures would fill the heap this benchmark measures. */
	private static Object forget(Object answer) {
		return null;
	}

	private static void resetPeaks() {
		System.gc();
	}

	private static long usedAfterCollection() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/** Scrolls whose paint did not reach the screen within a second (should stay 0). */
	private static final int[] missedPaints = new int[1];
	/** Per scroll: the time until the table had painted on screen (GTK paints at its next frame). */
	private static final List<Double> onScreen = new ArrayList<>();

	/**
	 * Scrolls to {@code top} and runs the event loop until the table has painted on screen, and returns the
	 * milliseconds the UI thread was busy for it: the scroll itself and every event handled until the paint
	 * (the rows' data asked from the view, and the drawing), without the time spent waiting for GTK's next
	 * frame. To look smooth this must stay under a frame (16.7 ms at 60 Hz). The time from the scroll to the
	 * end of the paint, waiting included, goes to {@link #onScreen}.
	 */
	private static double scroll(Table table, int top, int[] suppliedIndex, int[] paints) {
		org.eclipse.swt.widgets.Display display = table.getDisplay();
		int paintsBefore = paints[0];
		long start = System.nanoTime();
		table.setTopIndex(top);
		long busy = System.nanoTime() - start;
		long deadline = start + 1_000_000_000L;
		while (paints[0] == paintsBefore && System.nanoTime() < deadline) {
			long before = System.nanoTime();
			if (display.readAndDispatch()) {
				busy += System.nanoTime() - before;
			} else {
				display.timerExec(1, () -> {
				});
				display.sleep();
			}
		}
		if (paints[0] == paintsBefore) {
			missedPaints[0]++;
		} else {
			onScreen.add((System.nanoTime() - start) / 1e6);
		}
		return busy / 1e6;
	}

	/**
	 * The same random jumps on a bare SWT virtual table in a shell of its own, with as many columns as {@code like},
	 * the same size, {@code rows} rows, and the rows' texts ready: the part of a scroll that is the toolkit's drawing.
	 */
	private static List<Double> bareTableJumps(Table like, int rows) {
		org.eclipse.swt.widgets.Shell shell = new org.eclipse.swt.widgets.Shell(like.getDisplay(), SWT.NO_TRIM);
		try {
			shell.setLayout(new org.eclipse.swt.layout.FillLayout());
			Table bare = new Table(shell, like.getStyle() & (SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER));
			bare.setHeaderVisible(like.getHeaderVisible());
			bare.setLinesVisible(like.getLinesVisible());
			for (org.eclipse.swt.widgets.TableColumn column : like.getColumns()) {
				new org.eclipse.swt.widgets.TableColumn(bare, SWT.LEFT).setWidth(column.getWidth());
			}
			int columns = like.getColumnCount();
			bare.addListener(SWT.SetData, e -> {
				int row = bare.indexOf((org.eclipse.swt.widgets.TableItem) e.item);
				String[] texts = new String[columns];
				for (int c = 0; c < columns; c++) {
					texts[c] = "bench-" + row + " value " + c;
				}
				((org.eclipse.swt.widgets.TableItem) e.item).setText(texts);
			});
			bare.setItemCount(rows);
			shell.setBounds(like.getDisplay().map(like, null, like.getBounds()));
			shell.open();
			int[] paints = new int[1];
			bare.addListener(SWT.Paint, e -> paints[0]++);
			java.util.Random random = new java.util.Random(11);
			int visible = visibleRows(bare);
			for (int i = 0; i < 50; i++) {
				scroll(bare, random.nextInt(bare.getItemCount() - 2 * visible), new int[1], paints);
			}
			List<Double> jumps = new ArrayList<>();
			for (int i = 0; i < 300; i++) {
				jumps.add(scroll(bare, random.nextInt(bare.getItemCount() - 2 * visible), new int[1], paints));
			}
			return jumps;
		} finally {
			shell.dispose();
		}
	}

	private static void report(String what, List<Double> times) {
		long overFrame = times.stream().filter(t -> t > 1000.0 / 60).count();
		System.out.printf("[bench] devices:   %d %s: median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; %d over one frame "
				+ "(16.7 ms)%n", times.size(), what, percentile(times, 50), percentile(times, 95), percentile(times, 99),
				percentile(times, 100), overFrame);
	}

	private static int visibleRows(Table table) {
		return Math.max(1, (table.getClientArea().height - table.getHeaderHeight()) / table.getItemHeight() + 1);
	}

	static double percentile(List<Double> values, double p) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}
}
