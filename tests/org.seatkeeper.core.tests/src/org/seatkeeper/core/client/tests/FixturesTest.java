package org.seatkeeper.core.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.seatkeeper.core.client.ServerErrorException;
import org.seatkeeper.core.client.UnexpectedAnswerException;
import org.seatkeeper.core.domain.Device;
import org.seatkeeper.core.domain.Expiry;
import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.core.domain.FeatureSummary;
import org.seatkeeper.core.domain.FeatureUsage;
import org.seatkeeper.core.domain.HostId;
import org.seatkeeper.core.domain.HostIds;
import org.seatkeeper.core.domain.Pool;
import org.seatkeeper.core.domain.ReservationGroup;
import org.seatkeeper.core.domain.ServerHealth;
import org.seatkeeper.core.internal.client.Answer;
import org.seatkeeper.core.internal.client.Answers;
import org.seatkeeper.core.internal.client.Decoder;
import org.seatkeeper.core.internal.client.DeviceDecoder;
import org.seatkeeper.testing.shapes.Fixture;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * Every fixture of a real server's shape (and of Seatkeeper's flat ones) decodes into the domain values it
 * stands for, with the values it holds.
 */
class FixturesTest {

	private static JsonElement json(Fixture fixture) {
		return JsonParser.parseString(fixture.text());
	}

	/** What a fixture answers, read as the client reads that answer; throws when it cannot. */
	static Object decode(Fixture fixture) throws UnexpectedAnswerException {
		return decodeJson(fixture, json(fixture));
	}

	/** {@code json}, an answer of the kind {@code fixture} shows, read as the client reads it. */
	static Object decodeJson(Fixture fixture, JsonElement json) throws UnexpectedAnswerException {
		return switch (fixture) {
			case HEALTH -> Decoder.health(json);
			case AUTHORIZE -> Decoder.jwtClaims(json.getAsJsonObject().get("token").getAsString());
			case AUTHORIZE_REFUSED -> error(json, 401);
			case INVALID_MODEL -> error(json, 400);
			case NOT_FOUND -> error(json, 404);
			case FEATURES -> Decoder.features(json);
			case FEATURE_SUMMARIES -> Decoder.summaries(json);
			case CLIENTS, FLAT_CLIENTS -> DeviceDecoder.devices(json);
			case FEATURE_CLIENTS, FLAT_FEATURE_CLIENTS -> DeviceDecoder.usages(json, Fixture.FEATURE_CLIENTS_OF);
			case HOSTIDS_HCL, HOSTIDS_ARM -> Decoder.hostIds(json);
			case PARTITIONS -> Decoder.pools(json);
			case CAPABILITY_RESPONSE -> Decoder.capabilityResult(json);
			case RESERVATION_GROUP -> Decoder.groups(json);
		};
	}

	/** What {@code fixture} decodes to, as the type the test expects. */
	@SuppressWarnings("unchecked")
	private static <T> T decoded(Fixture fixture) throws UnexpectedAnswerException {
		return (T) decode(fixture);
	}

	private static ServerErrorException error(Fixture fixture, int status) {
		return error(json(fixture), status);
	}

	private static ServerErrorException error(JsonElement body, int status) {
		return (ServerErrorException) Answers.error(new Answer(URI.create("http://127.0.0.1/api/1.0/instances/~/x"), status,
				"application/json", body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), "do it");
	}

	@Test
	void everyFixtureFileHasItsEntryAndItsSource() {
		List<String> entries = Arrays.stream(Fixture.values()).map(Fixture::file).sorted().toList();
		assertEquals(entries, Fixture.filesInBundle(), "a fixture file without an entry would never be decoded");
		for (Fixture fixture : Fixture.values()) {
			assertFalse(fixture.source().isBlank(), fixture.name());
		}
	}

	@ParameterizedTest
	@EnumSource(Fixture.class)
	void everyFixtureDecodes(Fixture fixture) throws Exception {
		Object decoded = decode(fixture);
		assertTrue(decoded != null, fixture.toString());
	}

	@Test
	void featureRecordsOfTheRealShape() throws Exception {
		List<Feature> features = decoded(Fixture.FEATURES);
		assertEquals(3, features.size());
		Feature first = features.get(0);
		assertEquals(41, first.id());
		assertEquals("cad_base", first.name());
		assertEquals(20, first.count());
		assertEquals(17, first.available());
		assertEquals(2, first.overdraftCount());
		assertEquals("NW-ACT-0041", first.activationId());
		assertEquals(Instant.parse("2025-03-04T09:15:27.410Z"), first.received());
		assertEquals(5, features.get(1).count(), "featureCount as a string, as the Go struct typed it");
		assertEquals(1, features.get(1).assignedReserved());
		assertEquals(Expiry.on(LocalDate.of(2026, 12, 31)), features.get(2).expiry());
	}

