package org.seatkeeper.core.client.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.OptionalParts;
import org.seatkeeper.core.client.ServerErrorException;
import org.seatkeeper.core.domain.ActivationCount;
import org.seatkeeper.core.domain.CapabilityResult;
import org.seatkeeper.core.domain.ClientKey;
import org.seatkeeper.core.domain.Device;
import org.seatkeeper.core.domain.Expiry;
import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.core.domain.FeatureSummary;
import org.seatkeeper.core.domain.FeatureUsage;
import org.seatkeeper.core.domain.HostId;
import org.seatkeeper.core.domain.HostIds;
import org.seatkeeper.core.domain.Pool;
import org.seatkeeper.core.domain.Reservation;
import org.seatkeeper.core.domain.ReservationEntry;
import org.seatkeeper.core.domain.ReservationGroup;
import org.seatkeeper.core.domain.Role;
import org.seatkeeper.core.domain.ServerHealth;
import org.seatkeeper.core.domain.ServerModel;
import org.seatkeeper.core.domain.Setting;
import org.seatkeeper.core.domain.User;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.server.internal.cli.BackOfficeCommand;

/** Every operation of the client against Seatkeeper's embedded server, running in-process. */
class ClientEndToEndTest {

	private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

	@TempDir
	Path dir;

	EmbeddedServer server;
	LicenseServerClient admin;

	@BeforeEach
	void start() throws Exception {
		server = new EmbeddedServer(dir.resolve("data")).withFeatures();
		server.checkout("dev-1", "[{\"name\":\"f1\",\"version\":\"1.0\",\"count\":3},{\"name\":\"f2\",\"version\":\"2.0\",\"count\":1}]");
		server.checkout("dev-2", "[{\"name\":\"f3\",\"version\":\"1.5\",\"count\":1}]");
		admin = server.admin();
	}

	@AfterEach
	void stop() {
		admin.close();
		server.close();
	}

	@Test
	void healthVersionAndHostIds() throws Exception {
		ServerHealth health = admin.health(MONITOR);
		assertEquals(server.server.instanceId(), health.instanceId());
		assertTrue(health.isHealthy());
		assertEquals("success", health.database());
		assertFalse(admin.session().isPresent(), "health needs no login");
		assertFalse(admin.version(MONITOR).version().isEmpty());
		assertTrue(admin.session().isPresent(), "version needs a login, so the client logged in on the 401");
		assertTrue(admin.session().get().has(Role.ADMIN));

		HostIds hostIds = admin.hostIds(MONITOR);
		assertNotNull(hostIds.selected());
		assertTrue(hostIds.all().size() >= 1);
		HostId other = hostIds.all().get(hostIds.all().size() - 1);
		assertTrue(admin.selectHostId(other, MONITOR).selected().sameAs(other));
		ServerErrorException unknown = assertThrows(ServerErrorException.class,
				() -> admin.selectHostId(new HostId("ETHERNET", "000000000000"), MONITOR));
		assertEquals(ServerErrorException.Kind.INVALID_REQUEST, unknown.kind());
	}

	@Test
	void featuresSummariesAndServedDevices() throws Exception {
		List<Feature> features = admin.features(MONITOR);
		assertEquals(4, features.size());
		Feature f1 = features.stream().filter(f -> f.name().equals("f1") && f.expiry().isPermanent()).findFirst().orElseThrow();
		assertEquals(10, f1.count());
		assertEquals("vs-f1", f1.vendorString());
		assertNotNull(f1.startDate());
		Feature soon = features.stream().filter(f -> f.name().equals("f1") && !f.expiry().isPermanent()).findFirst().orElseThrow();
		assertEquals(Expiry.on(EmbeddedServer.SOON), soon.expiry());

		Feature again = admin.feature(f1.id(), MONITOR);
		assertEquals(f1.name(), again.name());
		int used = features.stream().filter(f -> f.name().equals("f1")).mapToInt(Feature::used).sum();
		assertEquals(3, used);

		OptionalParts parts = new OptionalParts();
		List<FeatureSummary> summaries = admin.featureSummaries(features, parts, MONITOR);
		assertTrue(parts.missing().isEmpty(), "Seatkeeper's server offers summaries");
		FeatureSummary s1 = summaries.stream().filter(s -> s.name().equals("f1")).findFirst().orElseThrow();
		assertEquals(15, s1.totalCount());
		assertEquals(3, s1.totalUsed());
		assertEquals(12, s1.totalAvailable());
		assertEquals(Expiry.on(EmbeddedServer.SOON), s1.firstExpiration());
		assertEquals(Expiry.PERMANENT, s1.lastExpiration());
		assertTrue(s1.counted());
		assertEquals(2, s1.records());

		long servedRecord = features.stream().filter(f -> f.name().equals("f1") && f.used() > 0).findFirst().orElseThrow().id();
		List<FeatureUsage> usages = admin.featureUsage(servedRecord, MONITOR);
		assertEquals(List.of("dev-1"), usages.stream().map(u -> u.device().hostId().value()).toList());
		assertEquals(servedRecord, usages.get(0).featureRecordId());
		assertTrue(usages.get(0).useCount() > 0, "the counts come with the device");
		assertTrue(admin.overages(MONITOR).isEmpty());
		ServerErrorException missing = assertThrows(ServerErrorException.class, () -> admin.feature(999, MONITOR));
		assertEquals(ServerErrorException.Kind.NOT_FOUND, missing.kind());
		assertTrue(missing.getMessage().contains("999"), missing.getMessage());
	}

