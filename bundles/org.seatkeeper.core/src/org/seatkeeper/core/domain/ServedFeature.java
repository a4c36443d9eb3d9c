package org.seatkeeper.core.domain;

import java.time.LocalDate;

/**
 * What a device holds of one feature.
 *
 * @param featureRecordId the server's feature record id, or 0 if the server does not say
 * @param name            the feature name
 * @param version         the feature version
 * @param count           counts held
 * @param reserved        of them, counts from a reservation
 * @param overdraft       of them, overdraft counts
 * @param pool            the named license pool they came from, or {@code ""}
 * @param expiry          when the feature record ends
 * @param startDate       the record's start date, or {@code null}
 * @param vendorString    the record's vendor string, or {@code ""}
 */
public record ServedFeature(long featureRecordId, String name, String version, int count, int reserved, int overdraft,
		String pool, Expiry expiry, LocalDate startDate, String vendorString) {
}