	@Test
	void summariesKeyedByNameThenVersion() throws Exception {
		List<FeatureSummary> summaries = decoded(Fixture.FEATURE_SUMMARIES);
		assertEquals(List.of("cad_base", "render_farm"), summaries.stream().map(FeatureSummary::name).toList());
		assertEquals("2.0", summaries.get(0).version());
		assertEquals(21, summaries.get(0).totalAvailable());
		assertEquals(2, summaries.get(0).totalOverdraft());
	}

	@Test
	void realDeviceRecordsWithTheirRealKeys() throws Exception {
		List<Device> devices = decoded(Fixture.CLIENTS);
		Device first = devices.get(0);
		assertEquals(3107, first.id());
		assertEquals(new HostId("STRING", "5C60BA1F4E27A0D31C88"), first.hostId());
		assertEquals("PHYSICAL", first.deviceType(), "machineType is the device type");
		assertEquals(Instant.parse("2026-11-30T08:12:44.518Z"), first.lastRequest(), "updateTime is the last request");
		assertEquals("ws-design-07", first.alias());
		assertEquals(new HostId("ETHERNET", "0050568A3C1D"), first.serverHostId());
		assertEquals(Boolean.FALSE, first.trusted());
		assertEquals("REQUEST", first.requestOperation());
		assertEquals("c0ffee01-4b2a-4d8e-9f10-2a3b4c5d6e7f", first.correlationId());
		assertNull(first.recordedHostId(), "the same hostid as the request's is not repeated");
		assertFalse(first.featuresListed(), "a real device record does not list what the device holds");
		Device virtual = devices.get(1);
		assertEquals(new HostId("ETHERNET", "9E2D77C0B4A1"), virtual.hostId(), "the device ID is the request hostid");
		assertEquals(new HostId("VM_UUID", "VM-4C1F-88A2"), virtual.recordedHostId(), "the hostid kept beside it");
		assertEquals(Boolean.TRUE, virtual.trusted());
		assertEquals("VM", virtual.hostType());
		assertEquals("VM_UUID:VM-4C1F-88A2", virtual.collectedHostIds());
		assertEquals("EXPIRED", devices.get(2).status());
	}

	@Test
	void usageRecordsNestTheDeviceAndCarryTheCounts() throws Exception {
		List<FeatureUsage> usages = decoded(Fixture.FEATURE_CLIENTS);
		assertEquals(2, usages.size());
		FeatureUsage first = usages.get(0);
		assertEquals(9001, first.id());
		assertEquals(41, first.featureRecordId());
		assertEquals(2, first.useCount());
		assertEquals(0, first.reservedCount());
		assertEquals("CONCURRENT", first.usageKind());
		assertEquals(3107, first.device().id());
		assertEquals("5C60BA1F4E27A0D31C88", first.device().hostId().value());
		assertEquals("PHYSICAL", first.device().deviceType());
		assertEquals(1, usages.get(1).reservedCount());
		assertEquals(new HostId("VM_UUID", "VM-4C1F-88A2"), usages.get(1).device().recordedHostId());
	}

	@Test
	void flatShapesOfSeatkeepersServerStillDecode() throws Exception {
		List<FeatureUsage> usages = decoded(Fixture.FLAT_FEATURE_CLIENTS);
		assertEquals(1, usages.size());
		assertEquals(2, usages.get(0).useCount(), "the counts of record 41 among those the device lists");
		assertEquals("dev-a", usages.get(0).device().hostId().value());
		List<Device> devices = decoded(Fixture.FLAT_CLIENTS);
		assertTrue(devices.get(0).featuresListed());
		assertEquals(2, devices.get(0).countsHeld());
		assertEquals("Engineering, DevOps", devices.get(0).vendorDictionary().get("business-unit"));
		assertTrue(devices.get(1).featuresListed(), "an empty list says that it holds nothing");
		assertEquals(0, devices.get(1).countsHeld());
	}

