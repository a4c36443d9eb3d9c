package org.seatkeeper.server.internal.offline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;

/**
 * The back office of the demo server, so that the offline exchange can be tried out of the box: a key pair
 * and an entitlements file in the server's data folder, made at the first demo start. The server verifies
 * responses with the public key; {@code seatkeeper backoffice respond} signs them with the private one.
 *
 * @param folder       where the files are
 * @param privateKey   the back office's signing key
 * @param publicKey    the producer key the server verifies with
 * @param entitlements what the demo customer bought
 */
public record DemoBackOffice(Path folder, Path privateKey, Path publicKey, Path entitlements) {

	private static final String PUBLIC_KEY = "producer-public.pem";

	/** Where the demo back office of the server on {@code data} is. */
	public static Path folder(Path data) {
		return data.resolve("demo-back-office");
	}

	/** Whether a demo server on {@code data} may trust its demo back office: it was given no other producer key before. */
	public static boolean mayTrust(Path data, java.util.Optional<String> producerKey) throws IOException {
		Path demoKey = folder(data).resolve(PUBLIC_KEY);
		return producerKey.isEmpty() || Files.isRegularFile(demoKey) && producerKey.get().equals(Files.readString(demoKey));
	}

	/** The files in {@code data}, made when missing. */
	public static DemoBackOffice prepare(Path data, LocalDate today) throws IOException {
		Path folder = folder(data);
		DemoBackOffice files = new DemoBackOffice(folder, folder.resolve("back-office-private.pem"), folder.resolve(PUBLIC_KEY),
				folder.resolve("entitlements.json"));
		Files.createDirectories(folder);
		if (!Files.isRegularFile(files.privateKey) || !Files.isRegularFile(files.publicKey)) {
			AsymmetricCipherKeyPair keys = OfflineFiles.generateKeys();
			Files.writeString(files.privateKey, OfflineFiles.privateKeyPem(keys.getPrivate()));
			try {
				Files.setPosixFilePermissions(files.privateKey, PosixFilePermissions.fromString("rw-------"));
			} catch (UnsupportedOperationException e) {
				// not a POSIX file system
			}
			Files.writeString(files.publicKey, OfflineFiles.publicKeyPem(keys.getPublic()));
		}
		if (!Files.isRegularFile(files.entitlements)) {
			Files.writeString(files.entitlements, """
					{"entitlements": [
					  {"activationId": "ACT-CLOUD-SYNC-1.0", "name": "Cloud_Sync", "version": "1.0", "count": 25, "expiry": "permanent",
					   "vendorString": "offline demo"},
					  {"activationId": "ACT-BATCH-RENDER-2.1", "name": "Batch_Render", "version": "2.1", "count": 12, "expiry": "%s"},
					  {"activationId": "ACT-EXPORT-CSV-4.8", "name": "Export_CSV", "version": "4.8", "count": 80, "expiry": "permanent"}]}
					""".formatted(today.plusYears(1)));
		}
		return files;
	}

	/** How to answer a request with these files, for the console and the UI. */
	public String respondCommand(String request, String response) {
		return "./seatkeeper backoffice respond --request " + request + " --entitlements " + entitlements + " --key " + privateKey
				+ " --out " + response;
	}
}
