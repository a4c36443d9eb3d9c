package org.seatkeeper.history;

/** A feature and version a server has history of. */
public record FeatureKey(String feature, String version) {
}
