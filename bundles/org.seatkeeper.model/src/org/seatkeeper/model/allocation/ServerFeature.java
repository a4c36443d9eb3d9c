package org.seatkeeper.model.allocation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.seatkeeper.model.FeatureVersion;

/**
 * One feature record of a license server, as far as distributing counts to pools needs it. A server
 * often holds several records with the same name (other versions, expiries or activations); each is
 * split into slices on its own.
 *
 * @param id           the server's id of the record
 * @param name         the feature name
 * @param version      the feature version
 * @param count        the number of counts
 * @param expiry       the last day it can be used; null if permanent
 * @param startDate    the first day it can be used; null if it has none
 * @param vendorString the vendor string; null if it has none
 */
public record ServerFeature(String id, String name, FeatureVersion version, long count, LocalDate expiry,
		LocalDate startDate, String vendorString) {

	public ServerFeature {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(version, "version");
		if (count < 0) {
			throw new IllegalArgumentException("The feature " + name + " " + version + " has a negative count: " + count);
		}
	}

	public boolean isPermanent() {
		return expiry == null;
	}

	public Optional<String> vendorStringIfAny() {
		return Optional.ofNullable(vendorString);
	}

	/** True if the record can be used on {@code day}: started and not expired. */
	public boolean isActiveOn(LocalDate day) {
		return (startDate == null || !startDate.isAfter(day)) && (expiry == null || !expiry.isBefore(day));
	}

	/** {@code name version (id ID)}, for messages. */
	public String label() {
		return name + " " + version + " (id " + id + ")";
	}
}
