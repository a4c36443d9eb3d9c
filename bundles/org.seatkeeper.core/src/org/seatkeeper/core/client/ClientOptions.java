package org.seatkeeper.core.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link LicenseServerClient} reaches its server.
 *
 * @param address        the server
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for each answer
 * @param credentials    who logs in when the server asks
 * @param trusted        certificates trusted by fingerprint beyond the Java trust store
 * @param maxResponseBytes the largest answer the client reads; a larger one fails with a clear message
 */
public record ClientOptions(ServerAddress address, Duration connectTimeout, Duration requestTimeout,
		CredentialsProvider credentials, TrustedCertificates trusted, long maxResponseBytes) {

	/**
	 * 256 MB: the device list of the embedded server with 100,000 devices is about 70 MB, and a real server's
	 * device records can be longer.
	 */
	public static final long DEFAULT_MAX_RESPONSE_BYTES = 256L * 1024 * 1024;

	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
	public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

	public ClientOptions {
		Objects.requireNonNull(address, "address");
		Objects.requireNonNull(credentials, "credentials");
		Objects.requireNonNull(trusted, "trusted");
		if (maxResponseBytes <= 0) {
			throw new IllegalArgumentException("The largest answer must be above 0 bytes");
		}
		if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()) {
			throw new IllegalArgumentException("Timeouts must be above 0");
		}
	}

	/** Default timeouts, no credentials, only certificates the Java trust store vouches for. */
	public static ClientOptions of(ServerAddress address) {
		return new ClientOptions(address, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, CredentialsProvider.NONE,
				new TrustedCertificates(), DEFAULT_MAX_RESPONSE_BYTES);
	}

	public ClientOptions withCredentials(CredentialsProvider provider) {
		return new ClientOptions(address, connectTimeout, requestTimeout, provider, trusted, maxResponseBytes);
	}

	public ClientOptions withTimeouts(Duration connect, Duration request) {
		return new ClientOptions(address, connect, request, credentials, trusted, maxResponseBytes);
	}

	public ClientOptions withTrusted(TrustedCertificates certificates) {
		return new ClientOptions(address, connectTimeout, requestTimeout, credentials, certificates, maxResponseBytes);
	}

	public ClientOptions withMaxResponseBytes(long bytes) {
		return new ClientOptions(address, connectTimeout, requestTimeout, credentials, trusted, bytes);
	}
}
