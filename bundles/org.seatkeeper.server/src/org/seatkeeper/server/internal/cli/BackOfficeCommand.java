package org.seatkeeper.server.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.CommandLines.Outcome;
import org.seatkeeper.server.internal.offline.BackOffice;
import org.seatkeeper.server.internal.offline.OfflineFiles;
import org.seatkeeper.server.offline.OfflineFileException;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seatkeeper backoffice}: plays the back office for demos and tests. {@code keygen} makes a
 * signing key pair; {@code respond} answers a server's request with the features an entitlements file
 * allows, signed with the private key.
 */
@Command(name = "seatkeeper backoffice", description = "Plays the back office for offline exchanges, in demos and tests.",
		exitCodeListHeading = "%nExit status:%n", exitCodeList = { "0:done", "1:the request or the entitlements were refused",
				"2:usage error, or a file cannot be read or written" })
public final class BackOfficeCommand {


	private final PrintStream out;

	private BackOfficeCommand(PrintStream out) {
		this.out = out;
	}

	public static void main(String[] args) {
		System.exit(run(List.of(args), System.out, System.err));
	}

	public static int run(List<String> args, PrintStream out, PrintStream err) {
		return CommandLines.run(new BackOfficeCommand(out), args, out, err, BackOfficeCommand::outcome);
	}

	private static Optional<Outcome> outcome(Exception e) {
		if (e instanceof NoSuchFileException missing) {
			return Optional.of(new Outcome(CommandLines.USAGE, missing.getFile() + ": no such file"));
		}
		if (e instanceof IOException || e instanceof IllegalArgumentException) {
			return Optional.of(new Outcome(CommandLines.USAGE, e.getMessage()));
		}
		boolean refused = e instanceof OfflineFileException || e instanceof JsonParseException || e instanceof IllegalStateException;
		return refused ? Optional.of(new Outcome(CommandLines.FAILED, e.getMessage())) : Optional.empty();
	}

	@Command(name = "keygen", description = "Makes an Ed25519 key pair: the back office signs with PRIVATE.pem, the server "
			+ "verifies with PUBLIC.pem (seatkeeper server --producer-key PUBLIC.pem).")
	int keygen(@Option(names = "--key", paramLabel = "PRIVATE.pem", required = true, description = "Where the private key goes "
					+ "(owner-only).") Path privateKey,
			@Option(names = "--public", paramLabel = "PUBLIC.pem", required = true, description = "Where the public key goes.")
			Path publicKey) throws IOException {
		AsymmetricCipherKeyPair keys = OfflineFiles.generateKeys();
		Files.writeString(privateKey, OfflineFiles.privateKeyPem(keys.getPrivate()));
		try {
			Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
		} catch (UnsupportedOperationException e) {
			// not a POSIX file system
		}
		Files.writeString(publicKey, OfflineFiles.publicKeyPem(keys.getPublic()));
		out.println("Wrote the private key to " + privateKey + " and the public key to " + publicKey);
		return CommandLines.OK;
	}

	@Command(name = "respond", description = "Answers a request from the server (POST activation_request or GET "
			+ "capability_request) with the features of the entitlements file, signed with the private key.")
	int respond(@Option(names = "--request", paramLabel = "request.bin", required = true, description = "The server's request.")
			Path requestFile,
			@Option(names = "--entitlements", paramLabel = "entitlements.json", required = true, description = "{\"entitlements\": "
					+ "[{\"activationId\", \"name\", \"version\", \"count\", \"expiry\", ...}]}") Path entitlementsFile,
			@Option(names = "--key", paramLabel = "PRIVATE.pem", required = true, description = "The back office's private key.")
			Path key,
			@Option(names = "--out", paramLabel = "response.bin", required = true, description = "Where the response goes.")
			Path responseFile,
			@Option(names = "--ask-confirmation", description = "Tell the server that the back office wants a confirmation "
					+ "request (a capability request) once the response is applied.") boolean askConfirmation) throws IOException,
			OfflineFileException {
		byte[] request = Files.readAllBytes(requestFile);
		JsonObject entitlements = JsonParser.parseString(Files.readString(entitlementsFile)).getAsJsonObject();
		byte[] response = BackOffice.respond(request, entitlements, OfflineFiles.privateKey(Files.readString(key)), Instant.now(),
				askConfirmation);
		Files.write(responseFile, response);
		out.println("Wrote the signed response to " + responseFile + " (" + response.length + " bytes)");
		return CommandLines.OK;
	}
}
