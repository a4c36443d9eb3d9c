package org.seatkeeper.core.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.seatkeeper.core.files.AtomicFiles;

/**
 * Certificates the user trusts explicitly, by SHA-256 fingerprint, for servers whose certificate no
 * authority vouches for (e.g. self-signed). Only the exact certificate is trusted, and only for the
 * clients given this set; certificate checks stay on for every other certificate.
 */
public final class TrustedCertificates {

	private final Set<String> fingerprints = ConcurrentHashMap.newKeySet();

	/** An empty set: only certificates the Java trust store vouches for are accepted. */
	public TrustedCertificates() {
	}

	public TrustedCertificates(Iterable<String> fingerprints) {
		fingerprints.forEach(this::trust);
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

	public void trust(String fingerprint) {
		fingerprints.add(normalize(fingerprint));
	}

	public void distrust(String fingerprint) {
		fingerprints.remove(normalize(fingerprint));
	}

	public boolean isTrusted(String fingerprint) {
		return fingerprints.contains(normalize(fingerprint));
	}

	/** The trusted fingerprints, sorted. */
	public List<String> fingerprints() {
		List<String> list = new ArrayList<>(fingerprints);
		list.sort(null);
		return List.copyOf(list);
	}

	/** Reads fingerprints from {@code file}, one per line; {@code #} starts a comment. A missing file is empty. */
	public static TrustedCertificates load(Path file) throws IOException {
		TrustedCertificates trusted = new TrustedCertificates();
		if (Files.exists(file)) {
			int number = 0;
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				number++;
				String text = line.replaceFirst("#.*", "").trim();
				if (!text.isEmpty()) {
					try {
						trusted.trust(text);
					} catch (IllegalArgumentException e) {
						throw new IOException(file + ", line " + number + ": " + e.getMessage(), e);
					}
				}
			}
		}
		return trusted;
	}

	/** Writes the fingerprints to {@code file}, replacing it in one step. */
	public void store(Path file) throws IOException {
		StringBuilder text = new StringBuilder("# SHA-256 fingerprints of server certificates trusted explicitly\n");
		fingerprints().forEach(f -> text.append(f).append('\n'));
		AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
	}
}
