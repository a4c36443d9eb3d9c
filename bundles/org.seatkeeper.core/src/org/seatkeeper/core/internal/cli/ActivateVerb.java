package org.seatkeeper.core.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.ActivationCount;
import org.seatkeeper.core.domain.CapabilityResult;
import org.seatkeeper.core.domain.ClientKey;

import com.google.gson.JsonObject;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seatkeeper admin activate -id ID [-count N]... -o FILE} and {@code activate -load FILE}: the
 * offline activation of {@code flexnetlsadmin}. Without {@code -id} the request is a capability request.
 */
@Command(name = "activate", description = "Writes an offline activation request (without -id: a capability request), or "
		+ "applies a capability response with -load.")
final class ActivateVerb extends AdminVerb implements Callable<Integer> {

	/** One activation id and how many of its counts to ask for. */
	static final class Activation {
		@Option(names = { "-id", "--id" }, paramLabel = "ID", required = true, description = "An activation id to ask for.")
		String id;

		@Option(names = { "-count", "--count" }, paramLabel = "N", description = "How many counts of the activation id before it "
				+ "(default 1; 0 returns all).")
		int count = 1;
	}

	@ArgGroup(exclusive = false, multiplicity = "0..*")
	List<Activation> activations = new ArrayList<>();

	@Option(names = { "-o", "--out" }, paramLabel = "FILE", description = "Where the request goes.")
	String output;

	@Option(names = { "-load", "--load" }, paramLabel = "FILE", description = "A capability response to apply.")
	String load;

	@Override
	public Integer call() throws ServerException, UsageException {
		if (load != null) {
			if (output != null || !activations.isEmpty()) {
				throw new UsageException("activate -load takes a response file only");
			}
			return apply(load);
		}
		if (output == null) {
			throw new UsageException("activate needs -o FILE to write the request to, or -load FILE");
		}
		List<ActivationCount> counts = new ArrayList<>();
		for (Activation activation : activations) {
			if (activation.count < 0) {
				throw new UsageException("-count must be 0 (return all) or more, not " + activation.count);
			}
			counts.add(new ActivationCount(activation.id, activation.count));
		}
		byte[] request = counts.isEmpty() ? client().capabilityRequest(monitor()) : client().activationRequest(counts, monitor());
		write(output, request);
		if (json()) {
			JsonObject o = new JsonObject();
			o.addProperty("file", output);
			o.addProperty("bytes", request.length);
			o.addProperty("sha256", ClientKey.fingerprint(request));
			printJson(o);
		} else {
			out().println("Wrote " + (counts.isEmpty() ? "a capability request" : "an activation request") + " to " + output + " ("
					+ request.length + " bytes, SHA-256 " + ClientKey.fingerprint(request) + ")");
		}
		return CommandLines.OK;
	}

	private int apply(String file) throws ServerException, UsageException {
		byte[] response = readBytes(file);
		CapabilityResult result = client().uploadCapabilityResponse(response, monitor());
		if (json()) {
			printJson(result);
			return CommandLines.OK;
		}
		out().println("Applied " + file + " (" + response.length + " bytes, SHA-256 " + ClientKey.fingerprint(response) + ")");
		TextTable table = new TextTable("Feature", "Version", "Count", "Activation ID");
		result.features().forEach(f -> table.row(f.name(), f.version(), f.count(), f.activationId()));
		if (!table.isEmpty()) {
			table.print(out());
		}
		out().println(result.confirmationRequestNeeded()
				? "The back office expects a confirmation request: generate one with 'activate -o FILE'."
				: "No confirmation request is needed.");
		return CommandLines.OK;
	}
}
