package org.seatkeeper.core.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.OptionalParts;
import org.seatkeeper.core.domain.ActivationCount;
import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.server.internal.cli.BackOfficeCommand;
import org.seatkeeper.testing.server.TestLicenseServer;
import org.seatkeeper.testing.shapes.Fixture;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Seatkeeper's embedded server against the shapes of real servers: for each fixture of a real shape, the
 * embedded server's answer of that kind has every key the fixture has, at the same place (our extra keys may
 * stay), and decodes as the client reads it; and every GET the client makes of it decodes with no part missing.
 */
class RoundTripTest {

	private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

	@TempDir
	Path dir;
	TestLicenseServer server;
	LicenseServerClient admin;
	String token;
	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void start() throws Exception {
		PrintStream sink = new PrintStream(java.io.OutputStream.nullOutputStream());
		assertEquals(0, BackOfficeCommand.run(List.of("keygen", "--key", dir.resolve("k.pem").toString(), "--public",
				dir.resolve("pub.pem").toString()), sink, sink));
		server = new TestLicenseServer(dir.resolve("data"), ServerOptions.of(0, dir.resolve("data")).withProducerKey(dir.resolve("pub.pem")))
				.withFeatures();
		server.checkout("dev-a", "[{\"name\":\"f1\",\"version\":\"1.0\",\"count\":2}]");
		server.checkout("dev-b", "[{\"name\":\"f2\",\"version\":\"2.0\",\"count\":1}]");
		admin = server.admin();
		token = answer("POST", "authorize", "{\"user\":\"admin\",\"password\":\"" + TestLicenseServer.ADMIN_PASSWORD + "\"}", null)
				.getAsJsonObject().get("token").getAsString();
	}

	@AfterEach
	void stop() throws Exception {
		admin.close();
		server.close();
	}

