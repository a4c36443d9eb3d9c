package org.seatkeeper.server.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.seatkeeper.server.internal.security.LicensingToken;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * {@code seatkeeper device}: acts as a device towards a license server, so that an administrator can try
 * a server as its devices meet it. It sends a capability request ({@code access_request} or
 * {@code preview_request}), signed with a private key when one is given, and prints what it got.
 */
public final class DeviceCommand {

	static final String USAGE = """
			usage: seatkeeper device request|preview|return --host VALUE [--host-type TYPE] [--server URL]
			                         [--feature NAME:VERSION:COUNT]... [--key private.pem] [--partial] [--json]

			  request   asks for the features (access_request); the device's earlier counts are returned first
			  preview   says what the device would get, changing nothing (preview_request)
			  return    gives back counts of the features named (COUNT may be left out: all of it)
			  --server  the license server (default http://localhost:7070)
			  --host    the device's hostid value; --host-type its type (default STRING)
			  --key     the private key (PEM, PKCS#8) whose public key was uploaded to the server with
			            rest_licensing_keys: the request is signed with it (RS256, valid 5 minutes)
			  --partial take what there is instead of being refused when counts are short
			  --json    print the server's answer as it came
			Exit status: 0 when served, 1 when the server refused or could not be reached, 2 for a usage error.
			""";

	private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

