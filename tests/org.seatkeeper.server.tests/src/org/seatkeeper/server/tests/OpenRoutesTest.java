package org.seatkeeper.server.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.seatkeeper.server.internal.api.ApiException;
import org.seatkeeper.server.internal.security.LicensingToken;
import org.seatkeeper.server.tests.ServerFixture.Answer;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The routes any device may call stay bounded: signed requests while a client key is uploaded, capped
 * bodies, feature lines and dictionaries, a rate per address, a number served at once, and connections
 * that must send their headers in time.
 */
class OpenRoutesTest extends EmbeddedServerTest {

	private static String request(String host) {
		return "{\"hostId\":{\"type\":\"STRING\",\"value\":\"" + host + "\"},\"features\":[{\"name\":\"f1\",\"version\":\"1.0\",\"count\":1}]}";
	}

	private Answer signed(String resource, String token, String body) {
		return server.send("POST", resource, token, "application/json", body);
	}

	private KeyPair uploadClientKey() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		Answer uploaded = server.send("POST", "rest_licensing_keys", admin, "application/octet-stream", pair.getPublic().getEncoded());
		assertEquals(200, uploaded.status(), uploaded.body());
		return pair;
	}

	/** A token signed by hand (not by the code under test), with the claims given. */
	private static String token(KeyPair pair, String header, String claims) throws Exception {
		Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
		String unsigned = url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
				+ url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
		Signature signer = Signature.getInstance("SHA256withRSA");
		signer.initSign(pair.getPrivate());
		signer.update(unsigned.getBytes(StandardCharsets.US_ASCII));
		return unsigned + "." + url.encodeToString(signer.sign());
	}

	private static String claims(Instant issued, Instant expires) {
		return "{\"iat\":" + issued.getEpochSecond() + ",\"exp\":" + expires.getEpochSecond() + "}";
	}

	private static final String RS256 = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";

	@Test
	void whileAClientKeyIsUploadedOnlyRequestsSignedWithItsPrivateKeyAreServed() throws Exception {
		server.server.licensing().addFeatures(List.of(LicensingApiTest.feature("f1", "1.0", 10, null)));
		assertEquals(200, server.post("access_request", null, request("before-the-key")).status(), "no key: open to all");
		KeyPair pair = uploadClientKey();
		Instant now = server.clock.instant();

		for (String resource : List.of("access_request", "preview_request")) {
			Answer unsigned = server.post(resource, null, request("unsigned"));
			assertEquals(401, unsigned.status(), unsigned.body());
			assertEquals("glsErr.licensingTokenRequired", unsigned.errorKey());
			assertEquals("Bearer", unsigned.response().headers().firstValue("WWW-Authenticate").orElse(""));
			Answer good = signed(resource, token(pair, RS256, claims(now, now.plusSeconds(300))), request("signed"));
			assertEquals(200, good.status(), good.body());
		}
		assertEquals(200, signed("access_request", LicensingToken.sign(pair.getPrivate(), now, Duration.ofMinutes(5), "device-cli"),
				request("by-the-device-command")).status(), "the device command's tokens are accepted");

		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair stranger = generator.generateKeyPair();
		expectRefused("glsErr.licensingTokenInvalid", "does not match", token(stranger, RS256, claims(now, now.plusSeconds(300))));
		expectRefused("glsErr.licensingTokenExpired", "expired", token(pair, RS256, claims(now.minusSeconds(3600), now.minusSeconds(61))));
		assertEquals(200, signed("access_request", token(pair, RS256, claims(now.minusSeconds(3600), now.minusSeconds(59))),
				request("skew")).status(), "60 s of clock skew are allowed");
		expectRefused("glsErr.licensingTokenInvalid", "at most 3600 s", token(pair, RS256, claims(now, now.plusSeconds(3601))));
		expectRefused("glsErr.licensingTokenInvalid", "iat and exp", token(pair, RS256, "{\"exp\":" + now.plusSeconds(60).getEpochSecond() + "}"));
		expectRefused("glsErr.licensingTokenInvalid", "later than", token(pair, RS256, claims(now.plusSeconds(600), now.plusSeconds(900))));
		expectRefused("glsErr.licensingTokenInvalid", "RS256 only", token(pair, "{\"alg\":\"none\"}", claims(now, now.plusSeconds(60))));
		String good = token(pair, RS256, claims(now, now.plusSeconds(60)));
		expectRefused("glsErr.licensingTokenInvalid", "does not match", good.substring(0, good.length() - 4) + "AAAA");
		expectRefused("glsErr.licensingTokenInvalid", "not a JSON Web Token", "garbage");

		JsonObject health = server.get("health", null).object().getAsJsonObject("LLS");
		assertEquals("enabled", health.get("licensingSecurityJSON").getAsString());
		assertEquals(410, server.send("DELETE", "rest_licensing_keys", admin, null, null).status());
		assertEquals(200, server.post("access_request", null, request("after-the-key")).status());
	}

	private void expectRefused(String key, String reason, String token) {
		Answer refused = signed("access_request", token, request("refused"));
		assertEquals(401, refused.status(), refused.body());
		assertEquals(key, refused.errorKey(), refused.body());
		assertTrue(refused.object().get("message").getAsString().contains(reason), refused.body());
	}

	@Test
	void openRoutesTakeBodiesOf64KilobytesAt256FeatureLinesAndDictionariesOf64Kilobytes() throws Exception {
		String large = "{\"hostId\":{\"type\":\"STRING\",\"value\":\"big\"},\"vendorDictionary\":{\"pad\":\"" + "x".repeat(65 * 1024) + "\"}}";
		Answer tooLarge = server.post("access_request", null, large);
		assertEquals(413, tooLarge.status(), tooLarge.body());
		assertTrue(tooLarge.object().get("message").getAsString().contains("65536"), tooLarge.body());

		StringBuilder features = new StringBuilder();
		for (int i = 0; i < 257; i++) {
			features.append(i == 0 ? "" : ",").append("{\"name\":\"f").append(i).append("\",\"count\":1}");
		}
		Answer many = server.post("preview_request", null,
				"{\"hostId\":{\"type\":\"STRING\",\"value\":\"many\"},\"features\":[" + features + "]}");
		assertEquals(400, many.status(), many.body());
		assertEquals("glsErr.tooManyFeatures", many.errorKey());
		assertTrue(many.object().get("message").getAsString().contains("at most 256"), many.body());

		// in process, where no body cap applies (the demo's devices, offline exchanges), the dictionary is capped
		JsonObject body = JsonParser.parseString("{\"hostId\":{\"type\":\"STRING\",\"value\":\"dict\"},\"vendorDictionary\":{\"pad\":\""
				+ "x".repeat(64 * 1024) + "\"}}").getAsJsonObject();
		ApiException refused = assertThrows(ApiException.class, () -> server.server.licensing().capability(body, false));
		assertEquals(400, refused.status());
		assertEquals("glsErr.dictionaryTooLarge", refused.key());
		assertTrue(refused.getMessage().contains("at most 65536"), refused.getMessage());

		// counted as the bytes of its JSON in UTF-8: escapes and characters of two, three and four bytes
		String mixed = "é".repeat(1000) + "\n".repeat(1000) + "€".repeat(1000) + "😀".repeat(500) + "\"".repeat(500);
		String atLimit = mixed + "x".repeat(65536 - 10 - 10_000);
		JsonObject exactly = JsonParser.parseString("{\"hostId\":{\"type\":\"STRING\",\"value\":\"exact\"}}").getAsJsonObject();
		JsonObject dictionary = new JsonObject();
		dictionary.addProperty("pad", atLimit);
		exactly.add("vendorDictionary", dictionary);
		assertEquals(65536, dictionary.toString().getBytes(StandardCharsets.UTF_8).length);
		assertNotNull(assertDoesNotThrow(() -> server.server.licensing().capability(exactly, false)));
		dictionary.addProperty("pad", atLimit + "x");
		ApiException over = assertThrows(ApiException.class, () -> server.server.licensing().capability(exactly, false));
		assertTrue(over.getMessage().contains("holds 65537 bytes"), over.getMessage());
	}

	@Test
	void anAddressThatSendsTooManyRequestsASecondGets429WithRetryAfter() {
		assertEquals(200, server.post("configuration", admin, "{\"security.licensing.requestsPerSecond\":\"5\"}").status());
		int limited = 0;
		Answer last = null;
		for (int i = 0; i < 30; i++) {
			Answer answer = server.post("preview_request", null, request("fast"));
			if (answer.status() == 429) {
				limited++;
				last = answer;
			}
		}
		assertTrue(limited >= 15, limited + " of 30 requests were limited");
		assertEquals("glsErr.tooManyRequests", last.errorKey());
		assertEquals("1", last.response().headers().firstValue("Retry-After").orElse(""));
		// the admin API is not limited
		assertEquals(200, server.get("features", admin).status());
	}

	@Test
	void whenTheServerServesAsManyRequestsAsItTakesTheNextGets503WithRetryAfter() throws Exception {
		assertEquals(200, server.post("configuration", admin, "{\"security.licensing.maxConcurrentRequests\":\"1\"}").status());
		// a device that announces a body and sends it slowly holds the one place while its body is read
		try (Socket slow = new Socket("127.0.0.1", server.server.port())) {
			OutputStream out = slow.getOutputStream();
			out.write(("POST /api/1.0/instances/~/access_request HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 200\r\n\r\n{\"hostId\":").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			Answer[] busy = new Answer[1];
			ServerFixture.waitUntil(() -> {
				busy[0] = server.post("preview_request", null, request("waiting"));
				return busy[0].status() == 503;
			}, System.nanoTime() + 10_000_000_000L);
			assertEquals(503, busy[0].status(), busy[0].body());
			assertEquals("glsErr.serverBusy", busy[0].errorKey());
			assertEquals("1", busy[0].response().headers().firstValue("Retry-After").orElse(""));
		}
		// once it is gone, the place is free again
		Answer[] after = new Answer[1];
		ServerFixture.waitUntil(() -> {
			after[0] = server.post("preview_request", null, request("after"));
			return after[0].status() != 503;
		}, System.nanoTime() + 10_000_000_000L);
		assertEquals(409, after[0].status(), after[0].body());
	}

	@Test
	void aClientThatDoesNotFinishItsHeadersIsDropped() throws Exception {
		try (Socket slow = new Socket("127.0.0.1", server.server.port())) {
			slow.setSoTimeout(30_000);
			OutputStream out = slow.getOutputStream();
			out.write("POST /api/1.0/instances/~/access_request HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			long start = System.nanoTime();
			InputStream in = slow.getInputStream();
			int read = in.read();
			long seconds = (System.nanoTime() - start) / 1_000_000_000L;
			assertEquals(-1, read, "the server answered instead of closing");
			assertTrue(seconds < 20, "dropped after " + seconds + " s");
		}
	}

	/** What the server answers to {@code request}, sent as it is. */
	private String raw(String request) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

	@Test
	void brokenEscapesAndEndlessNumbersAre4xxNot500() throws Exception {
		String escape = raw("GET /api/1.0/instances/~/features/%zz HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + admin
				+ "\r\nConnection: close\r\n\r\n");
		assertTrue(escape.startsWith("HTTP/1.1 400"), escape);
		Answer digits = server.post("preview_request", null, "{\"hostId\":{\"type\":\"STRING\",\"value\":\"n\"},\"features\":[{\"name\":\"f1\","
				+ "\"count\":" + "9".repeat(5000) + "}]}");
		assertEquals(400, digits.status(), digits.body());
		Answer deep = server.post("preview_request", null, "[".repeat(5000) + "]".repeat(5000));
		assertEquals(400, deep.status(), deep.body());
	}
}
