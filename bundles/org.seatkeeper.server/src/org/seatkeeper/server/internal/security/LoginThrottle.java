package org.seatkeeper.server.internal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} failed logins in a row for a user, or from
 * an address, each further attempt must wait, twice as long after each failure (1 s, 2 s, 4 s, … up to
 * 15 minutes). A successful login clears the user's and the address's count. Kept in memory: a restart
 * forgets it, which costs a guesser a restart of the server.
 */
public final class LoginThrottle {

	/** Failures in a row that cost nothing. */
	public static final int FREE_FAILURES = 5;
	static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
	/** Users and addresses tracked before those not seen for a while are forgotten. */
	private static final int TRACKED = 10_000;

	private record Failures(int count, Instant until) {
	}

	private final Map<String, Failures> byUser = new ConcurrentHashMap<>();
	private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

	/** How long {@code user} from {@code address} must still wait before trying, or empty. */
	public Optional<Duration> wait(String user, String address, Instant now) {
		Duration wait = Duration.ZERO;
		for (Failures failures : new Failures[] { byUser.get(user), byAddress.get(address) }) {
			if (failures != null && failures.until() != null && failures.until().isAfter(now)) {
				Duration left = Duration.between(now, failures.until());
				wait = left.compareTo(wait) > 0 ? left : wait;
			}
		}
		return wait.isZero() ? Optional.empty() : Optional.of(wait);
	}

	public void failed(String user, String address, Instant now) {
		prune(now);
		byUser.merge(user, next(1, now), (old, one) -> next(old.count() + 1, now));
		byAddress.merge(address, next(1, now), (old, one) -> next(old.count() + 1, now));
	}

	public void succeeded(String user, String address) {
		byUser.remove(user);
		byAddress.remove(address);
	}

	private static Failures next(int count, Instant now) {
		if (count < FREE_FAILURES) {
			return new Failures(count, null);
		}
		long seconds = 1L << Math.min(count - FREE_FAILURES, 20);
		Duration wait = Duration.ofSeconds(seconds);
		return new Failures(count, now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait));
	}

	private void prune(Instant now) {
		for (Map<String, Failures> map : java.util.List.of(byUser, byAddress)) {
			if (map.size() > TRACKED) {
				Instant old = now.minus(LONGEST_WAIT.multipliedBy(2));
				map.values().removeIf(f -> f.until() == null || f.until().isBefore(old));
			}
		}
	}
}
