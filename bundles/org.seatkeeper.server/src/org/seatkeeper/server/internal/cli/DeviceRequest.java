package org.seatkeeper.server.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.seatkeeper.cli.UsageException;
import org.seatkeeper.server.internal.security.LicensingToken;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Option;

/** What {@code seatkeeper device request|preview|return} sends: the device, its features, its key. */
final class DeviceRequest {


	@Option(names = "--server", paramLabel = "URL", description = "The license server (default http://localhost:7070).")
	String server = "http://localhost:7070";

	@Option(names = "--host", paramLabel = "VALUE", required = true, description = "The device's hostid value.")
	String host;

	@Option(names = "--host-type", paramLabel = "TYPE", description = "The type of the device's hostid (default STRING).")
	String hostType = "STRING";

	@Option(names = "--feature", paramLabel = "NAME:VERSION:COUNT", description = "A feature to ask for or give back; for a "
			+ "return COUNT may be left out (all of it).")
	List<String> features = new ArrayList<>();

	@Option(names = "--key", paramLabel = "private.pem", description = "The private key (PEM, PKCS#8) whose public key was "
			+ "uploaded to the server with rest_licensing_keys: the request is signed with it (RS256, valid 5 minutes).")
	Path key;

	@Option(names = "--partial", description = "Take what there is instead of being refused when counts are short.")
	boolean partial;

	@Option(names = "--json", description = "Print the server's answer as it came.")
	boolean json;

	/** The capability request's JSON; a return asks for negative counts, incrementally. */
	JsonObject body(boolean giveBack) throws UsageException {
		if (host.isBlank()) {
			throw new UsageException("--host is needed: the device's hostid value");
		}
		JsonObject body = new JsonObject();
		JsonObject hostId = new JsonObject();
		hostId.addProperty("type", hostType.toUpperCase(Locale.ROOT));
		hostId.addProperty("value", host);
		body.add("hostId", hostId);
		JsonArray lines = new JsonArray();
		for (String text : features) {
			String[] feature = feature(text, giveBack);
			JsonObject line = new JsonObject();
			line.addProperty("name", feature[0]);
			line.addProperty("version", feature[1]);
			line.addProperty("count", giveBack ? -Integer.parseInt(feature[2]) : Integer.parseInt(feature[2]));
			lines.add(line);
		}
		body.add("features", lines);
		if (giveBack) {
			body.addProperty("incremental", true);
		}
		if (partial) {
			body.addProperty("partial", true);
		}
		return body;
	}

	/** {@code NAME:VERSION:COUNT}; for a return, COUNT may be left out (all of it). */
	private static String[] feature(String text, boolean giveBack) throws UsageException {
		String[] parts = text.split(":", -1);
		if (parts.length == 2 && giveBack) {
			return new String[] { parts[0], parts[1], Integer.toString(Integer.MAX_VALUE) };
		}
		if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || !parts[2].matches("\\d{1,9}")) {
			throw new UsageException("--feature takes NAME:VERSION:COUNT with a whole count, e.g. cad:1.0:2, not '" + text + "'");
		}
		return parts;
	}

	PrivateKey privateKey() throws UsageException {
		try {
			return LicensingToken.privateKey(Files.readString(key));
		} catch (NoSuchFileException e) {
			throw new UsageException("there is no key file " + key, e);
		} catch (IOException e) {
			throw new UsageException("cannot read the key file " + key + ": " + e.getMessage(), e);
		} catch (IllegalArgumentException e) {
			throw new UsageException(key + ": " + e.getMessage(), e);
		}
	}
}
