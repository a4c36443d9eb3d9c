package org.seatkeeper.server;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * How to start a {@link LicenseServer}.
 *
 * @param port             the port to listen on; 0 picks a free one
 * @param bindAddress      the address to listen on, e.g. {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param data             the folder that holds all state
 * @param keystore         for HTTPS: a PKCS#12 or JKS keystore with the server's certificate; empty for HTTP
 * @param keystorePassword the keystore's password (never stored)
 * @param adminPassword    the administrator's password at first start; empty to generate one
 * @param console          where the server says what a person must see (the generated password)
 * @param clock            the server's clock (tests move it)
 * @param demo             seed demo data (on an empty server) and run simulated devices
 * @param producerKey      a PEM file with the producer's public key that capability responses must be
 *                         signed with (kept with the state); empty to keep the one set before
 * @param journalChannel   passes the channel the journal is written through; the identity but in tests,
 *                         which give one that fails at a chosen write
 */
public record ServerOptions(int port, String bindAddress, Path data, Optional<Path> keystore, char[] keystorePassword,
		Optional<String> adminPassword, Consumer<String> console, Clock clock, boolean demo, Optional<Path> producerKey,
		UnaryOperator<FileChannel> journalChannel) {

	/** The documented default port. */
	public static final int DEFAULT_PORT = 7070;

	public ServerOptions {
		Objects.requireNonNull(bindAddress, "bindAddress");
		Objects.requireNonNull(data, "data");
		Objects.requireNonNull(keystore, "keystore");
		Objects.requireNonNull(adminPassword, "adminPassword");
		Objects.requireNonNull(console, "console");
		Objects.requireNonNull(clock, "clock");
		Objects.requireNonNull(producerKey, "producerKey");
		Objects.requireNonNull(journalChannel, "journalChannel");
		keystorePassword = keystorePassword == null ? new char[0] : keystorePassword.clone();
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("A port is between 0 and 65535, not " + port);
		}
	}

	/** HTTP on {@code port} of all addresses, state in {@code data}, a generated admin password. */
	public static ServerOptions of(int port, Path data) {
		return new ServerOptions(port, "0.0.0.0", data, Optional.empty(), null, Optional.empty(), System.out::println,
				Clock.systemUTC(), false, Optional.empty(), UnaryOperator.identity());
	}

	public ServerOptions withAdminPassword(String password) {
		return new ServerOptions(port, bindAddress, data, keystore,
				keystorePassword, Optional.of(password), console, clock, demo, producerKey, journalChannel);
	}

	public ServerOptions withBindAddress(String address) {
		return new ServerOptions(port, address, data, keystore, keystorePassword,
				adminPassword, console, clock, demo, producerKey, journalChannel);
	}

	public ServerOptions withConsole(Consumer<String> newConsole) {
		return new ServerOptions(port, bindAddress, data, keystore, keystorePassword,
				adminPassword, newConsole, clock, demo, producerKey, journalChannel);
	}

	public ServerOptions withClock(Clock newClock) {
		return new ServerOptions(port, bindAddress, data, keystore, keystorePassword,
				adminPassword, console, newClock, demo, producerKey, journalChannel);
	}

	public ServerOptions withDemo(boolean on) {
		return new ServerOptions(port, bindAddress, data, keystore, keystorePassword,
				adminPassword, console, clock, on, producerKey, journalChannel);
	}

	public ServerOptions withProducerKey(Path file) {
		return new ServerOptions(port, bindAddress, data, keystore, keystorePassword,
				adminPassword, console, clock, demo,
				Optional.of(file), journalChannel);
	}

	public ServerOptions withJournalChannel(UnaryOperator<FileChannel> channel) {
		return new ServerOptions(port, bindAddress, data, keystore, keystorePassword, adminPassword, console, clock, demo, producerKey,
				channel);
	}

	public ServerOptions withHttps(Path keystoreFile, char[] password) {
		return new ServerOptions(port, bindAddress, data, Optional.of(keystoreFile), password,
				adminPassword, console, clock, demo, producerKey, journalChannel);
	}
}
