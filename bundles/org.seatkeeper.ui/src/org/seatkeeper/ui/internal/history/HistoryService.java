package org.seatkeeper.ui.internal.history;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.core.fleet.ServerList;
import org.seatkeeper.history.DemoHistory;
import org.seatkeeper.history.HistoryDatabase;
import org.seatkeeper.history.collector.Collector.Round;
import org.seatkeeper.history.collector.Collector;
import org.seatkeeper.history.collector.HistoryWriter;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.connection.ServerConnection;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.jobs.Background;

/**
 * The usage history of the window: the collector, run in a Job of {@link SeatkeeperUi#JOB_FAMILY} every
 * interval (a setting, 60 s by default) for every server of the list that can be asked without a prompt, the
 * same code {@code ./seatkeeper watch} runs; the alert rules evaluated on each round ({@link AlertCenter}); and
 * reads for the views, each on a connection of its own (in the caller's Job). The embedded demo server's first
 * round seeds 90 days of made-up history, marked as demo data. One instance per workbench.
 */
public final class HistoryService {

	/** The longest one server may take to answer a round. */
	public static final Duration LIMIT = Duration.ofSeconds(10);

	/** A read of the history, run in a Job. */
	@FunctionalInterface
	public interface Query<R> {
		R run(HistoryDatabase history) throws SQLException;
	}

	/** The history cannot be opened or read: its message says why (a file another program holds, a database down). */
	public static final class UnavailableException extends IOException {
		private static final long serialVersionUID = 1L;

		UnavailableException(SQLException cause) {
			super(NLS.bind(Messages.History_unavailable, cause.getMessage()), cause);
		}
	}

	private final ServerConnections fleet;
	private final HistorySettings settings;
	private final Clock clock;
	private final AlertCenter alerts;
	private final ListenerList<Consumer<Round>> listeners = new ListenerList<>();
	private final Job timer;
	private boolean demoRunning;
	/** The round in progress, a Job of the family. */
	private Job running;
	private Collector collector;
	private String collectorUrl;
	private volatile Round last;
	private volatile boolean stopped = true;
	/** Rounds start only when asked (tests: -Dseatkeeper.history.manual=true), not when the workbench starts. */
	public static final String MANUAL = "seatkeeper.history.manual";

	HistoryService(ServerConnections fleet, HistorySettings settings, Clock clock) {
		this.fleet = fleet;
		this.settings = settings;
		this.clock = clock;
		this.alerts = new AlertCenter(settings, ZoneId.systemDefault());
		// the timer only waits (outside the family, so that waiting for the family's work never waits for the next round)
		this.timer = Job.create(Messages.History_collecting, monitor -> {
			synchronized (this) {
				if (stopped || running != null) {
					return;
				}
				running = Background.task(Messages.History_collecting, this::round).system().schedule();
			}
		});
		timer.setSystem(true);
		fleet.addFleetListener(this::roundWhenDemoStarts);
	}

	/** The embedded demo server started: a round at once, so that its history (seeded on its first round) shows now. */
	private void roundWhenDemoStarts() {
		boolean runs = fleet.list().map(list -> list.entries().stream().filter(ServerEntry::embedded)
				.anyMatch(entry -> fleet.connection(entry.name()).flatMap(ServerConnection::surveyEntry).isPresent())).orElse(false);
		boolean started;
		synchronized (this) {
			started = runs && !demoRunning;
			demoRunning = runs;
		}
		if (started && !stopped) {
			collectNow();
		}
	}

	/** The workbench's one instance, kept in its context. */
	public static synchronized HistoryService of(IWorkbench workbench) {
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		HistoryService existing = context.get(HistoryService.class);
		if (existing == null) {
			existing = new HistoryService(workbench.getService(ServerConnections.class), HistorySettings.ofPreferences(), Clock.systemUTC());
			context.set(HistoryService.class, existing);
		}
		return existing;
	}

	public HistorySettings settings() {
		return settings;
	}

	public AlertCenter alerts() {
		return alerts;
	}

	/** Starts collecting: a round now, then one every interval. */
	public void start() {
		stopped = false;
		timer.schedule();
	}

