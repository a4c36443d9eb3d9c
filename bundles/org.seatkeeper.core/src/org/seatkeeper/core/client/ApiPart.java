package org.seatkeeper.core.client;

/**
 * A part of the REST admin API that a server may not offer: older releases lack several (the reference's
 * §1.3), and Seatkeeper's guesses at paths the reference does not know ([NF]) may not be a server's. A
 * server that answers 404 or 405 to one of them does not offer it: the client says so with a
 * {@link ServerErrorException} whose {@link ServerErrorException#missingPart()} names the part, and
 * derives it from another part where it can.
 */
public enum ApiPart {

	VERSION("version", "version report"),
	FEATURES("features", "feature list"),
	FEATURE_SUMMARIES("features/summaries", "feature summaries"),
	FEATURE_DEVICES("features/{id}/clients", "list of the devices a feature serves"),
	DEVICES("clients", "device list"),
	OVERAGES("overages", "list of overages"),
	RESERVATIONS("reservationgroups", "reservation groups"),
	MODEL("model", "model definition"),
	POOLS("partitions", "license pools"),
	SETTINGS("configuration", "settings"),
	HOSTIDS("hostids", "list of hostids"),
	USERS("users", "user accounts"),
	OFFLINE_REQUESTS("offline_requests", "list of waiting offline requests");

	private final String resource;
	private final String noun;

	ApiPart(String resource, String noun) {
		this.resource = resource;
		this.noun = noun;
	}

	/** The resource below the instance base, e.g. {@code features/summaries}. */
	public String resource() {
		return resource;
	}

	/** What the part is, e.g. "feature summaries". */
	public String noun() {
		return noun;
	}

	/** "This server has no feature summaries": the start of every sentence that says a part is missing. */
	public String missing() {
		return "This server has no " + noun;
	}

	/**
	 * The sentence that says the part is missing and what follows, e.g. "This server has no feature summaries;
	 * the Summary tab is computed from the feature records."
	 *
	 * @param consequence what follows, or {@code null} or {@code ""} to say only that it is missing
	 */
	public String missing(String consequence) {
		return missing() + (consequence == null || consequence.isEmpty() ? "." : "; " + consequence + ".");
	}
}
