package org.seatkeeper.history.alerts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import com.google.gson.JsonObject;

/**
 * Posts alerts as JSON to a URL (a chat's incoming webhook, a ticket system, a script): one request per raised
 * or cleared alert, {@code {"event": "raised", "server": …, "rule": …, "subject": …, "message": …, "since": …}}.
 * A receiver that fails or is away loses nothing but that message; it is said, and the watcher goes on.
 */
public final class Webhook {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final URI url;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();

	/** @throws IllegalArgumentException when {@code url} is not an http or https URL */
	public Webhook(String url) {
		URI parsed;
		try {
			parsed = URI.create(url.strip());
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("The webhook '" + url + "' is not a URL: " + e.getMessage(), e);
		}
		if (parsed.getScheme() == null || !parsed.getScheme().matches("(?i)https?") || parsed.getHost() == null) {
			throw new IllegalArgumentException("The webhook '" + url + "' is not an http or https URL");
		}
		this.url = parsed;
	}

	/** The body posted for {@code alert}: {@code event} is {@code raised} or {@code cleared}. */
	public static String json(String event, Alert alert) {
		JsonObject body = new JsonObject();
		body.addProperty("event", event);
		body.addProperty("server", alert.server());
		body.addProperty("kind", alert.kind().name());
		body.addProperty("rule", alert.kind().label());
		body.addProperty("subject", alert.subject());
		body.addProperty("message", alert.message());
		body.addProperty("since", alert.since().toString());
		return body.toString();
	}

	/** Posts {@code alert}; answers the problem when the receiver did not take it, else empty. */
	public Optional<String> post(String event, Alert alert) {
		HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json(event, alert))).build();
		try {
			HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
			return response.statusCode() / 100 == 2 ? Optional.empty()
					: Optional.of("the webhook " + url + " answered HTTP " + response.statusCode());
		} catch (IOException e) {
			return Optional.of("the webhook " + url + " could not be reached: " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.of("stopped while posting to the webhook " + url);
		}
	}
}
