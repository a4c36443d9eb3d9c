package org.seatkeeper.ui.internal.connection;

import org.seatkeeper.core.client.UntrustedCertificateException;

/** Asks a person whether to trust a server's certificate that no authority vouches for. */
@FunctionalInterface
public interface TrustPrompt {

	/** Never trusts: the server stays untrusted (tests, and before the workbench is up). */
	TrustPrompt NONE = (server, untrusted) -> false;

	/**
	 * Asks whether to trust the certificate {@code untrusted} shows for the server named {@code server};
	 * blocks the calling Job until answered.
	 */
	boolean ask(String server, UntrustedCertificateException untrusted);
}
