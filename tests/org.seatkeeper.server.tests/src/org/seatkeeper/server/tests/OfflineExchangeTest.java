package org.seatkeeper.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.server.offline.OfflineFileException;
import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.server.internal.cli.BackOfficeCommand;
import org.seatkeeper.server.internal.offline.BackOffice;
import org.seatkeeper.server.internal.offline.OfflineFiles;
import org.seatkeeper.server.offline.ExchangeFiles;
import org.seatkeeper.server.offline.ResponsePreview;
import org.seatkeeper.server.tests.ServerFixture.Answer;
import org.seatkeeper.testing.MovableClock;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Offline activation with a signed response, as the back office would give it, and everything that must be refused. */
class OfflineExchangeTest {

	@TempDir
	Path dir;

	ServerFixture server;
	String admin;
	Ed25519PrivateKeyParameters backOffice;

	static final String ENTITLEMENTS = """
			{"entitlements": [
			  {"activationId": "ACT-1", "name": "f1", "version": "1.0", "count": 10, "expiry": "permanent", "vendorString": "gold"},
			  {"activationId": "ACT-2", "name": "f2", "version": "2.0", "count": 5, "expiry": "2027-12-31"}]}
			""";

	@BeforeEach
	void start() throws Exception {
		AsymmetricCipherKeyPair keys = OfflineFiles.generateKeys();
		backOffice = (Ed25519PrivateKeyParameters) keys.getPrivate();
		Path publicKey = dir.resolve("producer.pem");
		Files.writeString(publicKey, OfflineFiles.publicKeyPem(keys.getPublic()));
		MovableClock clock = new MovableClock();
		server = new ServerFixture(LicenseServer.start(ServerOptions.of(0, dir.resolve("data")).withBindAddress("127.0.0.1")
				.withAdminPassword(ServerFixture.ADMIN_PASSWORD).withConsole(s -> {
				}).withClock(clock).withProducerKey(publicKey)), dir.resolve("data"), clock);
		admin = server.admin();
	}

	@AfterEach
	void stop() {
		server.close();
	}


	private byte[] requestBytes(String activations) throws Exception {
		return server.binary(admin, "activation_request", "{\"activations\": " + activations + "}");
	}

	private Answer upload(byte[] response) {
		return server.send("POST", "capability_response", admin, "application/octet-stream", response);
	}

	private byte[] respond(byte[] request, Ed25519PrivateKeyParameters key) throws Exception {
		return BackOffice.respond(request, JsonParser.parseString(ENTITLEMENTS).getAsJsonObject(), key, server.clock.instant());
	}

	@Test
	void anActivationRequestAnsweredByTheBackOfficeInstallsTheFeatures() throws Exception {
		byte[] request = requestBytes("[{\"id\": \"ACT-1\", \"count\": 8}, {\"id\": \"ACT-2\", \"count\": 5}]");
		JsonObject payload = OfflineFiles.readRequest(request);
		assertEquals(server.server.instanceId(), payload.get("instanceId").getAsString());
		assertEquals(1, server.get("offline_requests", admin).json().getAsJsonArray().size());
		Answer answer = upload(respond(request, backOffice));
		assertEquals(200, answer.status(), answer.body());
		assertEquals(false, answer.object().get("confirmationRequestNeeded").getAsBoolean());
		List<String> features = server.get("features", admin).json().getAsJsonArray().asList().stream()
				.map(f -> f.getAsJsonObject().get("featureName").getAsString() + " " + f.getAsJsonObject().get("featureCount").getAsInt()
						+ " " + f.getAsJsonObject().get("expiry").getAsString())
				.toList();
		assertEquals(List.of("f1 8 permanent", "f2 5 2027-12-31"), features);
		assertEquals(0, server.get("offline_requests", admin).json().getAsJsonArray().size());
		Answer replay = upload(respond(request, backOffice));
		assertEquals(409, replay.status(), "a response is applied once");
		assertEquals("glsErr.unknownRequest", replay.errorKey());

		// a later request changes the count in place, and count 0 returns the activation
		int f1 = server.get("features", admin).json().getAsJsonArray().get(0).getAsJsonObject().get("id").getAsInt();
		assertEquals(200, upload(respond(requestBytes("[{\"id\": \"ACT-1\", \"count\": 10}, {\"id\": \"ACT-2\", \"count\": 0}]"), backOffice))
				.status());
		JsonObject updated = server.get("features/" + f1, admin).object();
		assertEquals(10, updated.get("featureCount").getAsInt(), "the same record, with its id");
		assertEquals(1, server.get("features", admin).json().getAsJsonArray().size());
	}

