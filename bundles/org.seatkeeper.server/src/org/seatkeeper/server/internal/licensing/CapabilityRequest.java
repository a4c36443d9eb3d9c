package org.seatkeeper.server.internal.licensing;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.seatkeeper.model.FeatureVersion;
import org.seatkeeper.server.internal.state.ServerData.HostIdValue;
import org.seatkeeper.server.internal.state.VendorDictionary;

/**
 * A capability request as a device sends it ({@code access_request}, {@code preview_request}): the
 * documented keys, and Seatkeeper's own that API.md lists ({@code internal.api.CapabilityRequests} reads them).
 *
 * @param granularity the borrow granularity the request asks for; null for the server's
 */
public record CapabilityRequest(HostIdValue hostId, String userId, String hostName, String hostType, String deviceType,
		VendorDictionary vendorDictionary, List<CapabilityRequest.Wanted> features, Duration borrow, ChronoUnit granularity, boolean partial,
		boolean incremental, String correlationId) {

	/**
	 * What a feature line of the request asks for: a positive count to get, 0 for none of it, a negative
	 * count (incremental requests only) to give back.
	 *
	 * @param from the pools to serve it from; null for the pools the model's rules give the device
	 */
	public record Wanted(String name, String version, FeatureVersion value, int count, List<String> from) {
	}

	/** DAY, HOUR, MINUTE or SECOND (any case) as a unit. */
	public static Optional<ChronoUnit> granularity(String text) {
		return switch (text.trim().toUpperCase(Locale.ROOT)) {
		case "DAY" -> Optional.of(ChronoUnit.DAYS);
		case "HOUR" -> Optional.of(ChronoUnit.HOURS);
		case "MINUTE" -> Optional.of(ChronoUnit.MINUTES);
		case "SECOND" -> Optional.of(ChronoUnit.SECONDS);
		default -> Optional.empty();
		};
	}
}
