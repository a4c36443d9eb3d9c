package org.seatkeeper.core.domain;

import java.time.Instant;

/**
 * The model definition a server applies.
 *
 * @param isDefault  whether no model was uploaded, so the default model (one default pool) applies
 * @param name       the model's name, or {@code ""}
 * @param definition the model definition text, or {@code ""} for the default model
 * @param applied    when it was applied, or {@code null}
 */
public record ServerModel(boolean isDefault, String name, String definition, Instant applied) {
}