	@Test
	void aResponseIsTakenAsCurlSendsItAndWithoutAContentType() throws Exception {
		byte[] first = respond(requestBytes("[{\"id\": \"ACT-1\", \"count\": 8}]"), backOffice);
		// curl --data-binary @response.bin declares a form (the reference's §1.4.10)
		Answer form = server.send("POST", "capability_response", admin, "application/x-www-form-urlencoded", first);
		assertEquals(200, form.status(), form.body());
		assertEquals(8, server.get("features", admin).json().getAsJsonArray().get(0).getAsJsonObject().get("featureCount").getAsInt());
		byte[] second = respond(requestBytes("[{\"id\": \"ACT-1\", \"count\": 6}]"), backOffice);
		Answer none = server.send("POST", "capability_response", admin, null, second);
		assertEquals(200, none.status(), none.body());
		assertEquals(6, server.get("features", admin).json().getAsJsonArray().get(0).getAsJsonObject().get("featureCount").getAsInt());
	}

	@Test
	void tamperedForeignOrMisdirectedResponsesAreRefusedAndChangeNothing() throws Exception {
		byte[] request = requestBytes("[{\"id\": \"ACT-1\", \"count\": 8}]");
		byte[] good = respond(request, backOffice);
		byte[] tampered = good.clone();
		int at = new String(good, StandardCharsets.ISO_8859_1).indexOf("\"count\":8");
		tampered[at + 8] = '9';
		Answer changed = upload(tampered);
		assertEquals(400, changed.status());
		assertEquals("glsErr.invalidCapabilityResponse", changed.errorKey());
		assertTrue(changed.object().get("message").getAsString().contains("signature is not valid"), changed.body());

		Ed25519PrivateKeyParameters stranger = (Ed25519PrivateKeyParameters) OfflineFiles.generateKeys().getPrivate();
		assertEquals(400, upload(respond(request, stranger)).status(), "signed by another back office");
		assertEquals(400, upload("not a response".getBytes(StandardCharsets.UTF_8)).status());
		Answer asRequest = upload(request);
		assertTrue(asRequest.object().get("message").getAsString().contains("(it is a capability or activation request)"), asRequest.body());
		Answer json = server.send("POST", "capability_response", admin, "application/json", "{}");
		assertEquals("glsErr.invalidCapabilityResponse", json.errorKey(), "the body is read whatever its declared type: " + json.body());
		assertEquals(0, server.get("features", admin).json().getAsJsonArray().size(), "nothing was applied");
		assertEquals(200, upload(good).status(), "the genuine response still works");
	}

