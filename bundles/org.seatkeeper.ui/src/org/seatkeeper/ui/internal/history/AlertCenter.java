package org.seatkeeper.ui.internal.history;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ListenerList;
import org.seatkeeper.history.alerts.Alert;
import org.seatkeeper.history.alerts.AlertEvaluator.Evaluation;
import org.seatkeeper.history.alerts.AlertEvaluator;
import org.seatkeeper.history.collector.Collector.Round;
import org.seatkeeper.ui.internal.jobs.Background;

/**
 * The window's alerts: the rules evaluated on each round of the collector, the alerts raised kept until they
 * clear and are acknowledged, and muting for a time. A raised alert is told once ({@link #setNotifier}: a
 * desktop notification); while it is unacknowledged it is not told again, even if its condition clears and
 * comes back. A muted alert is kept and shown but never told. The mutes, and the active alerts seen, are kept in
 * the preferences for the next run. Thread-safe: rounds come from the collector's
 * Job, acknowledgements from the UI.
 */
public final class AlertCenter {

	/** The state of one alert in the window. */
	public enum State {
		/** Its condition holds. */
		ACTIVE,
		/** Its condition ended; it stays until acknowledged. */
		CLEARED
	}

	/**
	 * One alert as the Alerts view shows it.
	 *
	 * @param raised       when it was raised in this window
	 * @param acknowledged whether a person has seen it
	 * @param mutedUntil   until when it is not told, if muted
	 */
	public record Entry(Alert alert, State state, Instant raised, boolean acknowledged, Optional<Instant> mutedUntil) {

		public boolean muted(Instant now) {
			return mutedUntil.isPresent() && mutedUntil.get().isAfter(now);
		}

		Entry with(State newState, Alert newAlert) {
			return new Entry(newAlert, newState, raised, acknowledged, mutedUntil);
		}
	}

	private final HistorySettings settings;
	private final AlertEvaluator evaluator;
	private final Clock clock;
	private final Map<String, Entry> entries = new LinkedHashMap<>();
	/** Until when each muted alert is muted, kept when it clears: the same condition coming back stays muted. */
	private final Map<String, Instant> mutes;
	/** The keys of active alerts a person has seen, kept when the window restarts: the same condition is not told again. */
	private final Set<String> seen;
	private final ListenerList<Runnable> listeners = new ListenerList<>();
	private volatile Consumer<List<Alert>> notifier = alerts -> {
	};

	/** The alerts of a window, with the mutes and the alerts seen that the settings kept from its last run. */
	public AlertCenter(HistorySettings settings, ZoneId zone) {
		this(settings, zone, Clock.systemUTC());
	}

	AlertCenter(HistorySettings settings, ZoneId zone, Clock clock) {
		this.settings = settings;
		this.evaluator = new AlertEvaluator(settings.rules(), zone);
		this.clock = clock;
		this.mutes = new LinkedHashMap<>(settings.mutedAlerts(clock.instant()));
		this.seen = new LinkedHashSet<>(settings.seenAlerts());
	}

	/** Who tells a person about alerts just raised (the window: a desktop notification), on the collector's thread. */
	public void setNotifier(Consumer<List<Alert>> newNotifier) {
		notifier = newNotifier;
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** Evaluates the rules (as the settings have them now) on {@code round}; tells the alerts newly raised. */
	public void evaluate(Round round) {
		evaluator.rules(settings.rules());
		Evaluation evaluation = evaluator.evaluate(round);
		Instant now = clock.instant();
		List<Alert> tell = new ArrayList<>();
		boolean changed = false;
		synchronized (this) {
			for (Alert alert : evaluation.raised()) {
				Entry before = entries.get(alert.key());
				if (before == null && seen.contains(alert.key())) { // seen in an earlier run, still holding: not told again
					entries.put(alert.key(), new Entry(alert, State.ACTIVE, now, true, Optional.ofNullable(mutes.get(alert.key()))));
				} else if (before == null || before.acknowledged()) {
					Entry entry = new Entry(alert, State.ACTIVE, now, false, Optional.ofNullable(mutes.get(alert.key())));
					entries.put(alert.key(), entry);
					if (!entry.muted(now)) {
						tell.add(alert);
					}
				} else {
					entries.put(alert.key(), before.with(State.ACTIVE, alert)); // unacknowledged: not told again
				}
			}
			for (Alert alert : evaluation.active()) {
				entries.computeIfPresent(alert.key(), (key, entry) -> entry.with(State.ACTIVE, alert)); // its message follows the time
			}
			for (Alert alert : evaluation.cleared()) {
				entries.computeIfPresent(alert.key(), (key, entry) -> entry.acknowledged() ? null : entry.with(State.CLEARED, entry.alert()));
				changed |= seen.remove(alert.key());
			}
		}
		if (changed) {
			store();
		}
		if (!tell.isEmpty()) {
			notifier.accept(tell);
		}
		fire();
	}

	/** The alerts, active ones first, newest first. */
	public synchronized List<Entry> entries() {
		return entries.values().stream().sorted(Comparator.comparing((Entry e) -> e.state()).thenComparing(Entry::raised, Comparator.reverseOrder()))
				.toList();
	}

	/** How many active alerts of {@code server} are neither acknowledged nor muted: the badge of the server. */
	public synchronized int unseen(String server) {
		Instant now = clock.instant();
		return (int) entries.values().stream().filter(e -> e.alert().server().equals(server) && e.state() == State.ACTIVE && !e.acknowledged()
				&& !e.muted(now)).count();
	}

	/** A person has seen the alerts of {@code keys}: cleared ones go, active ones stay until they clear. */
	public void acknowledge(List<String> keys) {
		synchronized (this) {
			for (String key : keys) {
				Entry entry = entries.computeIfPresent(key, (k, e) -> e.state() == State.CLEARED ? null
						: new Entry(e.alert(), e.state(), e.raised(), true, e.mutedUntil()));
				if (entry == null) {
					seen.remove(key);
				} else {
					seen.add(key);
				}
			}
		}
		store();
		fire();
	}

	/** The alerts of {@code keys} are not told, nor counted in the badge, for {@code time}; {@code null} unmutes. */
	public void mute(List<String> keys, Duration time) {
		Optional<Instant> until = time == null ? Optional.empty() : Optional.of(clock.instant().plus(time));
		synchronized (this) {
			for (String key : keys) {
				until.ifPresentOrElse(u -> mutes.put(key, u), () -> mutes.remove(key));
				entries.computeIfPresent(key, (k, e) -> new Entry(e.alert(), e.state(), e.raised(), e.acknowledged(), until));
			}
			Instant now = clock.instant();
			mutes.values().removeIf(u -> !u.isAfter(now));
		}
		store();
		fire();
	}

	/** Keeps the mutes and the alerts seen for the next run, in a Job (it writes the preferences). */
	private void store() {
		Map<String, Instant> muted;
		Set<String> seenNow;
		synchronized (this) {
			muted = Map.copyOf(mutes);
			seenNow = Set.copyOf(seen);
		}
		Background.task(Messages.Alerts_storing, monitor -> settings.storeAlerts(muted, seenNow)
				.ifPresent(problem -> ILog.of(AlertCenter.class).warn("The alerts' mutes could not be kept: " + problem))).system().schedule();
	}

	/** The alerts muted and seen as they stand now, for tests. */
	public synchronized Set<String> seen() {
		return Set.copyOf(seen);
	}

	private void fire() {
		for (Runnable listener : listeners) {
			listener.run();
		}
	}
}
