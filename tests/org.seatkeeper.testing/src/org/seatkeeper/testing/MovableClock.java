package org.seatkeeper.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock for tests that stands still until it is moved or set (UTC). */
public final class MovableClock extends Clock {

	private volatile Instant now;

	/** Standing at 2026-11-23 10:00 UTC. */
	public MovableClock() {
		this(Instant.parse("2026-11-23T10:00:00Z"));
	}

	public MovableClock(Instant now) {
		this.now = now;
	}

	public void advance(Duration duration) {
		now = now.plus(duration);
	}

	public void set(Instant instant) {
		now = instant;
	}

	@Override
	public ZoneOffset getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return now;
	}
}
