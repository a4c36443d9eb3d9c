package org.seatkeeper.history;

/** A device holding counts of a feature at one sample, as the server's devices of the feature list it. */
public record Holding(String device, String feature, String version) {

	public Holding {
		if (device == null || device.isBlank() || feature == null || version == null) {
			throw new IllegalArgumentException("A holding names its device, feature and version");
		}
	}
}
