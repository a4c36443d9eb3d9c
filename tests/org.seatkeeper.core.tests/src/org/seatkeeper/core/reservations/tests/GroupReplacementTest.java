package org.seatkeeper.core.reservations.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.domain.HostId;
import org.seatkeeper.core.domain.Reservation;
import org.seatkeeper.core.domain.ReservationEntry;
import org.seatkeeper.core.domain.ReservationGroup;
import org.seatkeeper.core.reservations.GroupReplacement;
import org.seatkeeper.testing.server.TestLicenseServer;

/** Changing a group on a server that can only delete and add: a refused change restores the old group. */
class GroupReplacementTest {

	private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

	@TempDir
	Path data;
	private TestLicenseServer server;
	private LicenseServerClient admin;

	@BeforeEach
	void start() throws Exception {
		server = new TestLicenseServer(data).withFeatures();
		admin = server.admin();
	}

	@AfterEach
	void stop() throws Exception {
		admin.close();
		server.close();
	}

	private static ReservationGroup group(String name, String host, String feature, int count) {
		return ReservationGroup.of(name, List.of(new Reservation(0, new HostId("STRING", host),
				List.of(new ReservationEntry(0, feature, "1.0", count)))));
	}

	@Test
	void aValidChangeReplacesTheGroup() throws Exception {
		ReservationGroup old = admin.addReservationGroups(List.of(group("eng", "dev-a", "f1", 2)), MONITOR).get(0);
		ReservationGroup changed = GroupReplacement.replace(admin, old, group("eng", "dev-a", "f1", 5), MONITOR);
		assertEquals(5, changed.reservations().get(0).entries().get(0).count());
		List<ReservationGroup> groups = admin.reservationGroups(MONITOR);
		assertEquals(1, groups.size());
		assertEquals(5, groups.get(0).reservations().get(0).entries().get(0).count());
	}

	@Test
	void aRefusedChangeRestoresTheOldGroup() throws Exception {
		ReservationGroup old = admin.addReservationGroups(List.of(group("eng", "dev-a", "f1", 2)), MONITOR).get(0);
		// 99 counts of f1: more than the server has, so it refuses the group
		GroupReplacement.RefusedException refused = assertThrows(GroupReplacement.RefusedException.class,
				() -> GroupReplacement.replace(admin, old, group("eng", "dev-a", "f1", 99), MONITOR));
		assertTrue(refused.restored());
		assertTrue(refused.getMessage().startsWith("The server refused the changed group eng: "), refused.getMessage());
		assertTrue(refused.getMessage().endsWith("The group was restored as it was."), refused.getMessage());
		List<ReservationGroup> groups = admin.reservationGroups(MONITOR);
		assertEquals(1, groups.size());
		assertEquals("eng", groups.get(0).name());
		assertEquals(2, groups.get(0).reservations().get(0).entries().get(0).count());
		assertEquals("dev-a", groups.get(0).reservations().get(0).hostId().value());
	}
}