	@Test
	void devicesTheirDetailsAndDrop() throws Exception {
		List<Device> devices = admin.devices(MONITOR);
		assertEquals(2, devices.size());
		Device dev1 = devices.stream().filter(d -> d.hostId().value().equals("dev-1")).findFirst().orElseThrow();
		assertEquals("STRING", dev1.hostId().type());
		assertEquals("NORMAL", dev1.status());
		assertEquals("dev-1.example.com", dev1.alias());
		assertEquals(4, dev1.countsHeld());
		assertNotNull(dev1.expiry());
		assertEquals(dev1, admin.device(dev1.id(), MONITOR));

		admin.dropDevice(dev1.id(), MONITOR);
		assertEquals("DROPPED", admin.device(dev1.id(), MONITOR).status());
		assertEquals(0, admin.features(MONITOR).stream().mapToInt(Feature::used).filter(u -> u > 0).count() - 1,
				"only f3 of dev-2 is still used");
	}

	@Test
	void reservationGroupsAddListDeleteAllOrNone() throws Exception {
		int before = admin.reservationGroups(MONITOR).size();
		ReservationGroup lab = ReservationGroup.of("Lab", List.of(
				Reservation.of(new HostId("ETHERNET", "7A7A77AAA77A"), List.of(ReservationEntry.of("f1", "1.0", 2))),
				Reservation.of(new HostId("USER", "joe"), List.of(ReservationEntry.of("f3", "1.0", 1)))));
		ReservationGroup added = admin.addReservationGroups(List.of(lab), MONITOR).get(0);
		assertTrue(added.id() > 0);
		assertEquals("Lab", added.name());
		assertEquals(2, added.reservations().size());
		assertEquals(added, admin.reservationGroup(added.id(), MONITOR));
		assertEquals(before + 1, admin.reservationGroups(MONITOR).size());

		ServerErrorException same = assertThrows(ServerErrorException.class,
				() -> admin.addReservationGroups(List.of(lab.withoutIds()), MONITOR));
		assertEquals(ServerErrorException.Kind.CONFLICT, same.kind());
		assertEquals("glsErr.groupExists", same.key());

		ReservationGroup tooMuch = ReservationGroup.of("Big", List.of(
				Reservation.of(new HostId("STRING", "big-1"), List.of(ReservationEntry.of("f2", "2.0", 50)))));
		ReservationGroup fine = ReservationGroup.of("Fine", List.of(
				Reservation.of(new HostId("STRING", "fine-1"), List.of(ReservationEntry.of("f2", "2.0", 1)))));
		ServerErrorException counts = assertThrows(ServerErrorException.class,
				() -> admin.addReservationGroups(List.of(fine, tooMuch), MONITOR));
		assertEquals("glsErr.insufficientCounts", counts.key());
		assertEquals(before + 1, admin.reservationGroups(MONITOR).size(), "neither group was added");

		long rid = added.reservations().get(1).id();
		admin.deleteReservation(added.id(), rid, MONITOR);
		assertEquals(1, admin.reservationGroup(added.id(), MONITOR).reservations().size());
		admin.deleteReservationGroup(added.id(), MONITOR);
		assertEquals(before, admin.reservationGroups(MONITOR).size());
	}

