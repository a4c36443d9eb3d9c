package org.seatkeeper.server.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.seatkeeper.server.internal.offline.BackOffice;
import org.seatkeeper.server.internal.offline.OfflineFiles;
import org.seatkeeper.server.offline.OfflineFileException;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * {@code seatkeeper backoffice}: plays the back office for demos and tests. {@code keygen} makes a
 * signing key pair; {@code respond} answers a server's request with the features an entitlements file
 * allows, signed with the private key.
 */
public final class BackOfficeCommand {

	static final String USAGE = """
			usage: seatkeeper backoffice keygen --key PRIVATE.pem --public PUBLIC.pem
			       seatkeeper backoffice respond --request request.bin --entitlements entitlements.json --key PRIVATE.pem --out response.bin
			                                     [--ask-confirmation]

			  keygen   makes an Ed25519 key pair: the back office signs with PRIVATE.pem, the server verifies with
			           PUBLIC.pem (seatkeeper server --producer-key PUBLIC.pem)
			  respond  answers a request from the server (POST activation_request or GET capability_request) with
			           the features of the entitlements file: {"entitlements": [{"activationId", "name", "version",
			           "count", "expiry", ...}]}; with --ask-confirmation, the response tells the server that the
			           back office wants a confirmation request (a capability request) once it is applied
			""";

	private BackOfficeCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(List.of(args), System.out, System.err));
	}

	public static int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty() || args.contains("--help") || args.get(0).equals("help")) {
			(args.isEmpty() ? err : out).print(USAGE);
			return args.isEmpty() ? 2 : 0;
		}
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--ask-confirmation")) {
				options.put(arg, "yes");
				continue;
			}
			if (!arg.startsWith("--") || i + 1 >= args.size()) {
				return usage(err, "unexpected '" + arg + "'");
			}
			options.put(arg, args.get(++i));
		}
		try {
			switch (args.get(0)) {
			case "keygen" -> {
				require(options, "--key", "--public");
				AsymmetricCipherKeyPair keys = OfflineFiles.generateKeys();
				Path privateKey = Path.of(options.get("--key"));
				Files.writeString(privateKey, OfflineFiles.privateKeyPem(keys.getPrivate()));
				try {
					Files.setPosixFilePermissions(privateKey, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
				} catch (UnsupportedOperationException e) {
					// not a POSIX file system
				}
				Files.writeString(Path.of(options.get("--public")), OfflineFiles.publicKeyPem(keys.getPublic()));
				out.println("Wrote the private key to " + privateKey + " and the public key to " + options.get("--public"));
				return 0;
			}
			case "respond" -> {
				require(options, "--request", "--entitlements", "--key", "--out");
				byte[] request = Files.readAllBytes(Path.of(options.get("--request")));
				JsonObject entitlements = JsonParser.parseString(Files.readString(Path.of(options.get("--entitlements"))))
						.getAsJsonObject();
				byte[] response = BackOffice.respond(request, entitlements,
						OfflineFiles.privateKey(Files.readString(Path.of(options.get("--key")))), Instant.now(),
						options.containsKey("--ask-confirmation"));
				Files.write(Path.of(options.get("--out")), response);
				out.println("Wrote the signed response to " + options.get("--out") + " (" + response.length + " bytes)");
				return 0;
			}
			default -> {
				return usage(err, "unknown command '" + args.get(0) + "'");
			}
			}
		} catch (IllegalArgumentException e) {
			return usage(err, e.getMessage());
		} catch (NoSuchFileException e) {
			err.println("seatkeeper backoffice: " + e.getFile() + ": no such file");
			return 2;
		} catch (IOException e) {
			err.println("seatkeeper backoffice: " + e.getMessage());
			return 2;
		} catch (OfflineFileException | JsonParseException | IllegalStateException e) {
			err.println("seatkeeper backoffice: " + e.getMessage());
			return 1;
		}
	}

	private static void require(Map<String, String> options, String... names) {
		for (String name : names) {
			if (!options.containsKey(name)) {
				throw new IllegalArgumentException(name + " is missing");
			}
		}
	}

	private static int usage(PrintStream err, String problem) {
		err.println("seatkeeper backoffice: " + problem);
		err.print(USAGE);
		return 2;
	}
}
