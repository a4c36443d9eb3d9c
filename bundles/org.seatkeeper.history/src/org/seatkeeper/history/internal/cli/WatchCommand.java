package org.seatkeeper.history.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.TrustedCertificates;
import org.seatkeeper.core.fleet.ListClients;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.core.fleet.ServerList;
import org.seatkeeper.core.fleet.ServerListException;
import org.seatkeeper.core.fleet.ServerListFile;
import org.seatkeeper.history.Sample;
import org.seatkeeper.history.alerts.Alert;
import org.seatkeeper.history.alerts.AlertEvaluator.Evaluation;
import org.seatkeeper.history.alerts.AlertEvaluator;
import org.seatkeeper.history.alerts.AlertRules;
import org.seatkeeper.history.alerts.Webhook;
import org.seatkeeper.history.collector.Collector.Round;
import org.seatkeeper.history.collector.Collector;
import org.seatkeeper.history.collector.HistoryWriter;
import org.seatkeeper.history.collector.Reading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./seatkeeper watch}: the history's collector without a window, to run as a service. Every interval it
 * reads the server list again, asks every server what it has in use and writes it to the history; one line per
 * round says what happened. A server that is down is recorded as down; a database that is down keeps the
 * samples waiting (the oldest dropped, and counted, beyond a day of them). It never stops on a failure, only
 * when told to (Ctrl+C, a TERM signal) or after --rounds.
 */
@Command(name = "seatkeeper watch", description = "Records the use of every server of the server list in the usage history, every "
		+ "--interval, until stopped: the collector of Seatkeeper's window, without a window, to run as a service. Logins use the user "
		+ "the list gives each server (or --user) and SEATKEEPER_PASSWORD; the database's password comes from SEATKEEPER_DB_PASSWORD.",
		exitCodeListHeading = "%nExit status:%n", exitCodeList = { "0:stopped as asked", "2:usage error or bad input" })
public final class WatchCommand implements Callable<Integer> {


	/** How long a stop waits for the round in progress. */
	private static final Duration STOPPING = Duration.ofSeconds(30);

	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, String> env;
	private final Path home;
	private final Clock clock;

	@Option(names = "--servers", order = 1, paramLabel = "FILE", description = "The server list (default: $SEATKEEPER_SERVERS, else "
			+ "~/.seatkeeper/servers.json).")
	Path servers;

	@Mixin
	DatabaseOptions database = new DatabaseOptions();

	@Option(names = "--interval", order = 4, paramLabel = "DURATION", converter = Durations.class, description = "How often every "
			+ "server is asked: 60s (the default), 5m, 1h.")
	Duration interval = Duration.ofSeconds(60);

	@Option(names = "--timeout", order = 5, paramLabel = "DURATION", converter = Durations.class, description = "How long one server "
			+ "may take to answer a round (default: 20s, or the interval when shorter).")
	Duration timeout;

	@Option(names = "--user", order = 6, paramLabel = "NAME", description = "Who logs in to every server (default: the user the list "
			+ "gives it, else $SEATKEEPER_USER, else admin).")
	String user;

	@Option(names = "--webhook", order = 7, paramLabel = "URL", description = "Post each alert raised or cleared to URL as JSON.")
	String webhook;

	@Option(names = "--alert-expiry-days", order = 8, paramLabel = "DAYS", description = "Alert when a feature expires within DAYS "
			+ "(default: 30; 0: off).")
	int expiryDays = AlertRules.DEFAULTS.expiryDays();

	@Option(names = "--alert-use", order = 9, paramLabel = "PERCENT", description = "Alert when a feature's use is at least PERCENT of "
			+ "its count (default: 90; 0: off)...")
	int usePercent = AlertRules.DEFAULTS.usePercent();

	@Option(names = "--alert-use-minutes", order = 10, paramLabel = "MINUTES", description = "...for MINUTES (default: 15).")
	int useMinutes = AlertRules.DEFAULTS.useMinutes();

	@Option(names = "--alert-down-minutes", order = 11, paramLabel = "MINUTES", description = "Alert when a server has not answered for "
			+ "MINUTES (default: 5; 0: off). Pools in deficit and overages always raise one.")
	int downMinutes = AlertRules.DEFAULTS.unreachableMinutes();

	@Option(names = "--rounds", order = 12, paramLabel = "N", description = "Stop after N rounds (default: run until stopped).")
	long rounds = Long.MAX_VALUE;

	public WatchCommand(PrintStream out, PrintStream err, Map<String, String> env, Path home, Clock clock) {
		this.out = out;
		this.err = err;
		this.env = env;
		this.home = home;
		this.clock = clock;
	}

	public static void main(String[] args) {
		System.exit(new WatchCommand(System.out, System.err, System.getenv(), Path.of(System.getProperty("user.home")), Clock.systemUTC())
				.run(List.of(args)));
	}

	/** Runs the command given by {@code args} and returns its exit status. */
	public int run(List<String> args) {
		return CommandLines.run(this, args, out, err);
	}

