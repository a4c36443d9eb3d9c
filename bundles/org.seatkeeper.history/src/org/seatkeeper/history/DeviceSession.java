package org.seatkeeper.history;

import java.time.Instant;
import java.util.Optional;

/**
 * A device holding a feature from {@code checkedOut} to {@code returned} (empty while it still holds it), as
 * inferred from successive answers: the times are those of the first answer that listed it and the first that
 * did not.
 */
public record DeviceSession(String device, String feature, String version, Instant checkedOut, Optional<Instant> returned) {
}
