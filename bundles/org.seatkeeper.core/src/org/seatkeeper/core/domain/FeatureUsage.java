package org.seatkeeper.core.domain;

import java.util.Objects;

/**
 * One device's use of one feature record, as real servers list the devices a feature serves
 * ({@code GET features/{id}/clients}, the reference's §1.4.8): one usage record per grant.
 *
 * @param featureRecordId the feature record used
 * @param id              the usage record's id on the server, or 0 when it sends none
 * @param device          the device
 * @param useCount        the counts it uses
 * @param reservedCount   of them, counts from a reservation
 * @param usageKind       how it uses them, as the server names it, or {@code ""}
 */
public record FeatureUsage(long featureRecordId, long id, Device device, int useCount, int reservedCount, String usageKind) {

	public FeatureUsage {
		Objects.requireNonNull(device, "device");
		Objects.requireNonNull(usageKind, "usageKind");
	}
}
