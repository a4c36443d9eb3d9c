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
 */
public record ClientOptions(ServerAddress address, Duration connectTimeout, Duration requestTimeout,
		CredentialsProvider credentials, TrustedCertificates trusted) {

	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
	public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

	public ClientOptions {
		Objects.requireNonNull(address, "address");
		Objects.requireNonNull(credentials, "credentials");
		Objects.requireNonNull(trusted, "trusted");
		if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()) {
			throw new IllegalArgumentException("Timeouts must be above 0");
		}
	}

	/** Default timeouts, no credentials, only certificates the Java trust store vouches for. */
	public static ClientOptions of(ServerAddress address) {
		return new ClientOptions(address, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, CredentialsProvider.NONE,
				new TrustedCertificates());
	}

	public ClientOptions withCredentials(CredentialsProvider provider) {
		return new ClientOptions(address, connectTimeout, requestTimeout, provider, trusted);
	}

	public ClientOptions withTimeouts(Duration connect, Duration request) {
		return new ClientOptions(address, connect, request, credentials, trusted);
	}

	public ClientOptions withTrusted(TrustedCertificates certificates) {
		return new ClientOptions(address, connectTimeout, requestTimeout, credentials, certificates);
	}
}