	@Test
	void modelUploadRefusalKeepsTheOldOneAndPoolsFollow() throws Exception {
		assertTrue(admin.model(MONITOR).isDefault());
		List<Pool> pools = admin.pools(MONITOR);
		assertEquals(1, pools.size());
		assertTrue(pools.get(0).isDefault());
		assertEquals(4, pools.get(0).slices().size());

		String model = """
				model "split" {
				  partitions {
				    partition "eng" { "f1" 1.0 4 }
				  }
				  on hostname("~/dev-.*/") { use "eng" accept }
				  on any() { use "default" accept }
				}
				""";
		ServerModel applied = admin.uploadModel(model, MONITOR);
		assertFalse(applied.isDefault());
		assertEquals("split", applied.name());
		assertTrue(admin.pools(MONITOR).stream().anyMatch(p -> p.name().equals("eng") && p.allocated() == 4));

		ServerErrorException refused = assertThrows(ServerErrorException.class,
				() -> admin.uploadModel("model \"broken\" { partitions { partition \"x\" { \"f1\" 1.0 } } }", MONITOR));
		assertEquals("glsErr.invalidModel", refused.key());
		assertEquals(400, refused.status());
		assertTrue(refused.getMessage().startsWith("Invalid model posted"), refused.getMessage());
		assertFalse(refused.arguments().isEmpty());
		assertEquals("split", admin.model(MONITOR).name(), "a refused upload keeps the model");

		admin.deleteModel(MONITOR);
		assertTrue(admin.model(MONITOR).isDefault());
	}

	@Test
	void settingsReadAndUpdatedProducerOnlyRefused() throws Exception {
		List<Setting> settings = admin.settings(MONITOR);
		Setting borrow = settings.stream().filter(s -> s.name().equals("licensing.borrowIntervalMax")).findFirst().orElseThrow();
		assertTrue(borrow.editable());
		assertFalse(borrow.groupLabel().isEmpty());
		List<Setting> after = admin.updateSettings(Map.of("licensing.borrowIntervalMax", "2h"), MONITOR);
		assertEquals("2h", after.stream().filter(s -> s.name().equals("licensing.borrowIntervalMax")).findFirst().orElseThrow().value());

		Setting producerOnly = settings.stream().filter(s -> !s.editable()).findFirst().orElseThrow();
		ServerErrorException refused = assertThrows(ServerErrorException.class,
				() -> admin.updateSettings(Map.of(producerOnly.name(), "x"), MONITOR));
		assertEquals(ServerErrorException.Kind.ACCESS_DENIED, refused.kind());
		assertEquals("glsErr.settingNotEditable", refused.key());
	}

	@Test
	void usersCreateEditDelete() throws Exception {
		User created = admin.createUser("ops", "0ps-Passw0rd!".toCharArray(), List.of("ROLE_RESERVATIONS"), MONITOR);
		assertTrue(created.has(Role.RESERVATIONS));
		assertTrue(created.has(Role.READ), "READ is always included");
		User edited = admin.updateUser("ops", null, List.of("ROLE_READ", "ROLE_DROPCLIENT"), MONITOR);
		assertTrue(edited.has(Role.DROPCLIENT));
		assertFalse(edited.has(Role.RESERVATIONS));
		assertTrue(admin.users(MONITOR).stream().anyMatch(u -> u.name().equals("ops")));
		ServerErrorException weak = assertThrows(ServerErrorException.class,
				() -> admin.createUser("weak", "short".toCharArray(), List.of("ROLE_READ"), MONITOR));
		assertEquals("glsErr.weakPassword", weak.key());
		admin.deleteUser("ops", MONITOR);
		assertFalse(admin.users(MONITOR).stream().anyMatch(u -> u.name().equals("ops")));
	}

	@Test
	void clientKeyUploadShowRemove() throws Exception {
		assertTrue(admin.clientKey(MONITOR).isEmpty());
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		byte[] der = generator.generateKeyPair().getPublic().getEncoded();
		ClientKey key = admin.uploadClientKey(der, MONITOR);
		assertArrayEquals(der, key.der());
		assertEquals(key, admin.clientKey(MONITOR).orElseThrow());
		generator.initialize(1024);
		ServerErrorException small = assertThrows(ServerErrorException.class,
				() -> admin.uploadClientKey(generator.generateKeyPair().getPublic().getEncoded(), MONITOR));
		assertEquals("glsErr.invalidPublicKey", small.key());
		admin.deleteClientKey(MONITOR);
		assertTrue(admin.clientKey(MONITOR).isEmpty());
	}

