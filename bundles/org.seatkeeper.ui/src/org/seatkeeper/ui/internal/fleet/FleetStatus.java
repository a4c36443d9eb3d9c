package org.seatkeeper.ui.internal.fleet;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.IWorkbench;
import org.seatkeeper.core.client.ClientOptions;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.fleet.FleetSurvey.Row;
import org.seatkeeper.core.fleet.FleetSurvey;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.core.fleet.ServerList;
import org.seatkeeper.core.fleet.ServerListException;
import org.seatkeeper.ui.internal.connection.ServerConnection;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.jobs.Background;

/**
 * The key figures of every server of the list, for the License Servers view and the Fleet Overview: a
 * {@link FleetSurvey} in a Job (8 servers at a time, each within {@link #LIMIT}), through each server's
 * survey client (its known login, never a prompt). Rows are handed to the listeners as they arrive, so a
 * slow server never holds back the others. While a part watches, it refreshes every
 * {@link #INTERVAL}; one instance per workbench.
 */
public final class FleetStatus {

	/** The longest a server may take to answer a survey. */
	public static final Duration LIMIT = Duration.ofSeconds(10);
	/** How often the figures are asked while a part shows them. */
	public static final Duration INTERVAL = Duration.ofSeconds(60);

	private final ServerConnections fleet;
	private final Map<String, Row> rows = new HashMap<>();
	/** Hears each row as it arrives (on a survey's thread), and {@code null} when a survey ends. */
	private final ListenerList<Consumer<Row>> listeners = new ListenerList<>();
	private Job running;
	private Instant lastSurvey;
	private int watchers;
	private final Job timer;
	/** The servers the last survey could not ask yet: the embedded demo server before it runs. */
	private List<String> notRunning = List.of();

	FleetStatus(ServerConnections fleet) {
		this.fleet = fleet;
		// the embedded server is asked as soon as it runs, not at the next interval
		fleet.addFleetListener(this::askWhenStarted);
		this.timer = Job.create(Messages.Fleet_surveying, monitor -> {
			refresh();
		});
		timer.setSystem(true);
	}

	/** The workbench's one instance, kept in its context. */
	public static FleetStatus of(IWorkbench workbench) {
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		FleetStatus existing = context.get(FleetStatus.class);
		if (existing == null) {
			existing = new FleetStatus(workbench.getService(ServerConnections.class));
			context.set(FleetStatus.class, existing);
		}
		return existing;
	}

	public ServerConnections fleet() {
		return fleet;
	}

	/** The last row of the server named {@code name}, if it was asked. */
	public synchronized Optional<Row> row(String name) {
		return Optional.ofNullable(rows.get(key(name)));
	}

	/** When the last survey ended, if one did. */
	public synchronized Optional<Instant> lastSurvey() {
		return Optional.ofNullable(lastSurvey);
	}

	/** Whether a survey is running. */
	public synchronized boolean surveying() {
		return running != null;
	}

	public void addListener(Consumer<Row> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Row> listener) {
		listeners.remove(listener);
	}

	/** A part shows the figures: they are asked now, and every {@link #INTERVAL} while any part watches. */
	public void watch() {
		boolean first;
		synchronized (this) {
			first = watchers++ == 0;
		}
		if (first) {
			refresh();
		}
	}

	public void unwatch() {
		synchronized (this) {
			watchers = Math.max(0, watchers - 1);
			if (watchers > 0) {
				return;
			}
		}
		timer.cancel();
	}

	/**
	 * Reads the list again (the command line may have changed it) and asks every server, in a Job; a
	 * survey already running is not started twice.
	 */
	public Job refresh() {
		synchronized (this) {
			if (running != null) {
				return running;
			}
			running = Background.task(Messages.Fleet_surveying, monitor -> survey()).system().schedule();
			return running;
		}
	}

	private void survey() {
		try {
			try {
				fleet.reload();
			} catch (java.io.IOException | ServerListException e) {
				ILog.of(getClass()).warn("The server list could not be read again: " + e.getMessage());
			}
			ServerList list;
			try {
				list = fleet.awaitList(null);
			} catch (org.seatkeeper.core.client.ServerException e) {
				return;
			}
			List<ServerEntry> asked = new ArrayList<>();
			List<String> waiting = new ArrayList<>();
			for (ServerEntry entry : list.entries()) {
				fleet.connection(entry.name()).flatMap(ServerConnection::surveyEntry).ifPresentOrElse(asked::add, () -> waiting.add(entry.name()));
			}
			synchronized (this) {
				notRunning = List.copyOf(waiting);
				// a server that left the list, or is not running, has no figures to show any more
				rows.keySet().removeIf(k -> asked.stream().noneMatch(e -> key(e.name()).equals(k)));
			}
			FleetSurvey.survey(asked, this::clientFor, LIMIT, LocalDate.now(), this::arrived);
		} finally {
			boolean again;
			synchronized (this) {
				running = null;
				lastSurvey = Instant.now();
				again = watchers > 0;
			}
			for (Consumer<Row> listener : listeners) {
				listener.accept(null);
			}
			if (again) {
				timer.schedule(INTERVAL.toMillis());
			}
		}
	}

	/** Asks again when a server the last survey had to leave out (the embedded one) runs now, while a part watches. */
	private void askWhenStarted() {
		List<String> waiting;
		synchronized (this) {
			if (watchers == 0 || running != null || notRunning.isEmpty()) {
				return;
			}
			waiting = notRunning;
		}
		if (waiting.stream().anyMatch(name -> fleet.connection(name).flatMap(ServerConnection::surveyEntry).isPresent())) {
			refresh();
		}
	}

	private LicenseServerClient clientFor(ServerEntry entry) {
		return fleet.connection(entry.name()).flatMap(ServerConnection::surveyClient)
				.orElseThrow(() -> new IllegalStateException("'" + entry.name() + "' left the list"));
	}

	private void arrived(Row row) {
		synchronized (this) {
			rows.put(key(row.server().name()), row);
		}
		for (Consumer<Row> listener : listeners) {
			listener.accept(row);
		}
	}

	/**
	 * Asks one server as it is given (e.g. in the entry dialog, before it is saved): a client of its own,
	 * with the login kept for its address if any, the pinned certificates, and the survey's limits. Blocks.
	 * Empty for the embedded server while it is not running.
	 */
	public Optional<Row> test(ServerEntry entry, Optional<ServerConnection> known) {
		if (known.isPresent() && known.get().entry().equals(entry)) {
			Optional<ServerEntry> asked = known.get().surveyEntry();
			if (asked.isEmpty()) {
				return Optional.empty(); // the embedded server, not started
			}
			List<Row> result = FleetSurvey.survey(List.of(asked.get()), this::clientFor, LIMIT, LocalDate.now());
			arrived(result.get(0));
			return Optional.of(result.get(0));
		}
		if (entry.embedded()) {
			return Optional.empty();
		}
		try (LicenseServerClient client = new LicenseServerClient(ClientOptions.of(entry.address())
				.withTimeouts(Duration.ofSeconds(4), Duration.ofSeconds(8)).withTrusted(fleet.trustedCertificates())
				.withCredentials(fleet.knownLogin(entry.address())))) {
			return Optional.of(FleetSurvey.survey(List.of(entry), e -> client, LIMIT, LocalDate.now()).get(0));
		}
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}
}
