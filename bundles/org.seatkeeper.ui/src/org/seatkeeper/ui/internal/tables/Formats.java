package org.seatkeeper.ui.internal.tables;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

import org.seatkeeper.core.domain.Expiry;

/** How dates, expiries and counts are written in the views. */
public final class Formats {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** Orders expiries soonest first, permanent last, unknown (null) before all. */
	public static final Comparator<Expiry> EXPIRY_ORDER = Comparator.nullsFirst(Comparator.naturalOrder());

	private Formats() {
	}

	public static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	public static String expiry(Expiry expiry) {
		return expiry == null ? "" : expiry.isPermanent() ? "permanent" : expiry.date().toString();
	}

	public static String time(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(ZoneId.systemDefault()));
	}

	/** E.g. "1,234 bytes". */
	public static String bytes(long size) {
		return String.format("%,d bytes", size);
	}

	/** Whether {@code expiry} ends within 30 days from today (and has not ended yet). */
	public static boolean expiresSoon(Expiry expiry) {
		return expiry != null && expiry.endsWithin(LocalDate.now(), 30);
	}
}
