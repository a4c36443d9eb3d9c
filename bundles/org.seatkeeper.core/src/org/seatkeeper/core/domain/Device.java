package org.seatkeeper.core.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A device (client) the server has served. Real servers send more about a device than Seatkeeper's own
 * server (the reference's §1.4.3 and §1.4.8); what a server leaves out is empty or {@code null}.
 *
 * @param id               the server's client id
 * @param hostId           the hostid the device identified itself with ({@code requestHostid}; the
 *                         {@code hostid} when a server sends no request hostid)
 * @param status           the served status: {@code NORMAL}, {@code RETURNED}, {@code EXPIRED},
 *                         {@code DROPPED}, or what the server sends
 * @param hostName         the device's host name (shown as its alias), or {@code ""}
 * @param hostType         the host type the device reported, or {@code ""}
 * @param deviceType       physical, virtual or unknown as the server writes it ({@code machineType}), or
 *                         {@code ""}
 * @param user             the user the device reported, or {@code ""}
 * @param expiry           when its borrow ends, or {@code null}
 * @param lastRequest      when it last asked the server ({@code updateTime}), or {@code null}
 * @param vendorDictionary what the device sent as vendor dictionary, arrays joined with {@code ", "}
 * @param features         what it holds, as far as the record lists it
 * @param featuresListed   whether the record listed what the device holds: real servers' device records
 *                         do not, and then {@link #features} is empty without meaning that it holds nothing
 * @param recordedHostId   the hostid the server keeps for the device ({@code hostid}) when it differs from
 *                         {@link #hostId}, else {@code null}
 * @param serverHostId     the server's own hostid when it served the device, or {@code null}
 * @param trusted          whether the server trusts the device's identity, or {@code null} when it does
 *                         not say
 * @param requestOperation the operation of the device's last request as the server names it, or {@code ""}
 * @param correlationId    the correlation id of that request, or {@code ""}
 * @param collectedHostIds other hostids the server collected from the device, as it writes them, or {@code ""}
 */
public record Device(long id, HostId hostId, String status, String hostName, String hostType, String deviceType,
		String user, Instant expiry, Instant lastRequest, Map<String, String> vendorDictionary,
		List<ServedFeature> features, boolean featuresListed, HostId recordedHostId, HostId serverHostId, Boolean trusted,
		String requestOperation, String correlationId, String collectedHostIds) {

	public Device {
		Objects.requireNonNull(hostId, "hostId");
		vendorDictionary = Map.copyOf(vendorDictionary);
		features = List.copyOf(features);
	}

	/** The alias shown for the device: its host name. */
	public String alias() {
		return hostName;
	}

	/** The counts it holds, over all features; 0 also when the record does not list them ({@link #featuresListed}). */
	public int countsHeld() {
		return features.stream().mapToInt(ServedFeature::count).sum();
	}

	/** The same device holding {@code held}, now known. */
	public Device withFeatures(List<ServedFeature> held) {
		return new Device(id, hostId, status, hostName, hostType, deviceType, user, expiry, lastRequest, vendorDictionary, held,
				true, recordedHostId, serverHostId, trusted, requestOperation, correlationId, collectedHostIds);
	}
}
