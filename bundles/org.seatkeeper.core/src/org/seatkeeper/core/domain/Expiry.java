package org.seatkeeper.core.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/**
 * When a feature or a served count ends: a date, or never ({@link #PERMANENT}). Expiries order from
 * the soonest to permanent.
 *
 * @param date the last day, or {@code null} for permanent
 */
public record Expiry(LocalDate date) implements Comparable<Expiry> {

	/** A feature that never expires. */
	public static final Expiry PERMANENT = new Expiry(null);

	private static final Comparator<LocalDate> ORDER = Comparator.nullsLast(Comparator.naturalOrder());

	public static Expiry on(LocalDate date) {
		return new Expiry(date);
	}

	public boolean isPermanent() {
		return date == null;
	}

	/** Whether the expiry date is before {@code today}. A permanent feature never has expired. */
	public boolean hasExpired(LocalDate today) {
		return date != null && date.isBefore(today);
	}

	/**
	 * Whether this ends within {@code days} days of {@code today} (counting today), without having
	 * ended yet.
	 */
	public boolean endsWithin(LocalDate today, int days) {
		return date != null && !date.isBefore(today) && ChronoUnit.DAYS.between(today, date) < days;
	}

	@Override
	public int compareTo(Expiry other) {
		return ORDER.compare(date, other.date);
	}

	/** {@code permanent} or the ISO date, as servers write it. */
	@Override
	public String toString() {
		return date == null ? "permanent" : date.toString();
	}
}
