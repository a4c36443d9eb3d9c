package org.seatkeeper.core.internal.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.FailedException;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.client.TrustedCertificates;
import org.seatkeeper.core.client.UntrustedCertificateException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seatkeeper admin trust [--yes]}: shows the server's HTTPS certificate and, once the administrator
 * confirms its fingerprint, keeps it in the trusted-certificates file.
 */
@Command(name = "trust", description = "Shows the server's HTTPS certificate and trusts it.")
final class TrustVerb extends AdminVerb implements Callable<Integer> {

	@Option(names = "--yes", description = "Trust it without asking (for scripts that checked the fingerprint).")
	boolean yes;

	@Override
	public Integer call() throws ServerException, UsageException, FailedException {
		LicenseServerClient client = client();
		String server = client.address().hostAndPort();
		if (!client.address().isHttps()) {
			throw new UsageException(server + " is reached by plain HTTP: there is no certificate to trust");
		}
		try {
			client.health(monitor());
			out().println("The certificate of " + server + " is already trusted.");
			return CommandLines.OK;
		} catch (UntrustedCertificateException e) {
			out().println("Server:      " + server);
			out().println("Subject:     " + e.subject());
			out().println("Issuer:      " + e.issuer());
			out().println("Valid until: " + e.notAfter());
			out().println("SHA-256:     " + e.fingerprint());
			if (!yes && admin.prompt == null) {
				throw new FailedException("there is no console to ask on (the input is not a terminal): check the SHA-256 above, then "
						+ "run 'seatkeeper admin --server " + client.address() + " trust --yes' to keep it, or give it to any command "
						+ "as --trust " + e.fingerprint());
			}
			if (!yes) {
				char[] answer = admin.prompt.read("Trust this certificate? Type yes if the fingerprint is the server's: ");
				if (answer == null || !new String(answer).trim().equalsIgnoreCase("yes")) {
					throw new FailedException("the certificate was not trusted");
				}
			}
			try {
				TrustedCertificates trusted = TrustedCertificates.load(admin.trustFile);
				trusted.trust(server, e.fingerprint());
				trusted.store(admin.trustFile);
			} catch (IOException io) {
				throw new UsageException("cannot store the trusted certificate in " + admin.trustFile + ": " + io.getMessage(), io);
			}
			out().println("Trusted; the fingerprint is kept in " + admin.trustFile);
			return CommandLines.OK;
		}
	}
}