	@Test
	void healthWithItsBuildAndSecurityStates() throws Exception {
		ServerHealth health = (ServerHealth) decode(Fixture.HEALTH);
		assertEquals("2021.05.0", health.version());
		assertEquals("2021.05.0.241", health.buildVersion());
		assertEquals("release/2021.05", health.branch());
		assertEquals("5f3c2a9e81d4", health.gitHash());
		assertEquals("1", health.patch());
		assertEquals("2021.05.0.117", health.fneBuildVersion());
		assertEquals("enabled", health.security());
		assertEquals("disabled", health.httpAuth());
		assertEquals("enabled", health.licensingSecurity());
		assertTrue(health.isHealthy());
		assertEquals("build 2021.05.0.241, built 2021-05-20T14:12:09Z, branch release/2021.05, commit 5f3c2a9e81d4, patch 1, "
				+ "FlexNet Embedded 2021.05.0.117", health.buildDescription());
	}

	@Test
	void aRefusedLoginNamesTheUserAndNoJavaException() {
		ServerErrorException refused = error(Fixture.AUTHORIZE_REFUSED, 401);
		assertEquals("The server refused the user name or password (user admin)", refused.getMessage());
		assertEquals("glsErr.userAuthFailed", refused.key());
		assertTrue(refused.serverMessage().contains("BadCredentialsException"), "the server's words are kept for the log");
		assertEquals(ServerErrorException.Kind.AUTHENTICATION, refused.kind());
	}

	@Test
	void anUnknownKeyShowsTheServersOwnMessage() {
		ServerErrorException refused = error(Fixture.INVALID_MODEL, 400);
		assertEquals("Invalid model posted, Duplicate feature entries found : [feature=cad_base, version=2.0, vendorString=site-a]",
				refused.getMessage());
		assertEquals("Not Found", error(Fixture.NOT_FOUND, 404).getMessage(), "a body without 'message' says what it has");
	}

	@Test
	void theOtherShapes() throws Exception {
		assertEquals(new HostId("ETHERNET", "0050568A3C1D"), ((HostIds) decode(Fixture.HOSTIDS_ARM)).selected());
		assertEquals(2, ((HostIds) decode(Fixture.HOSTIDS_HCL)).all().size());
		List<Pool> pools = decoded(Fixture.PARTITIONS);
		assertEquals(List.of("default", "engineering"), pools.stream().map(Pool::name).toList());
		assertEquals("30%", pools.get(1).slices().get(0).requested());
		List<ReservationGroup> groups = decoded(Fixture.RESERVATION_GROUP);
		assertEquals("design-team", groups.get(0).name());
		assertEquals(new HostId("USER", "mlopez"), groups.get(0).reservations().get(1).hostId());
		assertEquals("ROLE_ADMIN,ROLE_DROPCLIENT,ROLE_READ,ROLE_RESERVATIONS",
				((com.google.gson.JsonObject) decode(Fixture.AUTHORIZE)).get("roles").getAsString());
	}

	@Test
	void seatkeepersKeysForDeletedPoolsDisabledEntriesAndOveragesAreRead() {
		Pool deleted = Decoder.pools(JsonParser.parseString("""
				{"partitions":[{"id":4,"name":"sales","lastModified":1,"default":false,"deleted":true,"activeFeatureSlices":[]},
				 {"id":5,"name":"eng","default":false,"activeFeatureSlices":[]}]}""")).get(0);
		assertTrue(deleted.deleted());
		assertFalse(Decoder.pools(JsonParser.parseString("""
				{"partitions":[{"id":5,"name":"eng","default":false,"activeFeatureSlices":[]}]}""")).get(0).deleted());
		ReservationGroup group = Decoder.groups(JsonParser.parseString("""
				[{"id":1,"name":"g","reservations":[{"id":2,"hostId":{"value":"a","type":"STRING"},"reservationEntries":[
				  {"id":3,"featureName":"f1","featureVersion":"1.0","featureCount":2,"disabled":true},
				  {"id":4,"featureName":"f2","featureVersion":"1.0","featureCount":1}]}]}]""")).get(0);
		assertTrue(group.reservations().get(0).entries().get(0).disabled());
		assertFalse(group.reservations().get(0).entries().get(1).disabled());
		Feature over = Decoder.features(JsonParser.parseString("""
				[{"id":1,"featureName":"f1","featureVersion":"1.0","featureCount":3,"used":8,"overdraftCount":2,"overdraftUsedCount":2,
				  "expiry":"permanent"}]""")).get(0);
		assertEquals(3, over.overage(), "8 used, 2 of them overdraft, of 3 counts");
	}
}
