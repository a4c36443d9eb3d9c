package org.seatkeeper.core.domain;

import java.util.List;

/**
 * What a server did with a capability response.
 *
 * @param confirmationRequestNeeded whether the back office expects a confirmation request now
 * @param features                  the feature records added or changed, as far as the server says
 */
public record CapabilityResult(boolean confirmationRequestNeeded, List<Feature> features) {

	public CapabilityResult {
		features = List.copyOf(features);
	}
}
