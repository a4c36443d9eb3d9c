package org.seatkeeper.core.domain;

import java.time.Instant;
import java.util.Map;

/**
 * A capability or activation request the server generated and that still waits for its response.
 *
 * @param requestId   the request's id
 * @param created     when it was generated, or {@code null}
 * @param activations the activation ids and counts it asked for, in the request's order (none for a plain capability request)
 */
public record OfflineRequest(String requestId, Instant created, Map<String, Integer> activations) {

	public OfflineRequest {
		activations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(activations));
	}
}
