package org.seatkeeper.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.seatkeeper.server.internal.security.Passwords;
import org.seatkeeper.server.internal.state.Events;
import org.seatkeeper.server.internal.state.ServerCore;
import org.seatkeeper.server.tests.ServerFixture.Answer;

/** Logins and tokens stay bounded: backoff after failures, a hashing pool, today's hash cost, revocation. */
class LoginTest extends EmbeddedServerTest {

	private Answer login(String user, String password) {
		return server.post("authorize", null, "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}");
	}

	@Test
	void afterFiveFailuresLoginsBackOffExponentially() {
		for (int i = 0; i < 5; i++) {
			assertEquals(401, login("admin", "Wrong-Passw0rd" + i).status());
		}
		Answer waiting = login("admin", ServerFixture.ADMIN_PASSWORD);
		assertEquals(429, waiting.status(), "after five failures even the right password waits: " + waiting.body());
		assertEquals("glsErr.tooManyLoginFailures", waiting.errorKey());
		assertEquals("1", waiting.response().headers().firstValue("Retry-After").orElse(""));
		server.clock.advance(Duration.ofSeconds(1));
		assertEquals(401, login("admin", "Wrong-Passw0rd6").status());
		assertEquals("2", login("admin", ServerFixture.ADMIN_PASSWORD).response().headers().firstValue("Retry-After").orElse(""),
				"each failure doubles the wait");
		server.clock.advance(Duration.ofSeconds(2));
		assertEquals(401, login("admin", "Wrong-Passw0rd7").status());
		assertEquals("4", login("admin", ServerFixture.ADMIN_PASSWORD).response().headers().firstValue("Retry-After").orElse(""));
		server.clock.advance(Duration.ofSeconds(4));
		assertEquals(200, login("admin", ServerFixture.ADMIN_PASSWORD).status());
		assertEquals(401, login("admin", "Wrong-Passw0rd8").status(), "a success clears the count");
		assertEquals(200, login("admin", ServerFixture.ADMIN_PASSWORD).status());
	}

	@Test
	void theAddressIsCountedAcrossUsers() {
		for (int i = 0; i < 5; i++) {
			assertEquals(401, login("nobody" + i, "Wrong-Passw0rd").status());
		}
		Answer waiting = login("someone-else", "Wrong-Passw0rd");
		assertEquals(429, waiting.status(), waiting.body());
	}

