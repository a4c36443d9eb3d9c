package org.seatkeeper.core.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.core.client.Credentials;
import org.seatkeeper.core.client.CredentialsProvider;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.ServerErrorException;
import org.seatkeeper.core.client.Session;
import org.seatkeeper.core.client.tests.FakeServer.Canned;
import org.seatkeeper.testing.MovableClock;
import org.seatkeeper.testing.shapes.Fixture;
import org.seatkeeper.core.domain.Role;

/** Logging in when asked, re-authenticating once on a 401 mid-session, and renewing tokens before they expire. */
class SessionTest {

	private static final NullProgressMonitor MONITOR = new NullProgressMonitor();
	private static final String UNAUTHORIZED = "{\"key\":\"glsErr.invalidToken\",\"message\":\"The token has expired\",\"arguments\":[]}";

	FakeServer fake;
	final AtomicInteger logins = new AtomicInteger();
	volatile String validToken = "none";

	@BeforeEach
	void start() throws Exception {
		fake = new FakeServer();
		fake.answer("authorize", request -> {
			if (!request.body().contains("\"password\":\"right\"")) {
				return Canned.json(401, Fixture.AUTHORIZE_REFUSED.text()); // the real refusal (the reference's §1.4.9)
			}
			validToken = token(logins.incrementAndGet());
			return Canned.json(200, "{\"expires\":\"2030-01-01T00:00:00.000Z\",\"token\":\"" + validToken + "\"}");
		});
		fake.answer("features", request -> ("Bearer " + validToken).equals(request.authorization()) ? Canned.json(200, "[]")
				: Canned.json(401, UNAUTHORIZED));
	}

	@AfterEach
	void stop() {
		fake.close();
	}

	/** A JWT shaped like a real server's, with roles as one comma-separated claim. */
	static String token(int n) {
		Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
		return b64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"HS512\"}".getBytes(StandardCharsets.UTF_8)) + "."
				+ b64.encodeToString(("{\"sub\":\"admin\",\"iss\":\"Q8A5YCZ3A4GH\",\"iat\":1,\"exp\":1893456000,"
						+ "\"roles\":\"ROLE_ADMIN,ROLE_DROPCLIENT,ROLE_READ,ROLE_RESERVATIONS\",\"n\":" + n + "}")
						.getBytes(StandardCharsets.UTF_8))
				+ ".sig";
	}

	private LicenseServerClient client(CredentialsProvider provider) {
		return new LicenseServerClient(fake.options().withCredentials(provider));
	}

	@Test
	void logsInOnTheFirst401AndRetriesOnce() throws Exception {
		try (LicenseServerClient client = client(CredentialsProvider.of("admin", "right".toCharArray()))) {
			assertTrue(client.features(MONITOR).isEmpty());
			assertEquals(List.of("features", "authorize", "features"), fake.seen.stream().map(FakeServer.Seen::path).toList());
			assertNull(fake.seen.get(0).authorization());
			assertEquals("Bearer " + token(1), fake.seen.get(2).authorization());
			Session session = client.session().orElseThrow();
			assertEquals(Instant.parse("2030-01-01T00:00:00Z"), session.expires());
			assertTrue(session.has(Role.ADMIN) && session.has(Role.RESERVATIONS));
			client.features(MONITOR);
			assertEquals(1, logins.get(), "the token is reused");
		}
	}

	@Test
	void aTokenRefusedMidSessionIsRenewedWithTheSameCredentials() throws Exception {
		AtomicInteger asked = new AtomicInteger();
		CredentialsProvider counting = (server, problem) -> {
			asked.incrementAndGet();
			return Optional.of(new Credentials("admin", "right".toCharArray()));
		};
		try (LicenseServerClient client = client(counting)) {
			client.features(MONITOR);
			validToken = "revoked-by-a-server-restart";
			client.features(MONITOR);
			assertEquals(2, logins.get());
			assertEquals(1, asked.get(), "the credentials that worked are reused without asking again");
		}
	}

	@Test
	void aServerThatKeepsRefusingIsNotAskedForever() throws Exception {
		fake.answer("features", Canned.json(401, UNAUTHORIZED));
		try (LicenseServerClient client = client(CredentialsProvider.of("admin", "right".toCharArray()))) {
			ServerErrorException error = assertThrows(ServerErrorException.class, () -> client.features(MONITOR));
			assertEquals(ServerErrorException.Kind.AUTHENTICATION, error.kind());
			assertEquals("The token has expired", error.getMessage());
			assertEquals(1, fake.count("POST", "authorize"));
			assertEquals(2, fake.count("GET", "features"), "one retry only");
		}
	}

	@Test
	void aRefusedPasswordIsAskedAgainWithTheServersReason() throws Exception {
		List<String> problems = new ArrayList<>();
		CredentialsProvider dialog = (server, problem) -> {
			problems.add(problem);
			return Optional.of(new Credentials("admin", (problems.size() == 1 ? "wrong" : "right").toCharArray()));
		};
		try (LicenseServerClient client = client(dialog)) {
			client.features(MONITOR);
			assertEquals(java.util.Arrays.asList(null, "The server refused the user name or password (user admin)"), problems,
					"the provider is told why, in words, without the server's Java exception names");
		}
	}

	@Test
	void givingUpAfterARefusedPasswordReportsTheRefusal() {
		try (LicenseServerClient client = client(CredentialsProvider.of("admin", "wrong".toCharArray()))) {
			ServerErrorException error = assertThrows(ServerErrorException.class, () -> client.features(MONITOR));
			assertEquals("glsErr.userAuthFailed", error.key());
			assertEquals(1, fake.count("POST", "authorize"));
		}
	}

	@Test
	void anExpiringTokenIsRenewedBeforeItIsSent() throws Exception {
		MovableClock clock = new MovableClock(Instant.parse("2029-12-31T23:00:00Z"));
		try (LicenseServerClient client = new LicenseServerClient(
				fake.options().withCredentials(CredentialsProvider.of("admin", "right".toCharArray())), clock)) {
			client.features(MONITOR);
			assertEquals(1, logins.get());
			clock.set(Instant.parse("2029-12-31T23:59:45Z"));
			fake.seen.clear();
			client.features(MONITOR);
			assertEquals(List.of("authorize", "features"), fake.seen.stream().map(FakeServer.Seen::path).toList(),
					"renewed 15 s before the end, without a refused request");
			assertEquals(2, logins.get());
		}
	}

	@Test
	void anExplicitLoginAndLogout() throws Exception {
		try (LicenseServerClient client = client(CredentialsProvider.NONE)) {
			Session session = client.login(new Credentials("admin", "right".toCharArray()), MONITOR);
			assertEquals("admin", session.user());
			client.features(MONITOR);
			assertEquals(1, fake.count("GET", "features"), "the first request already carried the token");
			client.logout();
			assertTrue(client.session().isEmpty());
			assertThrows(ServerErrorException.class, () -> client.features(MONITOR), "nobody to log in after logout");
			assertThrows(ServerErrorException.class, () -> client.login(new Credentials("admin", "wrong".toCharArray()), MONITOR));
		}
	}
}