	private JsonElement answer(String method, String resource, String body, String bearer) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(resource)).header("Content-Type", "application/json")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return JsonParser.parseString(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
	}

	private JsonElement get(String resource) throws Exception {
		return answer("GET", resource, null, token);
	}

	/**
	 * Every key of {@code json} with its place: {@code a.b} inside objects, {@code a[].b} inside arrays (all
	 * items), and {@code *} for the first {@code open} levels of keys, where a server names its own keys
	 * (features/summaries: feature name, then version).
	 */
	static Set<String> keys(JsonElement json, int open) {
		Set<String> keys = new TreeSet<>();
		collect(json, "", open, keys);
		return keys;
	}

	private static void collect(JsonElement json, String at, int open, Set<String> keys) {
		if (json.isJsonArray()) {
			json.getAsJsonArray().forEach(item -> collect(item, at + "[]", open, keys));
		} else if (json.isJsonObject()) {
			for (Map.Entry<String, JsonElement> entry : json.getAsJsonObject().entrySet()) {
				String key = (at.isEmpty() ? "" : at + ".") + (open > 0 ? "*" : entry.getKey());
				keys.add(key);
				collect(entry.getValue(), key, open - 1, keys);
			}
		}
	}

	/** The embedded server's answer of the kind {@code fixture} shows, or null for one it has no counterpart of. */
	private JsonElement ours(Fixture fixture) throws Exception {
		long used = admin.features(MONITOR).stream().filter(f -> f.used() > 0).findFirst().map(Feature::id).orElseThrow();
		return switch (fixture) {
			case HEALTH -> get("health");
			case AUTHORIZE -> answer("POST", "authorize", "{\"user\":\"admin\",\"password\":\"" + TestLicenseServer.ADMIN_PASSWORD + "\"}",
					null);
			case AUTHORIZE_REFUSED -> answer("POST", "authorize", "{\"user\":\"admin\",\"password\":\"Wr0ng-Passw0rd!\"}", null);
			case INVALID_MODEL -> modelRefusal();
			case FEATURES -> get("features");
			case FEATURE_SUMMARIES -> get("features/summaries");
			case CLIENTS -> get("clients");
			case FEATURE_CLIENTS -> get("features/" + used + "/clients");
			case HOSTIDS_HCL, HOSTIDS_ARM -> get("hostids");
			case PARTITIONS -> partitions();
			case CAPABILITY_RESPONSE -> capabilityResponse();
			case RESERVATION_GROUP -> reservationGroup();
			case NOT_FOUND, FLAT_CLIENTS, FLAT_FEATURE_CLIENTS -> null;
		};
	}

	private JsonElement modelRefusal() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(server.uri("model")).header("Content-Type", "text/plain")
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.ofString("model \"m\" { partitions { partition \"p\" { \"f1\" 1.0 2 \"f1\" 1.0 3 } } }"))
				.build();
		HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertEquals(400, answer.statusCode(), answer.body());
		return JsonParser.parseString(answer.body());
	}

	private JsonElement partitions() throws Exception {
		admin.uploadModel("model \"m\" {\n  partitions {\n    partition \"p\" { \"f1\" 1.0 3 }\n  }\n}\n", MONITOR);
		JsonElement pools = get("partitions");
		admin.deleteModel(MONITOR); // reservations cannot be added while a model is active
		return pools;
	}

	private JsonElement reservationGroup() throws Exception {
		JsonElement posted = answer("POST", "reservationgroups", Fixture.RESERVATION_GROUP.text().replace("cad_base", "f1")
				.replace("\"2.0\"", "\"1.0\""), token);
		assertTrue(posted.isJsonObject() && posted.getAsJsonObject().has("id"), posted.toString());
		return get("reservationgroups/" + posted.getAsJsonObject().get("id").getAsLong());
	}

	private JsonElement capabilityResponse() throws Exception {
		Path request = dir.resolve("request.bin");
		Files.write(request, admin.activationRequest(List.of(new ActivationCount("ACT-9", 2)), MONITOR));
		Path entitlements = dir.resolve("entitlements.json");
		Files.writeString(entitlements, "{\"entitlements\":[{\"activationId\":\"ACT-9\",\"name\":\"f9\",\"version\":\"1.0\",\"count\":4,"
				+ "\"expiry\":\"permanent\"}]}");
		Path response = dir.resolve("response.bin");
		PrintStream sink = new PrintStream(java.io.OutputStream.nullOutputStream());
		assertEquals(0, BackOfficeCommand.run(List.of("respond", "--request", request.toString(), "--entitlements",
				entitlements.toString(), "--key", dir.resolve("k.pem").toString(), "--out", response.toString()), sink, sink));
		HttpRequest upload = HttpRequest.newBuilder(server.uri("capability_response")).header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(response))).build();
		HttpResponse<String> answer = http.send(upload, HttpResponse.BodyHandlers.ofString());
		assertEquals(200, answer.statusCode(), "without a Content-Type: " + answer.body());
		return JsonParser.parseString(answer.body());
	}

	@Test
	void everyKeyOfEachRealShapeIsInTheEmbeddedServersAnswer() throws Exception {
		List<String> missing = new ArrayList<>();
		int compared = 0;
		for (Fixture fixture : Fixture.values()) {
			if (!fixture.isReal()) {
				continue;
			}
			JsonElement ours = ours(fixture);
			if (ours == null) {
				continue;
			}
			int open = fixture == Fixture.FEATURE_SUMMARIES ? 2 : 0;
			Set<String> wanted = keys(JsonParser.parseString(fixture.text()), open);
			Set<String> have = keys(ours, open);
			wanted.removeAll(have);
			wanted.forEach(key -> missing.add(fixture.file() + ": " + key));
			JsonObject wrapped = new JsonObject();
			wrapped.add("answer", ours);
			assertTrue(FixturesTest.decodeJson(fixture, ours) != null, fixture + " decodes from our " + wrapped);
			compared++;
		}
		assertEquals(List.of(), missing, "keys real servers send that the embedded server leaves out");
		assertEquals(13, compared, "every real shape but the generic 404 has a counterpart");
	}

	@Test
	void everythingTheClientAsksDecodesWithNoPartMissing() throws Exception {
		OptionalParts parts = new OptionalParts();
		List<Feature> features = admin.features(MONITOR);
		long used = features.stream().filter(f -> f.used() > 0).findFirst().map(Feature::id).orElseThrow();
		admin.health(MONITOR);
		admin.version(MONITOR);
		admin.hostIds(MONITOR);
		admin.feature(used, MONITOR);
		assertEquals(1, admin.featureUsage(used, MONITOR).size());
		admin.featureSummaries(features, parts, MONITOR);
		admin.overages(MONITOR);
		long device = admin.devices(MONITOR).get(0).id();
		admin.device(device, MONITOR);
		admin.reservationGroups(MONITOR);
		admin.model(MONITOR);
		admin.pools(parts, MONITOR);
		admin.settings(MONITOR);
		admin.users(MONITOR);
		admin.clientKey(MONITOR);
		admin.offlineRequests(MONITOR);
		assertEquals(Set.of(), parts.missing());
		JsonObject instance = get("").getAsJsonObject();
		assertEquals(admin.health(MONITOR).instanceId(), instance.get("id").getAsString());
		assertEquals(URI.create(server.uri("").toString()).getPath(), "/api/1.0/instances/~/");
	}
}
