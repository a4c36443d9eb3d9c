package org.seatkeeper.core.internal.client;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

import org.seatkeeper.core.client.TrustedCertificates;
import org.seatkeeper.core.domain.ClientKey;

/**
 * Accepts what the Java trust store accepts (chain and host name checked as usual), and beyond that
 * only a server certificate whose SHA-256 fingerprint the user trusted for that very server
 * ({@code host:port}), while it is valid. A refusal carries the certificate so that the client can show
 * its fingerprint.
 */
final class PinningTrustManager extends X509ExtendedTrustManager {

	/** A refused certificate, with the trust store's reason. */
	static final class Untrusted extends CertificateException {
		private static final long serialVersionUID = 1L;
		final transient X509Certificate certificate;
		final String fingerprint;

		Untrusted(X509Certificate certificate, String fingerprint, CertificateException reason) {
			super(reason.getMessage(), reason);
			this.certificate = certificate;
			this.fingerprint = fingerprint;
		}
	}

	private final X509ExtendedTrustManager standard;
	private final TrustedCertificates trusted;

	PinningTrustManager(TrustedCertificates trusted) throws GeneralSecurityException {
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init((KeyStore) null);
		X509ExtendedTrustManager found = null;
		for (TrustManager manager : factory.getTrustManagers()) {
			if (manager instanceof X509ExtendedTrustManager x509) {
				found = x509;
			}
		}
		if (found == null) {
			throw new GeneralSecurityException("The Java runtime has no X.509 trust manager");
		}
		this.standard = found;
		this.trusted = trusted;
	}

	static String fingerprint(X509Certificate certificate) throws CertificateEncodingException {
		return ClientKey.fingerprint(certificate.getEncoded());
	}

	/** A pinned certificate that is past its end (or not valid yet). */
	static final class PinnedExpired extends CertificateException {
		private static final long serialVersionUID = 1L;

		PinnedExpired(String message, CertificateException cause) {
			super(message, cause);
		}
	}

	/** Accepts {@code chain} if its certificate is pinned for {@code host:port}; else rethrows the trust store's reason. */
	private void pinned(X509Certificate[] chain, CertificateException reason, String host, int port) throws CertificateException {
		if (chain == null || chain.length == 0) {
			throw reason;
		}
		String fingerprint = fingerprint(chain[0]);
		if (host == null || port <= 0 || !trusted.isTrusted(TrustedCertificates.server(host, port), fingerprint)) {
			throw new Untrusted(chain[0], fingerprint, reason);
		}
		try {
			chain[0].checkValidity();
		} catch (CertificateException expired) {
			throw new PinnedExpired("The certificate you trusted for " + host + ":" + port + " is valid from "
					+ chain[0].getNotBefore().toInstant() + " until " + chain[0].getNotAfter().toInstant()
					+ ", which is not now; the server needs a new certificate, which you then trust again", expired);
		}
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
		try {
			standard.checkServerTrusted(chain, authType, engine);
		} catch (CertificateException e) {
			pinned(chain, e, engine == null ? null : engine.getPeerHost(), engine == null ? -1 : engine.getPeerPort());
		}
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
		try {
			standard.checkServerTrusted(chain, authType, socket);
		} catch (CertificateException e) {
			pinned(chain, e, socket == null || socket.getInetAddress() == null ? null : socket.getInetAddress().getHostName(),
					socket == null ? -1 : socket.getPort());
		}
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		try {
			standard.checkServerTrusted(chain, authType);
		} catch (CertificateException e) {
			// no server to pin for: only what the trust store accepts
			throw e;
		}
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
		standard.checkClientTrusted(chain, authType, engine);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
		standard.checkClientTrusted(chain, authType, socket);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		standard.checkClientTrusted(chain, authType);
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return standard.getAcceptedIssuers();
	}
}