	@Override
	public Integer call() throws Exception {
		if (rounds < 1) {
			throw new UsageException("--rounds is at least 1, not " + rounds);
		}
		ServerListFile list = servers != null ? new ServerListFile(servers) : ServerListFile.of(env);
		String url = database.url(home);
		Duration limit = timeout != null ? timeout : interval.compareTo(Duration.ofSeconds(20)) < 0 ? interval : Duration.ofSeconds(20);
		AlertEvaluator alerts;
		Optional<Webhook> hook;
		try {
			alerts = new AlertEvaluator(new AlertRules(expiryDays, usePercent, useMinutes, downMinutes, true, true), ZoneId.systemDefault());
			hook = webhook == null ? Optional.empty() : Optional.of(new Webhook(webhook));
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage(), e);
		}
		Map<ServerEntry, LicenseServerClient> clients = new HashMap<>();
		Thread main = Thread.currentThread();
		Thread stopper = new Thread(() -> { // a TERM signal: the round in progress ends, what it read is written, then the JVM exits
			main.interrupt();
			try {
				main.join(STOPPING.toMillis());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "Seatkeeper watch stop");
		Runtime.getRuntime().addShutdownHook(stopper);
		out.println("seatkeeper watch: " + list.path() + " every " + interval.toSeconds() + " s into " + DatabaseOptions.withoutSecrets(url));
		try (Collector collector = new Collector(new HistoryWriter(() -> database.open(env, home)), Collector.BUFFERED,
				clock)) {
			for (long round = 1; round <= rounds && !Thread.currentThread().isInterrupted(); round++) {
				Optional<ServerList> read = read(list);
				if (read.isPresent()) {
					List<ServerEntry> entries = read.get().entries();
					clients.keySet().removeIf(entry -> {
						boolean gone = !entries.contains(entry);
						if (gone) {
							clients.get(entry).close();
						}
						return gone;
					});
					ListClients made = new ListClients(Optional.ofNullable(user), Optional.ofNullable(env.get("SEATKEEPER_PASSWORD")),
							trusted(), limit);
					String fallback = env.getOrDefault("SEATKEEPER_USER", "admin");
					Round done = collector.collect(entries, entry -> entry.embedded() ? Optional.empty()
							: Optional.of(clients.computeIfAbsent(entry, e -> made.client(e, fallback))), interval, limit);
					out.println(summary(done));
					tell(alerts.evaluate(done), hook);
				}
				if (round < rounds && !sleepUntil(Collector.aligned(clock.instant(), interval).plus(interval))) {
					break;
				}
			}
		} finally {
			clients.values().forEach(LicenseServerClient::close);
			try {
				Runtime.getRuntime().removeShutdownHook(stopper);
			} catch (IllegalStateException e) {
				// stopping: the hook runs
			}
		}
		out.println("seatkeeper watch: stopped");
		return CommandLines.OK;
	}

	/** Says the alerts raised and cleared, and posts them to the webhook. */
	private void tell(Evaluation evaluation, Optional<Webhook> hook) {
		for (Alert alert : evaluation.raised()) {
			out.println("ALERT raised: [" + alert.kind().label() + "] " + alert.message());
			hook.flatMap(h -> h.post("raised", alert)).ifPresent(problem -> err.println("seatkeeper watch: " + problem));
		}
		for (Alert alert : evaluation.cleared()) {
			out.println("ALERT cleared: [" + alert.kind().label() + "] " + alert.message());
			hook.flatMap(h -> h.post("cleared", alert)).ifPresent(problem -> err.println("seatkeeper watch: " + problem));
		}
	}

	/** The list as it is now; a list that cannot be read is told, and the round is skipped (the service goes on). */
	private Optional<ServerList> read(ServerListFile list) {
		try {
			return Optional.of(list.read());
		} catch (IOException | ServerListException e) {
			err.println("seatkeeper watch: " + Instant.now(clock) + " the server list cannot be read, this round is skipped: " + e.getMessage());
			return Optional.empty();
		}
	}

	private TrustedCertificates trusted() {
		Path file = home.resolve(".seatkeeper").resolve("trusted-certificates");
		try {
			return TrustedCertificates.load(file);
		} catch (IOException | IllegalArgumentException e) {
			err.println("seatkeeper watch: the trusted certificates cannot be read (" + file + "): " + e.getMessage());
			return new TrustedCertificates();
		}
	}

	/** One line of what a round did. */
	public static String summary(Round round) {
		List<Reading> down = round.readings().stream().filter(r -> !r.up()).toList();
		StringBuilder line = new StringBuilder(round.at().toString()).append("  ").append(round.readings().size())
				.append(round.readings().size() == 1 ? " server: " : " servers: ")
				.append(round.up()).append(" up");
		if (!down.isEmpty()) {
			line.append(", ").append(down.size()).append(" down (").append(down.stream()
					.map(r -> r.server().name() + ": " + ((Sample.Down) r.sample()).detail()).collect(Collectors.joining("; "))).append(')');
		}
		if (round.problem().isPresent()) {
			line.append("; the history database did not take them: ").append(round.problem().get());
		} else {
			line.append("; written");
		}
		if (round.waiting() > 0 || round.dropped() > 0) {
			line.append("; ").append(round.waiting()).append(" samples waiting for the database, ").append(round.dropped()).append(" dropped");
		}
		return line.toString();
	}

	/** Waits until {@code next}; false when told to stop meanwhile. */
	private boolean sleepUntil(Instant next) {
		long millis = Duration.between(clock.instant(), next).toMillis();
		try {
			if (millis > 0) {
				Thread.sleep(millis);
			}
			return true;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
