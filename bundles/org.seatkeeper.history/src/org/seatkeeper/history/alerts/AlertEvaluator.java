package org.seatkeeper.history.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.core.domain.Pool;
import org.seatkeeper.core.domain.PoolSlice;
import org.seatkeeper.history.FeatureSample;
import org.seatkeeper.history.Sample;
import org.seatkeeper.history.collector.Collector.Round;
import org.seatkeeper.history.collector.Reading;

/**
 * Evaluates the alert rules on each round of the collector: which conditions hold now, which began (raised) and
 * which ended (cleared) since the last round. Conditions that must last (use at the limit, a server
 * unreachable) are timed from the first round that saw them. A server left out of a round keeps its alerts.
 * Not thread-safe: the collector's thread calls it.
 */
public final class AlertEvaluator {

	private static final String OVERAGE = "%s on %s is in overage: %d counts in use beyond its %d; the server refuses new requests for it";
	private static final String OVERDRAFT = "%s on %s draws on its overdraft: %d of its %d overdraft counts in use beyond its %d; "
			+ "requests beyond the overdraft are refused";

	/** What one round changed. */
	public record Evaluation(List<Alert> active, List<Alert> raised, List<Alert> cleared) {
	}

	private volatile AlertRules rules;
	private final ZoneId zone;
	/** When each lasting condition was first seen, by alert key: the time counts from there. */
	private final Map<String, Instant> seenSince = new HashMap<>();
	private final Map<String, Alert> active = new LinkedHashMap<>();

	public AlertEvaluator(AlertRules rules, ZoneId zone) {
		this.rules = rules;
		this.zone = zone;
	}

	/** Takes new rules from the next round on. */
	public void rules(AlertRules changed) {
		this.rules = changed;
	}

	public AlertRules rules() {
		return rules;
	}

	/** The conditions of {@code round}, against those of the rounds before. */
	public Evaluation evaluate(Round round) {
		AlertRules now = rules;
		Map<String, Alert> holding = new LinkedHashMap<>();
		Set<String> asked = new HashSet<>();
		Set<String> seen = new HashSet<>();
		for (Reading reading : round.readings()) {
			asked.add(reading.server().name());
			for (Alert alert : conditions(reading, round.at(), now, seen)) {
				holding.put(alert.key(), alert);
			}
		}
		// a lasting condition not seen this round on a server that was asked starts again from zero next time
		seenSince.keySet().removeIf(key -> asked.contains(server(key)) && !seen.contains(key));
		List<Alert> raised = new ArrayList<>();
		List<Alert> cleared = new ArrayList<>();
		for (Alert alert : holding.values()) {
			if (!active.containsKey(alert.key())) {
				raised.add(alert);
			}
		}
		for (Alert before : List.copyOf(active.values())) {
			if (asked.contains(before.server()) && !holding.containsKey(before.key())) {
				cleared.add(before);
				active.remove(before.key());
			}
		}
		holding.values().forEach(alert -> active.put(alert.key(), alert));
		return new Evaluation(List.copyOf(active.values()), raised, cleared);
	}

	/** The conditions {@code reading} shows; the lasting ones it sees (held long enough or not yet) go to {@code seen}. */
	private List<Alert> conditions(Reading reading, Instant at, AlertRules now, Set<String> seen) {
		String server = reading.server().name();
		List<Alert> alerts = new ArrayList<>();
		if (reading.sample() instanceof Sample.Down down) {
			if (now.unreachableMinutes() > 0) {
				Instant since = lasting(server, Alert.Kind.UNREACHABLE, "", at, seen);
				if (!since.plus(Duration.ofMinutes(now.unreachableMinutes())).isAfter(at)) {
					alerts.add(new Alert(server, Alert.Kind.UNREACHABLE, "", server + " has not answered for " + minutes(since, at) + ": " + down.detail(),
							since));
				}
			}
			return alerts;
		}
		Sample.Up up = (Sample.Up) reading.sample();
		if (now.usePercent() > 0) {
			for (FeatureSample feature : up.features()) {
				if (feature.total() > 0 && feature.used() * 100L >= (long) now.usePercent() * feature.total()) {
					String subject = feature.feature() + " " + feature.version();
					Instant since = lasting(server, Alert.Kind.FULL, subject, at, seen);
					if (!since.plus(Duration.ofMinutes(now.useMinutes())).isAfter(at)) {
						alerts.add(new Alert(server, Alert.Kind.FULL, subject, String.format(Locale.ROOT, "%s on %s: %d of %d in use (%.0f %%) for %s",
								subject, server, feature.used(), feature.total(), 100.0 * feature.used() / feature.total(), minutes(since, at)), since));
					}
				}
			}
		}
		if (now.expiryDays() > 0) {
			LocalDate today = at.atZone(zone).toLocalDate();
			for (Feature record : reading.records()) {
				LocalDate ends = record.expiry().date();
				if (ends != null && !ends.isBefore(today) && !ends.isAfter(today.plusDays(now.expiryDays()))) {
					String subject = record.name() + " " + record.version();
					long days = ChronoUnit.DAYS.between(today, ends);
					alerts.add(new Alert(server, Alert.Kind.EXPIRY, subject, subject + " on " + server + " expires on " + ends
							+ (days == 0 ? ", today" : days == 1 ? ", tomorrow" : ", in " + days + " days"), at));
				}
			}
		}
		if (now.poolDeficit() && reading.pools().isPresent()) {
			for (Pool pool : reading.pools().get()) {
				for (PoolSlice slice : pool.slices()) {
					if ("DEFICIT".equalsIgnoreCase(slice.status())) {
						String subject = pool.name() + " / " + slice.featureName() + " " + slice.featureVersion();
						alerts.add(new Alert(server, Alert.Kind.POOL_DEFICIT, subject, "The pool '" + pool.name() + "' on " + server
								+ " is in deficit for " + slice.featureName() + " " + slice.featureVersion() + ": it holds " + slice.allocated()
								+ " of the " + slice.computedCount() + " the model gives it", at));
					}
				}
			}
		}
		if (now.refusals() && reading.overages().isPresent()) {
			for (Feature record : reading.overages().get()) {
				String subject = record.name() + " " + record.version();
				String what = record.overage() > 0 ? OVERAGE.formatted(subject, server, record.overage(), record.count())
						: OVERDRAFT.formatted(subject, server, record.overdraftUsed(), record.overdraftCount(), record.count());
				alerts.add(new Alert(server, Alert.Kind.REFUSING, subject, what, at));
			}
		}
		return alerts;
	}

	/** When the lasting condition was first seen (now, if this is the first round that sees it). */
	private Instant lasting(String server, Alert.Kind kind, String subject, Instant at, Set<String> seen) {
		String key = new Alert(server, kind, subject, "", at).key();
		seen.add(key);
		return seenSince.computeIfAbsent(key, k -> at);
	}

	private static String server(String key) {
		return key.substring(0, key.indexOf('\u0000'));
	}

	private static String minutes(Instant since, Instant at) {
		long minutes = Duration.between(since, at).toMinutes();
		return minutes < 1 ? "less than a minute" : minutes == 1 ? "1 minute" : minutes < 120 ? minutes + " minutes" : minutes / 60 + " hours";
	}
}
