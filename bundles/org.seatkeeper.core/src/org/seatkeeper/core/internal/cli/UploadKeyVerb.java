package org.seatkeeper.core.internal.cli;

import java.util.concurrent.Callable;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.ClientKey;
import org.seatkeeper.core.keys.ClientKeyFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code seatkeeper admin upload-key FILE}: a client public key for licensing security (RSA 2048, DER or PEM). */
@Command(name = "upload-key", description = "Uploads a client public key (RSA 2048, DER or PEM).")
final class UploadKeyVerb extends AdminVerb implements Callable<Integer> {

	@Parameters(paramLabel = "FILE", description = "The public key.")
	String file;

	@Override
	public Integer call() throws ServerException, UsageException {
		ClientKeyFile.Check check = ClientKeyFile.check(file, readBytes(file));
		if (check instanceof ClientKeyFile.Refused refused) {
			throw new UsageException(refused.reason());
		}
		ClientKeyFile.Accepted accepted = (ClientKeyFile.Accepted) check;
		if (accepted.fromPem() != null && !json()) {
			out().println("Converted " + file + " from PEM (" + accepted.fromPem() + ") to DER SubjectPublicKeyInfo.");
		}
		ClientKey key = client().uploadClientKey(accepted.der(), monitor());
		if (json()) {
			printJson(key);
		} else {
			out().println("Uploaded the client key; the server keeps the key with SHA-256 fingerprint " + key.fingerprint());
		}
		return CommandLines.OK;
	}
}
