package org.seatkeeper.core.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A device (client) the server has served.
 *
 * @param id               the server's client id
 * @param hostId           the hostid the device identified itself with
 * @param status           the served status: {@code NORMAL}, {@code RETURNED}, {@code EXPIRED},
 *                         {@code DROPPED}, or what the server sends
 * @param hostName         the device's host name (shown as its alias), or {@code ""}
 * @param hostType         the host type the device reported, or {@code ""}
 * @param deviceType       physical, virtual or unknown as the server writes it, or {@code ""}
 * @param user             the user the device reported, or {@code ""}
 * @param expiry           when its borrow ends, or {@code null}
 * @param lastRequest      when it last asked the server, or {@code null}
 * @param vendorDictionary what the device sent as vendor dictionary, arrays joined with {@code ", "}
 * @param features         what it holds
 */
public record Device(long id, HostId hostId, String status, String hostName, String hostType, String deviceType,
		String user, Instant expiry, Instant lastRequest, Map<String, String> vendorDictionary,
		List<ServedFeature> features) {

	public Device {
		Objects.requireNonNull(hostId, "hostId");
		vendorDictionary = Map.copyOf(vendorDictionary);
		features = List.copyOf(features);
	}

	/** The alias shown for the device: its host name. */
	public String alias() {
		return hostName;
	}

	/** The counts it holds, over all features. */
	public int countsHeld() {
		return features.stream().mapToInt(ServedFeature::count).sum();
	}
}