	@Test
	void readOnlyUserIsRefusedWritesWithTheServersMessage() throws Exception {
		try (LicenseServerClient reader = server.reader()) {
			assertEquals(4, reader.features(MONITOR).size());
			assertFalse(reader.session().orElseThrow().has(Role.ADMIN));
			long id = reader.devices(MONITOR).get(0).id();
			ServerErrorException drop = assertThrows(ServerErrorException.class, () -> reader.dropDevice(id, MONITOR));
			assertTrue(drop.isAccessDenied());
			assertEquals("glsErr.accessDenied", drop.key());
			assertTrue(drop.getMessage().contains("ROLE_DROPCLIENT"), drop.getMessage());
			ServerErrorException model = assertThrows(ServerErrorException.class, () -> reader.deleteModel(MONITOR));
			assertTrue(model.isAccessDenied());
			assertTrue(model.getMessage().contains("ROLE_ADMIN"), model.getMessage());
			assertThrows(ServerErrorException.class, () -> reader.addReservationGroups(List.of(ReservationGroup.of("R",
					List.of(Reservation.of(new HostId("STRING", "r"), List.of(ReservationEntry.of("f1", "1.0", 1)))))), MONITOR));
			assertThrows(ServerErrorException.class, () -> reader.updateSettings(Map.of("licensing.borrowIntervalMax", "1h"), MONITOR));
			assertThrows(ServerErrorException.class, () -> reader.users(MONITOR));
			assertEquals("NORMAL", reader.device(id, MONITOR).status(), "nothing was dropped");
		}
	}

	@Test
	void wrongPasswordGivesTheServersRefusal() {
		try (LicenseServerClient wrong = server.client("admin", "Wr0ng-Passw0rd!")) {
			ServerErrorException refused = assertThrows(ServerErrorException.class, () -> wrong.features(MONITOR));
			assertEquals(ServerErrorException.Kind.AUTHENTICATION, refused.kind());
			assertEquals("glsErr.userAuthFailed", refused.key());
			assertEquals("The server refused the user name or password (user admin)", refused.getMessage());
			assertEquals(List.of("uri=/api/1.0/instances/~/authorize", "admin", "BadCredentialsException", "Bad credentials"),
					refused.arguments(), "the real refusal's four arguments, with the path asked and the user");
		}
	}

	@Test
	void offlineActivationRoundTrip(@TempDir Path keys) throws Exception {
		server.close();
		Path key = keys.resolve("k.pem");
		Path pub = keys.resolve("pub.pem");
		var sink = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
		assertEquals(0, BackOfficeCommand.run(List.of("keygen", "--key", key.toString(), "--public", pub.toString()), sink, sink));
		server = new EmbeddedServer(dir.resolve("data"), ServerOptions.of(0, dir.resolve("data")).withProducerKey(pub));
		admin.close();
		admin = server.admin();

		byte[] capability = admin.capabilityRequest(MONITOR);
		assertTrue(capability.length > 10);
		byte[] request = admin.activationRequest(List.of(new ActivationCount("ACT-9", 6)), MONITOR);
		assertEquals(2, admin.offlineRequests(MONITOR).size());
		assertEquals(Map.of("ACT-9", 6), admin.offlineRequests(MONITOR).stream().filter(r -> !r.activations().isEmpty())
				.findFirst().orElseThrow().activations());
		Path requestFile = keys.resolve("req.bin");
		Files.write(requestFile, request);
		Path entitlements = keys.resolve("e.json");
		Files.writeString(entitlements,
				"{\"entitlements\":[{\"activationId\":\"ACT-9\",\"name\":\"f9\",\"version\":\"9.0\",\"count\":10,\"expiry\":\"permanent\"}]}");
		Path response = keys.resolve("resp.bin");
		assertEquals(0, BackOfficeCommand.run(List.of("respond", "--request", requestFile.toString(), "--entitlements",
				entitlements.toString(), "--key", key.toString(), "--out", response.toString()), sink, sink));

		CapabilityResult result = admin.uploadCapabilityResponse(Files.readAllBytes(response), MONITOR);
		assertFalse(result.confirmationRequestNeeded());
		assertEquals(List.of("f9"), result.features().stream().map(Feature::name).toList());
		assertTrue(admin.features(MONITOR).stream().anyMatch(f -> f.name().equals("f9") && f.count() == 6));

		byte[] tampered = Files.readAllBytes(response);
		tampered[tampered.length / 2] ^= 1;
		ServerErrorException refused = assertThrows(ServerErrorException.class,
				() -> admin.uploadCapabilityResponse(tampered, MONITOR));
		assertEquals(400, refused.status());
	}

	@Test
	void aServerWithoutFeaturesListsNothing(@TempDir Path other) throws Exception {
		try (EmbeddedServer empty = new EmbeddedServer(other); LicenseServerClient client = empty.admin()) {
			assertTrue(client.features(MONITOR).isEmpty());
			assertTrue(client.featureSummaries(List.of(), new OptionalParts(), MONITOR).isEmpty());
			assertTrue(client.devices(MONITOR).isEmpty());
			assertTrue(client.reservationGroups(MONITOR).isEmpty());
		}
	}
}
