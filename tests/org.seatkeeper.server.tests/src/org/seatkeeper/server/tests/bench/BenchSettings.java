package org.seatkeeper.server.tests.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.seatkeeper.server.LicenseServer;

import com.google.gson.JsonParser;

/** Changes a benchmark server's settings as an administrator does, through the REST API. */
final class BenchSettings {

	private BenchSettings() {
	}

	/** Logs in as {@code admin} and posts {@code json} to {@code configuration}. */
	static void change(LicenseServer server, String adminPassword, String json) throws IOException, InterruptedException {
		try (HttpClient client = HttpClient.newHttpClient()) {
			String token = login(client, server, adminPassword);
			HttpResponse<String> changed = client.send(HttpRequest.newBuilder(server.baseUri().resolve("configuration"))
					.header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
					.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
			if (changed.statusCode() != 200) {
				throw new IOException("The settings " + json + " were refused: " + changed.body());
			}
		}
	}

	/** How many device records the server keeps. */
	static int clients(LicenseServer server, String adminPassword) throws IOException, InterruptedException {
		try (HttpClient client = HttpClient.newHttpClient()) {
			String token = login(client, server, adminPassword);
			HttpResponse<String> clients = client.send(HttpRequest.newBuilder(server.baseUri().resolve("clients"))
					.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
			return JsonParser.parseString(clients.body()).getAsJsonArray().size();
		}
	}

	private static String login(HttpClient client, LicenseServer server, String adminPassword) throws IOException, InterruptedException {
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(server.baseUri().resolve("authorize"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"admin\",\"password\":\"" + adminPassword + "\"}")).build(),
				HttpResponse.BodyHandlers.ofString());
		return JsonParser.parseString(login.body()).getAsJsonObject().get("token").getAsString();
	}
}
