package org.seatkeeper.model.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a model's rules look at in a capability request.
 *
 * @param hostIds    the device's hostids
 * @param hostName   the device name or alias the producer set; empty if none
 * @param hostType   the host type the producer set; empty if none
 * @param dictionary the vendor dictionary
 */
public record Request(List<HostId> hostIds, String hostName, String hostType, Map<String, VendorValue> dictionary) {

	public Request {
		hostIds = List.copyOf(hostIds);
		Objects.requireNonNull(hostName, "hostName");
		Objects.requireNonNull(hostType, "hostType");
		dictionary = Map.copyOf(dictionary);
	}
}
