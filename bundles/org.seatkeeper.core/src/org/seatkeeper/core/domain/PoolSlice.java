package org.seatkeeper.core.domain;

/**
 * The part of one feature record a named license pool holds.
 *
 * @param id              the server's slice id
 * @param featureRecordId the feature record it comes from
 * @param featureName     the feature name
 * @param featureVersion  the feature version
 * @param expiry          when the feature record ends
 * @param recordCount     the record's whole count
 * @param allocated       counts the pool holds of it
 * @param used            counts of the pool in use
 * @param computedCount   counts the model asked for
 * @param requested       the model's request as written, e.g. {@code 20} or {@code 50%}, or {@code ""}
 * @param uncounted       whether the feature is uncounted
 * @param status          {@code NORMAL}, {@code OVERAGE}, {@code DEFICIT} or what the server sends
 */
public record PoolSlice(long id, long featureRecordId, String featureName, String featureVersion, Expiry expiry,
		int recordCount, int allocated, int used, int computedCount, String requested, boolean uncounted, String status) {
}
