package org.seatkeeper.history;

/**
 * What one feature and version of a server had at one sample.
 *
 * @param used          counts in use
 * @param total         counts the server holds for it
 * @param reserved      counts reserved for devices
 * @param overdraftUsed counts in use beyond the total
 * @param devices       devices holding it, or {@link #DEVICES_NOT_LISTED}
 */
public record FeatureSample(String feature, String version, int used, int total, int reserved, int overdraftUsed, int devices) {

	/** The devices of a server that does not list which devices hold its features. */
	public static final int DEVICES_NOT_LISTED = -1;

	public FeatureSample {
		if (feature == null || feature.isBlank() || version == null) {
			throw new IllegalArgumentException("A sample names its feature and version");
		}
	}
}
