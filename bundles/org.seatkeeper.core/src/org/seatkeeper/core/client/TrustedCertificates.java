package org.seatkeeper.core.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.seatkeeper.core.files.AtomicFiles;

/**
 * Certificates the user trusts explicitly, by SHA-256 fingerprint, each for one server
 * ({@code host:port}), for servers whose certificate no authority vouches for (e.g. self-signed). Only
 * the exact certificate is trusted, and only for the server it was trusted for: a pin never makes another
 * host's failed check pass. Certificate checks stay on for every other certificate.
 *
 * <p>The file holds one {@code host:port FINGERPRINT} a line. Files of earlier versions held bare
 * fingerprints, trusted for every server: such a pin is bound to the first server that presents its
 * certificate ({@link #changed()} then says the file should be written again), and to no other after.
 */
public final class TrustedCertificates {

	/** Pinned fingerprints by {@code host:port} (host in lower case). */
	private final Map<String, Set<String>> pins = new TreeMap<>();
	/** Fingerprints of an earlier version's file, not yet bound to a server. */
	private final Set<String> unbound = new TreeSet<>();
	private boolean changed;

	/** An empty set: only certificates the Java trust store vouches for are accepted. */
	public TrustedCertificates() {
	}

	/**
	 * Writes a fingerprint the way this class stores it: upper-case hex pairs separated by colons.
	 * Accepts colons, spaces or nothing between pairs, and an optional {@code SHA-256:} prefix.
	 *
	 * @throws IllegalArgumentException if {@code text} is not 32 bytes of hex
	 */
	public static String normalize(String text) {
		String hex = text.trim().replaceFirst("(?i)^sha-?256[:= ]?\\s*", "").replaceAll("[:\\s-]", "");
		if (!hex.matches("(?i)[0-9a-f]{64}")) {
			throw new IllegalArgumentException("'" + text.trim() + "' is not a SHA-256 fingerprint (64 hex digits)");
		}
		return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT)));
	}

	/** {@code host:port} as pins are kept: the host in lower case. */
	public static String server(String host, int port) {
		if (host == null || host.isBlank() || port <= 0 || port > 65535) {
			throw new IllegalArgumentException("A pinned server is a host and a port, not '" + host + ":" + port + "'");
		}
		return host.toLowerCase(Locale.ROOT) + ":" + port;
	}

	/** Trusts the certificate of {@code fingerprint} for the server {@code hostPort} ({@code host:port}). */
	public synchronized void trust(String hostPort, String fingerprint) {
		pins.computeIfAbsent(serverOf(hostPort), s -> new TreeSet<>()).add(normalize(fingerprint));
		changed = true;
	}

	public synchronized void distrust(String hostPort, String fingerprint) {
		Set<String> pinned = pins.get(serverOf(hostPort));
		if (pinned != null && pinned.remove(normalize(fingerprint))) {
			changed = true;
		}
	}

	/**
	 * Whether {@code fingerprint} is pinned for {@code hostPort}. A fingerprint of an earlier version's
	 * file, not bound yet, is bound to this server now.
	 */
	public synchronized boolean isTrusted(String hostPort, String fingerprint) {
		String server = serverOf(hostPort);
		String normalized = normalize(fingerprint);
		Set<String> pinned = pins.get(server);
		if (pinned != null && pinned.contains(normalized)) {
			return true;
		}
		if (unbound.remove(normalized)) {
			pins.computeIfAbsent(server, s -> new TreeSet<>()).add(normalized);
			changed = true;
			return true;
		}
		return false;
	}

	/** {@code host:port FINGERPRINT} for each pin, sorted; then the bare fingerprints not yet bound. */
	public synchronized List<String> pins() {
		List<String> list = new ArrayList<>();
		pins.forEach((server, fingerprints) -> fingerprints.forEach(f -> list.add(server + " " + f)));
		list.addAll(unbound);
		return List.copyOf(list);
	}

	/** Whether pins were added, removed or bound since the file was read: it should be written again. */
	public synchronized boolean changed() {
		return changed;
	}

	private static String serverOf(String hostPort) {
		int colon = hostPort == null ? -1 : hostPort.lastIndexOf(':');
		if (colon <= 0) {
			throw new IllegalArgumentException("A pinned server is host:port, not '" + hostPort + "'");
		}
		try {
			return server(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("A pinned server is host:port, not '" + hostPort + "'", e);
		}
	}

	/**
	 * Reads the pins from {@code file}: {@code host:port FINGERPRINT} a line, or a bare fingerprint as
	 * earlier versions wrote; {@code #} starts a comment. A missing file is empty.
	 */
	public static TrustedCertificates load(Path file) throws IOException {
		TrustedCertificates trusted = new TrustedCertificates();
		if (Files.exists(file)) {
			int number = 0;
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				number++;
				String text = line.replaceFirst("#.*", "").trim();
				if (text.isEmpty()) {
					continue;
				}
				try {
					String[] parts = text.split("\\s+", 2);
					if (parts.length == 2 && parts[0].contains(":") && !parts[0].matches("(?i)sha-?256:?")) {
						trusted.trust(parts[0], parts[1]);
					} else {
						trusted.unbound.add(normalize(text));
					}
				} catch (IllegalArgumentException e) {
					throw new IOException(file + ", line " + number + ": " + e.getMessage(), e);
				}
			}
		}
		trusted.changed = false;
		return trusted;
	}

	/** Writes the pins to {@code file}, replacing it in one step. */
	public void store(Path file) throws IOException {
		StringBuilder text = new StringBuilder("# SHA-256 fingerprints of server certificates trusted explicitly: host:port FINGERPRINT\n");
		pins().forEach(pin -> text.append(pin).append('\n'));
		AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
		synchronized (this) {
			changed = false;
		}
	}
}