	/** Stops collecting and closes the collector's connection (at the workbench's end). */
	public void stop() {
		Job round;
		synchronized (this) {
			stopped = true;
			round = running;
		}
		timer.cancel();
		if (round != null) {
			try {
				round.join(LIMIT.toMillis() * 2, new NullProgressMonitor());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		closeCollector();
		for (Reader reader = idleReaders.poll(); reader != null; reader = idleReaders.poll()) {
			close(reader);
		}
	}

	/** A round now, not waiting for the interval (after the settings changed, or from a test), if collecting. */
	public void collectNow() {
		timer.cancel();
		timer.schedule();
	}

	/** Whether the collector runs. */
	public boolean collecting() {
		return !stopped;
	}

	/** The last round, if one ran. */
	public Optional<Round> lastRound() {
		return Optional.ofNullable(last);
	}

	/** Hears each round when it is written (on the collector's thread). */
	public void addListener(Consumer<Round> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Round> listener) {
		listeners.remove(listener);
	}

	/**
	 * Runs {@code query} on a read connection of its own (one kept from an earlier read, else a new one: opening an
	 * H2 file costs more than most queries); call it from a Job. A connection that failed is closed, not kept.
	 */
	public <R> R read(Query<R> query) throws UnavailableException {
		String url = settings.url();
		Reader reader = idleReaders.poll();
		try {
			if (reader == null || !reader.url().equals(url)) {
				close(reader);
				reader = new Reader(url, settings.open());
			}
			R result = query.run(reader.history());
			if (!idleReaders.offer(reader)) {
				close(reader);
			}
			return result;
		} catch (SQLException e) {
			close(reader);
			throw new UnavailableException(e);
		} catch (RuntimeException e) {
			close(reader); // a query's bug: its connection is not handed to the next read
			throw e;
		}
	}

	/** A read connection and the URL it was opened for. */
	private record Reader(String url, HistoryDatabase history) {
	}

	/** The read connections not in use: a few, so that views reading at once each get one. */
	private final BlockingQueue<Reader> idleReaders = new ArrayBlockingQueue<>(3);

	private static void close(Reader reader) {
		if (reader != null) {
			try {
				reader.history().close();
			} catch (SQLException e) {
				// it failed already
			}
		}
	}

	private void round(IProgressMonitor monitor) {
		try {
			Optional<ServerList> list = fleet.list();
			if (list.isPresent()) {
				Collector running = collector();
				Map<String, LicenseServerClient> clients = new HashMap<>();
				List<ServerEntry> asked = new ArrayList<>();
				for (ServerEntry entry : list.get().entries()) {
					Optional<ServerConnection> connection = fleet.connection(entry.name());
					Optional<ServerEntry> reachable = connection.flatMap(ServerConnection::surveyEntry);
					Optional<LicenseServerClient> client = connection.flatMap(ServerConnection::surveyClient);
					if (reachable.isPresent() && client.isPresent()) {
						asked.add(reachable.get());
						clients.put(entry.name(), client.get());
						if (entry.embedded()) {
							seedDemo(entry.name(), client.get(), monitor);
						}
					}
				}
				Round round = running.collect(asked, entry -> Optional.ofNullable(clients.get(entry.name())), settings.interval(), LIMIT);
				last = round;
				alerts.evaluate(round);
				for (Consumer<Round> listener : listeners) {
					listener.accept(round);
				}
			}
		} catch (RuntimeException e) {
			ILog.of(getClass()).error("The history's collector failed; it goes on at the next round", e); // a bug: never stops the collector
		} finally {
			synchronized (this) {
				running = null;
			}
			if (!stopped) {
				Instant now = clock.instant();
				Duration interval = settings.interval();
				timer.schedule(Math.max(1_000, Duration.between(now, Collector.aligned(now, interval).plus(interval)).toMillis()));
			}
		}
	}

	/** The collector, made again when the database setting changed. */
	private synchronized Collector collector() {
		String url = settings.url();
		if (collector == null || !url.equals(collectorUrl)) {
			closeCollector();
			collector = new Collector(new HistoryWriter(settings::open), Collector.BUFFERED, clock);
			collectorUrl = url;
		}
		return collector;
	}

	private synchronized void closeCollector() {
		if (collector != null) {
			collector.close();
			collector = null;
		}
	}

	/** The demo server's first round in a history without it: 90 days made up from its features. */
	private void seedDemo(String name, LicenseServerClient client, IProgressMonitor monitor) {
		try (HistoryDatabase history = settings.open()) {
			if (history.servers().contains(name)) {
				return;
			}
			Map<String, DemoHistory.Feature> features = new LinkedHashMap<>();
			for (Feature record : client.features(monitor)) {
				features.merge(record.name() + "\u0000" + record.version(), new DemoHistory.Feature(record.name(), record.version(), record.count()),
						(a, b) -> new DemoHistory.Feature(a.name(), a.version(), a.count() + b.count()));
			}
			String saturating = features.values().stream().map(DemoHistory.Feature::name).filter("VR_MODE"::equals).findFirst()
					.orElse(features.values().stream().map(DemoHistory.Feature::name).findFirst().orElse(""));
			DemoHistory.seed(history, name, List.copyOf(features.values()), saturating, clock.instant(), ZoneId.systemDefault());
		} catch (SQLException | ServerException e) {
			ILog.of(getClass()).warn("The demo server's made-up history could not be written: " + e.getMessage());
		}
	}

	/** The default H2 file of the user running the window. */
	static String defaultUrl() {
		return HistoryDatabase.defaultUrl(Path.of(System.getProperty("user.home")));
	}
}
