package org.seatkeeper.core.domain;

import java.util.Objects;

/**
 * One line of an offline activation request: how many copies of an activation should remain on the
 * server (0 returns them all).
 *
 * @param activationId the activation (rights) id
 * @param count        the copies to keep, 0 or more
 */
public record ActivationCount(String activationId, int count) {

	public ActivationCount {
		Objects.requireNonNull(activationId, "activationId");
		if (activationId.isBlank()) {
			throw new IllegalArgumentException("An activation id must not be blank");
		}
		if (count < 0) {
			throw new IllegalArgumentException("The count of " + activationId + " must be 0 or more, not " + count);
		}
	}
}
