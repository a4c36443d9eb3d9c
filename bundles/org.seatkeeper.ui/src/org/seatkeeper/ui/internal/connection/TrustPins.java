package org.seatkeeper.ui.internal.connection;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.seatkeeper.core.client.TrustedCertificates;

/**
 * The certificates trusted by fingerprint, each for one {@code host:port}, in the file the command line
 * uses too ({@code trusted-certificates} beside the server list). Read on first use, from a Job; a pin is
 * written at once (pins are made one at a time, after a person's answer), merged with what another process may have pinned meanwhile.
 */
final class TrustPins {

	private final Path file;
	private TrustedCertificates certificates;

	TrustPins(Path file) {
		this.file = file;
	}

	Path file() {
		return file;
	}

	/** The pins, read from the file the first time (a file that cannot be read trusts nothing more, and is logged). */
	TrustedCertificates certificates() {
		synchronized (this) {
			if (certificates != null) {
				return certificates;
			}
		}
		TrustedCertificates read; // outside the monitor: no lock is held across I/O
		try {
			read = TrustedCertificates.load(file);
		} catch (IOException e) {
			ILog.of(getClass()).warn("The trusted certificates cannot be read: " + e.getMessage());
			read = new TrustedCertificates();
		}
		synchronized (this) {
			if (certificates == null) {
				certificates = read;
			}
			return certificates;
		}
	}

	/** The fingerprints trusted for {@code hostPort}; reads the file the first time. */
	java.util.List<String> pinned(String hostPort) {
		String key = TrustedCertificates.server(hostPort.substring(0, hostPort.lastIndexOf(':')),
				Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1)));
		return certificates().pins().stream().filter(pin -> pin.startsWith(key + " ")).map(pin -> pin.substring(key.length() + 1)).toList();
	}

	/** Trusts {@code fingerprint} for {@code hostPort} no more, here and in the file. */
	void forget(String hostPort, String fingerprint) throws IOException {
		certificates().distrust(hostPort, fingerprint);
		TrustedCertificates stored = TrustedCertificates.load(file);
		stored.distrust(hostPort, fingerprint);
		stored.store(file);
	}

	/** Trusts {@code fingerprint} for {@code hostPort} from now on, and writes it to the file. */
	void pin(String hostPort, String fingerprint) throws IOException {
		TrustedCertificates inUse = certificates();
		inUse.trust(hostPort, fingerprint);
		// what another process pinned meanwhile is kept; pins are made one at a time, after a person's answer
		TrustedCertificates stored = TrustedCertificates.load(file);
		stored.trust(hostPort, fingerprint);
		stored.store(file);
	}
}