	@Test
	void malformedResponsesAre400AndTheSignatureIsCheckedBeforeTheContentIsRead() throws Exception {
		byte[] good = respond(requestBytes("[{\"id\": \"ACT-1\", \"count\": 8}]"), backOffice);
		// a length field near 2^32, which overflows an int sum
		byte[] overflowing = good.clone();
		java.nio.ByteBuffer.wrap(overflowing, 5, 4).putInt(0x7ffffffa);
		Answer cut = upload(overflowing);
		assertEquals(400, cut.status(), cut.body());
		assertTrue(cut.object().get("message").getAsString().contains("cut short"), cut.body());
		java.nio.ByteBuffer.wrap(overflowing, 5, 4).putInt(-1);
		assertEquals(400, upload(overflowing).status());

		// content nested 100,000 deep, signed by a stranger: refused for its signature, never parsed
		Ed25519PrivateKeyParameters stranger = (Ed25519PrivateKeyParameters) OfflineFiles.generateKeys().getPrivate();
		byte[] deep = ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.US_ASCII);
		byte[] framed = java.nio.ByteBuffer.allocate(9 + deep.length).put("SKRS".getBytes(StandardCharsets.US_ASCII))
				.put(org.seatkeeper.server.offline.ExchangeFiles.VERSION).putInt(deep.length).put(deep).array();
		org.bouncycastle.crypto.signers.Ed25519Signer signer = new org.bouncycastle.crypto.signers.Ed25519Signer();
		signer.init(true, stranger);
		signer.update(framed, 0, framed.length);
		Answer foreign = upload(org.seatkeeper.server.offline.ExchangeFiles.appendSignature(framed, signer.generateSignature()));
		assertEquals(400, foreign.status(), foreign.body());
		assertTrue(foreign.object().get("message").getAsString().contains("signature is not valid"), foreign.body());
		// the same content signed by the trusted back office is read, and refused as damaged, not with a 500
		signer.init(true, backOffice);
		signer.update(framed, 0, framed.length);
		Answer trustedButDeep = upload(org.seatkeeper.server.offline.ExchangeFiles.appendSignature(framed, signer.generateSignature()));
		assertEquals(400, trustedButDeep.status(), trustedButDeep.body());
		assertTrue(trustedButDeep.object().get("message").getAsString().contains("damaged"), trustedButDeep.body());
		assertEquals(200, upload(good).status());
	}

	@Test
	void aResponseToARequestOlderThanTheSettingIsRefused() throws Exception {
		byte[] request = requestBytes("[{\"id\": \"ACT-1\", \"count\": 8}]");
		assertEquals(200, server.post("configuration", admin, "{\"licensing.offlineRequestMaxAge\":\"7d\"}").status());
		server.clock.advance(java.time.Duration.ofDays(8));
		admin = server.admin();
		Answer old = upload(respond(request, backOffice));
		assertEquals(409, old.status(), old.body());
		assertEquals("glsErr.requestTooOld", old.errorKey());
		assertTrue(old.object().get("message").getAsString().contains("generate a new request"), old.body());
		assertEquals(0, server.get("features", admin).json().getAsJsonArray().size());
		assertEquals(200, upload(respond(requestBytes("[{\"id\": \"ACT-1\", \"count\": 8}]"), backOffice)).status());
	}

	private Answer checkout(String host, int count) {
		return server.post("access_request", null,
				"{\"hostId\":{\"value\":\"" + host + "\"},\"features\":[{\"name\":\"f1\",\"version\":\"1.0\",\"count\":" + count + "}]}");
	}

	private JsonObject f1() {
		return server.get("features", admin).json().getAsJsonArray().get(0).getAsJsonObject();
	}

	@Test
	void countsReducedBelowUseAreAcceptedAsAnOverageUntilDevicesReturn() throws Exception {
		upload(respond(requestBytes("[{\"id\": \"ACT-1\", \"count\": 8}]"), backOffice));
		assertEquals(200, checkout("pc-1", 4).status());
		assertEquals(200, checkout("pc-2", 2).status());
		Answer lower = upload(respond(requestBytes("[{\"id\": \"ACT-1\", \"count\": 3}]"), backOffice));
		assertEquals(200, lower.status(), lower.body());
		JsonObject f1 = f1();
		assertEquals(3, f1.get("featureCount").getAsInt());
		assertEquals(6, f1.get("used").getAsInt(), "the devices keep what they hold");
		assertEquals(3, f1.get("overage").getAsInt());
		JsonArray overages = server.get("overages", admin).json().getAsJsonArray();
		assertEquals(1, overages.size());
		assertEquals(3, overages.get(0).getAsJsonObject().get("overage").getAsInt());
		assertEquals(409, checkout("pc-3", 1).status(), "nothing is free while the feature is over-used");
		JsonObject slice = server.get("partitions", admin).object().getAsJsonArray("partitions").get(0).getAsJsonObject()
				.getAsJsonArray("activeFeatureSlices").get(0).getAsJsonObject();
		assertEquals("OVERAGE", slice.get("status").getAsString());

		// returned counts reduce the overage first
		assertEquals(200, server.post("access_request", null, "{\"hostId\":{\"value\":\"pc-2\"},\"features\":[]}").status());
		assertEquals(1, f1().get("overage").getAsInt());
		assertEquals(409, checkout("pc-3", 1).status());
		// a renewal gets what exists now: pc-1 renews with partial and holds 3, the overage is gone
		Answer renewed = server.post("access_request", null, "{\"hostId\":{\"value\":\"pc-1\"},\"partial\":true,"
				+ "\"features\":[{\"name\":\"f1\",\"version\":\"1.0\",\"count\":4}]}");
		assertEquals("PARTIAL", renewed.object().get("status").getAsString());
		assertEquals(3, renewed.object().getAsJsonArray("features").get(0).getAsJsonObject().get("count").getAsInt());
		assertEquals(0, f1().get("overage").getAsInt());
		assertEquals(0, server.get("overages", admin).json().getAsJsonArray().size());
	}

	@Test
	void aRecordRemovedWhileInUseStaysWithNoCountsAndReservationsThatNoLongerFitAreDisabled() throws Exception {
		upload(respond(requestBytes("[{\"id\": \"ACT-1\", \"count\": 8}]"), backOffice));
		Answer group = server.post("reservationgroups", admin, "{\"name\":\"g\",\"reservations\":["
				+ "{\"hostId\":{\"value\":\"r1\",\"type\":\"STRING\"},\"reservationEntries\":[{\"featureName\":\"f1\",\"featureVersion\":\"1.0\",\"featureCount\":3}]},"
				+ "{\"hostId\":{\"value\":\"r2\",\"type\":\"STRING\"},\"reservationEntries\":[{\"featureName\":\"f1\",\"featureVersion\":\"1.0\",\"featureCount\":3}]}]}");
		assertEquals(201, group.status(), group.body());
		upload(respond(requestBytes("[{\"id\": \"ACT-1\", \"count\": 4}]"), backOffice));
		JsonArray reservations = server.get("reservationgroups", admin).json().getAsJsonArray().get(0).getAsJsonObject()
				.getAsJsonArray("reservations");
		JsonObject first = reservations.get(0).getAsJsonObject().getAsJsonArray("reservationEntries").get(0).getAsJsonObject();
		JsonObject second = reservations.get(1).getAsJsonObject().getAsJsonArray("reservationEntries").get(0).getAsJsonObject();
		assertTrue(!first.has("disabled"), "the first entry still fits: " + first);
		assertTrue(second.get("disabled").getAsBoolean(), "4 counts cannot back 6 reserved: " + second);
		assertEquals(3, f1().get("reserved").getAsInt());
		Answer r2 = server.post("access_request", null, "{\"hostId\":{\"value\":\"r2\"},\"features\":[]}");
		assertEquals(0, r2.object().getAsJsonArray("features").size(), "a disabled entry serves nothing");
		assertEquals(200, checkout("pc", 1).status(), "one count is shared");
		// the response that gives the counts back enables the entry again
		upload(respond(requestBytes("[{\"id\": \"ACT-1\", \"count\": 8}]"), backOffice));
		JsonObject again = server.get("reservationgroups", admin).json().getAsJsonArray().get(0).getAsJsonObject()
				.getAsJsonArray("reservations").get(1).getAsJsonObject().getAsJsonArray("reservationEntries").get(0).getAsJsonObject();
		assertTrue(!again.has("disabled"), again.toString());

		// removing the activation while a device uses it keeps the record with no counts
		upload(respond(requestBytes("[{\"id\": \"ACT-1\", \"count\": 0}]"), backOffice));
		JsonObject kept = f1();
		assertEquals(0, kept.get("featureCount").getAsInt());
		assertEquals(1, kept.get("used").getAsInt());
		assertEquals(1, kept.get("overage").getAsInt());
	}

	@Test
	void theBackOfficeRefusesWhatIsNotEntitled() throws Exception {
		byte[] tooMany = requestBytes("[{\"id\": \"ACT-1\", \"count\": 11}]");
		OfflineFileException e = org.junit.jupiter.api.Assertions.assertThrows(OfflineFileException.class,
				() -> respond(tooMany, backOffice));
		assertEquals("Activation ACT-1: 11 copies asked, 10 entitled", e.getMessage());
		Answer bad = server.post("activation_request", admin, "{\"activations\": [{\"id\": \"\", \"count\": 1}]}");
		assertEquals(400, bad.status());
		Answer reader = server.post("activation_request", null, "{\"activations\": [{\"id\": \"ACT-1\", \"count\": 1}]}");
		assertEquals(401, reader.status());
	}

	@Test
	void theBackOfficeCommandMakesKeysAndAnswers() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
		PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
		Path key = dir.resolve("k.pem");
		Path pub = dir.resolve("pub.pem");
		assertEquals(0, BackOfficeCommand.run(List.of("keygen", "--key", key.toString(), "--public", pub.toString()), o, e), err.toString());
		assertTrue(Files.readString(key).startsWith("-----BEGIN PRIVATE KEY-----"));
		assertTrue(Files.readString(pub).startsWith("-----BEGIN PUBLIC KEY-----"));
		Path request = dir.resolve("r.bin");
		Files.write(request, requestBytes("[{\"id\": \"ACT-2\", \"count\": 2}]"));
		Path entitlements = dir.resolve("e.json");
		Files.writeString(entitlements, ENTITLEMENTS);
		Path response = dir.resolve("resp.bin");
		assertEquals(0, BackOfficeCommand.run(List.of("respond", "--request", request.toString(), "--entitlements",
				entitlements.toString(), "--key", key.toString(), "--out", response.toString()), o, e), err.toString());
		OfflineFiles.readResponse(Files.readAllBytes(response), OfflineFiles.publicKey(Files.readString(pub)));
		assertEquals(400, upload(Files.readAllBytes(response)).status(), "signed with a key the server does not trust");
		assertEquals(2, BackOfficeCommand.run(List.of("respond", "--request", request.toString()), o, e));
		assertTrue(err.toString().contains("missing required options: '--entitlements=entitlements.json', '--key=PRIVATE.pem'"),
				err.toString());
	}

	@Test
	void withoutAProducerKeyResponsesCannotBeVerified() throws Exception {
		try (ServerFixture plain = new ServerFixture(dir.resolve("plain"))) {
			String token = plain.admin();
			Answer answer = plain.send("POST", "capability_response", token, "application/octet-stream", new byte[] { 1, 2, 3 });
			assertEquals(409, answer.status());
			assertEquals("glsErr.noProducerKey", answer.errorKey());
		}
	}

	@Test
	void aResponseThatAsksForConfirmationSaysSoAndTheConfirmationRequestIsACapabilityRequest() throws Exception {
		byte[] request = requestBytes("[{\"id\": \"ACT-1\", \"count\": 3}]");
		byte[] response = BackOffice.respond(request, JsonParser.parseString(ENTITLEMENTS).getAsJsonObject(), backOffice,
				server.clock.instant(), true);
		Answer answer = upload(response);
		assertEquals(200, answer.status(), answer.body());
		assertTrue(answer.object().get("confirmationRequestNeeded").getAsBoolean());
		byte[] confirmation = server.binary(admin, "capability_request", null);
		assertEquals("capability", OfflineFiles.readRequest(confirmation).get("kind").getAsString());
	}

	@Test
	void aPreviewSaysWhatAResponseWillChangeBeforeItIsApplied() throws Exception {
		upload(respond(requestBytes("[{\"id\": \"ACT-1\", \"count\": 8}, {\"id\": \"ACT-2\", \"count\": 5}]"), backOffice));
		byte[] response = respond(requestBytes("[{\"id\": \"ACT-1\", \"count\": 10}, {\"id\": \"ACT-2\", \"count\": 0}]"), backOffice);
		List<ResponsePreview.Held> held = List.of(new ResponsePreview.Held("ACT-1", "f1", "1.0", 8, null),
				new ResponsePreview.Held("ACT-2", "f2", "2.0", 5, java.time.LocalDate.parse("2027-12-31")),
				new ResponsePreview.Held("ACT-9", "f9", "1.0", 3, null), new ResponsePreview.Held(null, "local", "1.0", 1, null));
		ResponsePreview preview = ResponsePreview.of(response, held, java.util.Set.of());
		assertEquals(List.of("CHANGED ACT-1 f1 1.0 8->10", "REMOVED ACT-2 f2 2.0 5->0"), preview.changes().stream()
				.map(c -> c.effect() + " " + c.activationId() + " " + c.name() + " " + c.version() + " " + c.countBefore() + "->" + c.countAfter())
				.toList());
		assertEquals(java.util.Map.of("ACT-1", 10, "ACT-2", 0), preview.activations());
		assertEquals(server.server.instanceId(), preview.instanceId());
		assertEquals(server.clock.instant(), preview.issued());
		assertEquals(false, preview.confirmationRequestNeeded());

		ResponsePreview fresh = ResponsePreview.of(response, List.of(), java.util.Set.of());
		assertEquals(List.of(ResponsePreview.Effect.ADDED), fresh.changes().stream().map(ResponsePreview.Change::effect).toList(),
				"f1 is new; ACT-2 has nothing to remove");
		ResponsePreview same = ResponsePreview.of(response, List.of(new ResponsePreview.Held("ACT-1", "f1", "1.0", 10, null)),
				java.util.Set.of());
		assertEquals(1, same.count(ResponsePreview.Effect.UNCHANGED));
		// the server applies it as previewed
		assertEquals(200, upload(response).status());
		assertEquals(List.of("f1 10"), server.get("features", admin).json().getAsJsonArray().asList().stream()
				.map(f -> f.getAsJsonObject().get("featureName").getAsString() + " " + f.getAsJsonObject().get("featureCount").getAsInt())
				.toList());
	}

	@Test
	void filesThatAreNotResponsesGetNoPreviewButTheReason() throws Exception {
		byte[] request = requestBytes("[{\"id\": \"ACT-1\", \"count\": 8}]");
		byte[] response = respond(request, backOffice);
		assertEquals(java.util.Optional.of(ExchangeFiles.Kind.REQUEST), ExchangeFiles.recognise(request));
		assertEquals(java.util.Optional.empty(), ExchangeFiles.recognise("PK\u0003\u0004zip".getBytes(StandardCharsets.ISO_8859_1)));
		assertEquals("This file is not a capability response made by Seatkeeper (it is a capability or activation request)",
				assertThrows(OfflineFileException.class, () -> ResponsePreview.of(request, List.of(), java.util.Set.of())).getMessage());
		assertEquals("The capability response is damaged: its signature does not end where the file ends",
				assertThrows(OfflineFileException.class,
						() -> ResponsePreview.of(java.util.Arrays.copyOf(response, response.length - 1), List.of(), java.util.Set.of()))
						.getMessage());
		byte[] cut = java.util.Arrays.copyOf(response, 40);
		assertTrue(assertThrows(OfflineFileException.class, () -> ResponsePreview.of(cut, List.of(), java.util.Set.of())).getMessage()
				.startsWith("The file is cut short: it announces "));
		byte[] future = response.clone();
		future[4] = 2;
		assertEquals("This file has format version 2; this version of Seatkeeper reads version 1",
				assertThrows(OfflineFileException.class, () -> ResponsePreview.of(future, List.of(), java.util.Set.of())).getMessage());
		JsonObject badDate = JsonParser.parseString("""
				{"requestId": "r", "instanceId": "i", "features": [{"activationId": "A", "name": "f", "version": "1", "count": 1,
				 "expiry": "soon"}]}""").getAsJsonObject();
		assertEquals("The response is damaged: feature f has the expiry 'soon', which is not a date",
				assertThrows(OfflineFileException.class, () -> ResponsePreview.of(badDate, List.of(), java.util.Set.of())).getMessage());
	}

	@Test
	void aDemoServerTrustsItsDemoBackOfficeOutOfTheBox() throws Exception {
		Path data = dir.resolve("demo");
		try (LicenseServer demo = LicenseServer.start(ServerOptions.of(0, data).withBindAddress("127.0.0.1").withDemo(true)
				.withAdminPassword(ServerFixture.ADMIN_PASSWORD).withConsole(s -> {
				}))) {
			Path folder = demo.demoBackOffice().orElseThrow();
			ServerFixture fixture = new ServerFixture(demo, data, null);
			String token = fixture.admin();
			byte[] activation = fixture.binary(token, "activation_request",
					"{\"activations\": [{\"id\": \"ACT-CLOUD-SYNC-1.0\", \"count\": 5}]}");
			Path requestFile = Files.write(dir.resolve("demo-request.bin"), activation);
			Path responseFile = dir.resolve("demo-response.bin");
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
			assertEquals(0, BackOfficeCommand.run(List.of("respond", "--request", requestFile.toString(), "--entitlements",
					folder.resolve("entitlements.json").toString(), "--key", folder.resolve("back-office-private.pem").toString(), "--out",
					responseFile.toString()), e, e), err.toString());
			Answer applied = fixture.send("POST", "capability_response", token, "application/octet-stream", Files.readAllBytes(responseFile));
			assertEquals(200, applied.status(), applied.body());
			assertEquals("Cloud_Sync", applied.object().getAsJsonArray("features").get(0).getAsJsonObject().get("featureName").getAsString());
		}
		// a server given its own producer key keeps it, even when later started as a demo
		Path own = dir.resolve("own.pem");
		Files.writeString(own, OfflineFiles.publicKeyPem(OfflineFiles.generateKeys().getPublic()));
		Path other = dir.resolve("other");
		LicenseServer.start(ServerOptions.of(0, other).withBindAddress("127.0.0.1").withConsole(s -> {
		}).withProducerKey(own)).close();
		try (LicenseServer demo = LicenseServer.start(ServerOptions.of(0, other).withBindAddress("127.0.0.1").withDemo(true)
				.withConsole(s -> {
				}))) {
			assertEquals(java.util.Optional.empty(), demo.demoBackOffice());
		}
	}
}
