package org.seatkeeper.core.client;

import java.net.URI;
import java.time.Instant;

/**
 * An HTTPS server showed a certificate that the Java trust store does not vouch for (e.g. a
 * self-signed one) and whose fingerprint the user has not trusted. The user can trust this exact
 * certificate by its {@link #fingerprint()} (see {@link TrustedCertificates}); checks are never turned
 * off.
 */
public final class UntrustedCertificateException extends ConnectionException {

	private static final long serialVersionUID = 1L;

	private final String fingerprint;
	private final String subject;
	private final String issuer;
	private final transient Instant notAfter;

	public UntrustedCertificateException(URI uri, String fingerprint, String subject, String issuer, Instant notAfter,
			String reason, Throwable cause) {
		super(uri, "The certificate of " + uri.getHost() + ":" + uri.getPort() + " is not trusted (" + reason
				+ "). Its SHA-256 fingerprint is " + fingerprint + "; trust it only if that is the server's certificate.",
				cause);
		this.fingerprint = fingerprint;
		this.subject = subject;
		this.issuer = issuer;
		this.notAfter = notAfter;
	}

	/** SHA-256 of the server's certificate, colon-separated upper-case hex pairs. */
	public String fingerprint() {
		return fingerprint;
	}

	public String subject() {
		return subject;
	}

	public String issuer() {
		return issuer;
	}

	public Instant notAfter() {
		return notAfter;
	}
}