	private DeviceCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(List.of(args), System.out, System.err));
	}

	/** What the command line asks for. */
	private record Options(String verb, URI base, String host, String hostType, List<String[]> features, Path key, boolean partial,
			boolean json) {
	}

	public static int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty() || args.contains("--help") || args.get(0).equals("help")) {
			(args.isEmpty() ? err : out).print(USAGE);
			return args.isEmpty() ? 2 : 0;
		}
		Options options;
		JsonObject body;
		String token = null;
		try {
			options = parse(args);
			body = body(options);
			if (options.key() != null) {
				token = LicensingToken.sign(privateKey(options.key()), Instant.now(), TOKEN_LIFETIME, options.host());
			}
		} catch (IllegalArgumentException e) {
			err.println("seatkeeper device: " + e.getMessage());
			err.print(USAGE);
			return 2;
		}
		String resource = options.verb().equals("preview") ? "preview_request" : "access_request";
		HttpRequest.Builder request = HttpRequest.newBuilder(options.base().resolve(resource)).timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response;
		try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
			response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		} catch (IOException e) {
			err.println("seatkeeper device: cannot reach " + options.base() + ": " + e.getMessage());
			return 1;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return 1;
		}
		return answer(options, response, out, err);
	}

	private static int answer(Options options, HttpResponse<String> response, PrintStream out, PrintStream err) {
		JsonObject json;
		try {
			JsonElement parsed = JsonParser.parseString(response.body());
			json = parsed.isJsonObject() ? parsed.getAsJsonObject() : new JsonObject();
		} catch (JsonParseException e) {
			json = new JsonObject();
		}
		if (response.statusCode() != 200) {
			String key = json.has("key") ? json.get("key").getAsString() : "HTTP " + response.statusCode();
			String message = json.has("message") ? json.get("message").getAsString() : response.body();
			err.println("seatkeeper device: refused (" + response.statusCode() + " " + key + "): " + message);
			response.headers().firstValue("Retry-After").ifPresent(after -> err.println("  the server asks to try again after " + after + " s"));
			return 1;
		}
		if (options.json()) {
			out.println(json);
			return 0;
		}
		String status = json.has("status") ? json.get("status").getAsString() : "OK";
		out.println((options.verb().equals("preview") ? "Would get" : "Holds") + " (" + status + ")"
				+ (json.has("expiry") ? ", until " + json.get("expiry").getAsString() : "") + ":");
		JsonArray features = json.has("features") && json.get("features").isJsonArray() ? json.getAsJsonArray("features") : new JsonArray();
		if (features.isEmpty()) {
			out.println("  nothing");
		}
		for (JsonElement element : features) {
			JsonObject feature = element.getAsJsonObject();
			out.printf(Locale.ROOT, "  %-24s %-10s %6d  expires %s%s%n", feature.get("name").getAsString(),
					feature.get("version").getAsString(), feature.get("count").getAsInt(),
					feature.has("expiry") ? feature.get("expiry").getAsString() : "-",
					feature.has("partial") ? "  (partial)" : "");
		}
		return 0;
	}

	private static Options parse(List<String> args) {
		String verb = args.get(0);
		if (!List.of("request", "preview", "return").contains(verb)) {
			throw new IllegalArgumentException("unknown verb '" + verb + "'; use request, preview or return");
		}
		String server = "http://localhost:7070";
		String host = null;
		String hostType = "STRING";
		Path key = null;
		boolean partial = false;
		boolean json = false;
		List<String[]> features = new ArrayList<>();
		for (int i = 1; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--partial" -> partial = true;
			case "--json" -> json = true;
			case "--server", "--host", "--host-type", "--feature", "--key" -> {
				if (i + 1 >= args.size()) {
					throw new IllegalArgumentException(arg + " needs a value");
				}
				String value = args.get(++i);
				switch (arg) {
				case "--server" -> server = value;
				case "--host" -> host = value;
				case "--host-type" -> hostType = value;
				case "--key" -> key = Path.of(value);
				default -> features.add(feature(value, verb.equals("return")));
				}
			}
			default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
			}
		}
		if (host == null || host.isBlank()) {
			throw new IllegalArgumentException("--host is needed: the device's hostid value");
		}
		if (verb.equals("return") && features.isEmpty()) {
			throw new IllegalArgumentException("return needs --feature NAME:VERSION[:COUNT] for each feature to give back");
		}
		return new Options(verb, base(server), host, hostType, features, key, partial, json);
	}

	/** {@code NAME:VERSION:COUNT}; for a return, COUNT may be left out (all of it). */
	private static String[] feature(String text, boolean giveBack) {
		String[] parts = text.split(":", -1);
		if (parts.length == 2 && giveBack) {
			return new String[] { parts[0], parts[1], Integer.toString(Integer.MAX_VALUE) };
		}
		if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || !parts[2].matches("\\d{1,9}")) {
			throw new IllegalArgumentException("--feature takes NAME:VERSION:COUNT with a whole count, e.g. cad:1.0:2, not '" + text + "'");
		}
		return parts;
	}

	/** The API base of {@code server}: {@code http://host:7070} becomes {@code http://host:7070/api/1.0/instances/~/}. */
	static URI base(String server) {
		try {
			URI uri = URI.create(server.endsWith("/") ? server : server + "/");
			if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
				throw new IllegalArgumentException("--server takes an http or https URL such as http://localhost:7070, not '" + server + "'");
			}
			return uri.getPath().contains("/api/1.0/") ? uri : uri.resolve("/api/1.0/instances/~/");
		} catch (IllegalArgumentException e) {
			throw e.getMessage() != null && e.getMessage().startsWith("--server") ? e
					: new IllegalArgumentException("--server takes a URL such as http://localhost:7070, not '" + server + "'");
		}
	}

	private static JsonObject body(Options options) {
		JsonObject body = new JsonObject();
		JsonObject hostId = new JsonObject();
		hostId.addProperty("type", options.hostType().toUpperCase(Locale.ROOT));
		hostId.addProperty("value", options.host());
		body.add("hostId", hostId);
		JsonArray features = new JsonArray();
		boolean giveBack = options.verb().equals("return");
		for (String[] feature : options.features()) {
			JsonObject line = new JsonObject();
			line.addProperty("name", feature[0]);
			line.addProperty("version", feature[1]);
			line.addProperty("count", giveBack ? -Integer.parseInt(feature[2]) : Integer.parseInt(feature[2]));
			features.add(line);
		}
		body.add("features", features);
		if (giveBack) {
			body.addProperty("incremental", true);
		}
		if (options.partial()) {
			body.addProperty("partial", true);
		}
		return body;
	}

	private static PrivateKey privateKey(Path file) {
		try {
			return LicensingToken.privateKey(Files.readString(file));
		} catch (NoSuchFileException e) {
			throw new IllegalArgumentException("there is no key file " + file);
		} catch (IOException e) {
			throw new IllegalArgumentException("cannot read the key file " + file + ": " + e.getMessage());
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(file + ": " + e.getMessage());
		}
	}
}
