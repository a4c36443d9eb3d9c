package org.seatkeeper.server.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.FailedException;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.server.internal.security.LicensingToken;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code seatkeeper device}: acts as a device towards a license server, so that an administrator can try
 * a server as its devices meet it. It sends a capability request ({@code access_request} or
 * {@code preview_request}), signed with a private key when one is given, and prints what it got. The
 * request's options are a {@link DeviceRequest}.
 */
@Command(name = "seatkeeper device", description = "Acts as a device towards a license server: sends a capability request "
		+ "and prints what the server answered.", exitCodeListHeading = "%nExit status:%n", exitCodeList = { "0:served",
				"1:the server refused or could not be reached", "2:usage error" })
public final class DeviceCommand {

	private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);


	private final PrintStream out;
	private final PrintStream err;

	private DeviceCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public static void main(String[] args) {
		System.exit(run(List.of(args), System.out, System.err));
	}

	public static int run(List<String> args, PrintStream out, PrintStream err) {
		return CommandLines.run(new DeviceCommand(out, err), args, out, err);
	}

	@Command(name = "request", description = "Asks for the features (access_request); the device's earlier counts are returned "
			+ "first.")
	int request(@Mixin DeviceRequest options) throws UsageException, FailedException {
		return send("request", options);
	}

	@Command(name = "preview", description = "Says what the device would get, changing nothing (preview_request).")
	int preview(@Mixin DeviceRequest options) throws UsageException, FailedException {
		return send("preview", options);
	}

	@Command(name = "return", description = "Gives back counts of the features named (COUNT may be left out: all of it).")
	int giveBack(@Mixin DeviceRequest options) throws UsageException, FailedException {
		if (options.features.isEmpty()) {
			throw new UsageException("return needs --feature NAME:VERSION[:COUNT] for each feature to give back");
		}
		return send("return", options);
	}

	private int send(String verb, DeviceRequest options) throws UsageException, FailedException {
		URI base = base(options.server);
		JsonObject body = options.body(verb.equals("return"));
		String token = options.key == null ? null
				: LicensingToken.sign(options.privateKey(), Instant.now(), TOKEN_LIFETIME, options.host);
		String resource = verb.equals("preview") ? "preview_request" : "access_request";
		HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(resource)).timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response;
		try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
			response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		} catch (IOException e) {
			throw new FailedException("cannot reach " + base + ": " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new FailedException("interrupted while waiting for " + base, e);
		}
		return answer(verb, options, response);
	}

	private int answer(String verb, DeviceRequest options, HttpResponse<String> response) {
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
		if (options.json) {
			out.println(json);
			return 0;
		}
		String status = json.has("status") ? json.get("status").getAsString() : "OK";
		out.println((verb.equals("preview") ? "Would get" : "Holds") + " (" + status + ")"
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

	/** The API base of {@code server}: {@code http://host:7070} becomes {@code http://host:7070/api/1.0/instances/~/}. */
	static URI base(String server) throws UsageException {
		URI uri;
		try {
			uri = URI.create(server.endsWith("/") ? server : server + "/");
		} catch (IllegalArgumentException e) {
			throw new UsageException("--server takes a URL such as http://localhost:7070, not '" + server + "'", e);
		}
		if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
			throw new UsageException("--server takes an http or https URL such as http://localhost:7070, not '" + server + "'");
		}
		return uri.getPath().contains("/api/1.0/") ? uri : uri.resolve("/api/1.0/instances/~/");
	}
}
