package org.seatkeeper.core.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One feature record on a server. Several records may carry the same feature name, from different
 * activations, versions or expiries; {@link FeatureSummary} adds them up.
 *
 * @param id                 the server's record id
 * @param name               the feature name
 * @param version            the feature version as the server writes it, e.g. {@code 1.0}
 * @param count              the counts the record holds (0 for uncounted features)
 * @param used               counts in use, reserved or shared
 * @param sharedUsed         counts in use outside reservations
 * @param reserved           counts set aside by reservation groups
 * @param assignedReserved   reserved counts that devices use
 * @param unassignedReserved reserved counts no device uses yet
 * @param overdraftCount     overdraft counts the record allows beyond {@code count}
 * @param overdraftUsed      overdraft counts in use
 * @param uncappedOverdraft  whether overdraft has no limit
 * @param metered            whether the feature is metered
 * @param meteredReusable    whether metered counts come back when returned
 * @param concurrent         whether the feature is concurrent (floating)
 * @param uncounted          whether the feature has no count limit
 * @param type               the server's type, e.g. {@code CONCURRENT}, or {@code ""}
 * @param kind               the server's feature kind, or {@code ""}
 * @param vendor             the producer's vendor name, or {@code ""}
 * @param activationId       the activation (rights) id the record came from, or {@code ""}
 * @param expiry             when the record ends
 * @param startDate          the first day it may be used, or {@code null}
 * @param vendorString       the producer's vendor string, or {@code ""}
 * @param issuer             who issued it, or {@code ""}
 * @param notice             its notice text, or {@code ""}
 * @param serialNumber       its serial number, or {@code ""}
 * @param received           when the server received it, or {@code null}
 */
public record Feature(long id, String name, String version, int count, int used, int sharedUsed, int reserved,
		int assignedReserved, int unassignedReserved, int overdraftCount, int overdraftUsed, boolean uncappedOverdraft,
		boolean metered, boolean meteredReusable, boolean concurrent, boolean uncounted, String type, String kind,
		String vendor, String activationId, Expiry expiry, LocalDate startDate, String vendorString, String issuer,
		String notice, String serialNumber, Instant received) {

	public Feature {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(expiry, "expiry");
	}

	/** Counts that can still be served, without overdraft: count − used, never below 0. */
	public int available() {
		return Math.max(0, count - used);
	}

	/**
	 * Counts in use beyond the record's count, not counting overdraft: an overage that lasts until devices
	 * return or renew, after the server's counts were reduced below use. 0 for an uncounted record.
	 */
	public int overage() {
		return uncounted ? 0 : Math.max(0, used - overdraftUsed - count);
	}

	/** Whether the record has counts to limit: not uncounted and not metered. */
	public boolean counted() {
		return !uncounted;
	}

	/** Whether the record can serve on {@code today}: started and not expired. */
	public boolean activeOn(LocalDate today) {
		return !expiry.hasExpired(today) && (startDate == null || !startDate.isAfter(today));
	}
}