	@Test
	void aFloodOfLoginsIsBoundedAndDoesNotStopOtherRequests() throws Exception {
		server.server.licensing().addFeatures(List.of(LicensingApiTest.feature("f1", "1.0", 1, null)));
		List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			HttpRequest request = HttpRequest.newBuilder(server.uri("authorize")).header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"u" + i + "\",\"password\":\"Wrong-Passw0rd\"}")).build();
			flood.add(server.client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
		}
		long start = System.nanoTime();
		assertEquals(200, server.get("features", admin).status());
		long featuresMillis = (System.nanoTime() - start) / 1_000_000;
		int busy = 0;
		for (CompletableFuture<HttpResponse<String>> answer : flood) {
			HttpResponse<String> response = answer.get();
			if (response.statusCode() == 503) {
				busy++;
				assertTrue(response.body().contains("glsErr.serverBusy"), response.body());
				assertEquals("1", response.headers().firstValue("Retry-After").orElse(""));
			} else {
				assertTrue(response.statusCode() == 401 || response.statusCode() == 429, response.statusCode() + " " + response.body());
			}
		}
		assertTrue(busy > 0, "80 logins at once all waited for hashing");
		assertTrue(featuresMillis < 10_000, "the feature list took " + featuresMillis + " ms during the flood");
	}

	@Test
	void anOldHashIsMadeAgainWithTodaysCostAtTheNextLogin() throws Exception {
		String weak = "pbkdf2-sha256$1000$" + weakHash("0ps-Passw0rd");
		server.server.close();
		// a user stored as an earlier version hashed it
		try (var store = new org.seatkeeper.server.internal.store.Store<>(dir, ServerCore.gson(),
				org.seatkeeper.server.internal.state.ServerData.class, org.seatkeeper.server.internal.state.ServerData::new,
				Events.types())) {
			synchronized (store) {
				store.awaitDurable(store.append(new Events.UserSaved("ops", weak, java.util.Set.of(), null)));
			}
		}
		server.start();
		admin = server.admin();
		assertEquals(200, login("ops", "0ps-Passw0rd").status());
		String stored = storedHash("ops");
		assertTrue(stored.startsWith("pbkdf2-sha256$" + Passwords.ITERATIONS + "$"), stored);
		assertEquals(200, login("ops", "0ps-Passw0rd").status(), "the new hash takes the same password");
	}

	private static String weakHash(String password) throws Exception {
		byte[] salt = new byte[16];
		javax.crypto.spec.PBEKeySpec spec = new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 1000, 256);
		byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
		java.util.Base64.Encoder base64 = java.util.Base64.getEncoder().withoutPadding();
		return base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
	}

	private String storedHash(String user) throws Exception {
		server.server.close();
		try (var store = new org.seatkeeper.server.internal.store.Store<>(dir, ServerCore.gson(),
				org.seatkeeper.server.internal.state.ServerData.class, org.seatkeeper.server.internal.state.ServerData::new,
				Events.types())) {
			String hash = store.state().users.get(user).passwordHash();
			store.abandon();
			server.start();
			return hash;
		}
	}

	@Test
	void tokensAreRevokedWhenThePasswordOrRolesChangeOrTheUserIsDeleted() {
		assertEquals(201, server.post("users", admin, "{\"name\":\"ops\",\"password\":\"0ps-Passw0rd\",\"roles\":[\"ROLE_READ\"]}").status());
		String ops = server.login("ops", "0ps-Passw0rd");
		assertEquals(200, server.get("features", ops).status());
		server.clock.advance(Duration.ofSeconds(1));
		assertEquals(200, server.send("PUT", "users/ops", admin, "application/json", "{\"password\":\"0ps-Passw0rd2\"}").status());
		assertEquals(401, server.get("features", ops).status(), "a new password revokes the tokens issued before");
		ops = server.login("ops", "0ps-Passw0rd2");
		assertEquals(200, server.get("features", ops).status(), "a token issued in the second of the change is valid");

		server.clock.advance(Duration.ofSeconds(1));
		assertEquals(200, server.send("PUT", "users/ops", admin, "application/json", "{\"roles\":[\"ROLE_READ\",\"ROLE_RESERVATIONS\"]}").status());
		assertEquals(401, server.get("features", ops).status(), "new roles revoke the tokens issued before");
		ops = server.login("ops", "0ps-Passw0rd2");

		server.clock.advance(Duration.ofSeconds(1));
		assertEquals(200, server.send("PUT", "users/ops", admin, "application/json", "{\"roles\":[\"ROLE_READ\",\"ROLE_RESERVATIONS\"]}").status());
		assertEquals(200, server.get("features", ops).status(), "saving the same roles revokes nothing");

		server.clock.advance(Duration.ofSeconds(1));
		assertEquals(204, server.send("DELETE", "users/ops", admin, null, null).status());
		assertEquals(201, server.post("users", admin, "{\"name\":\"ops\",\"password\":\"0ps-Passw0rd2\"}").status());
		assertEquals(401, server.get("features", ops).status(), "a token of a deleted user stays revoked when the name comes back");
	}

	@Test
	void theTokenDurationIsBoundedToAMinuteAndThirtyDays() {
		for (String value : List.of("30s", "31d")) {
			Answer refused = server.post("configuration", admin, "{\"security.token.duration\":\"" + value + "\"}");
			assertEquals(400, refused.status(), refused.body());
			assertTrue(refused.object().get("message").getAsString().contains("between 1m and 30d"), refused.body());
		}
		assertEquals(200, server.post("configuration", admin, "{\"security.token.duration\":\"30d\"}").status());
		assertEquals(200, server.post("configuration", admin, "{\"security.token.duration\":\"1m\"}").status());
		String shortLived = server.admin();
		server.clock.advance(Duration.ofSeconds(61));
		assertEquals(401, server.get("features", shortLived).status());
	}
}
