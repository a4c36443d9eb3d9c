package org.seatkeeper.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.seatkeeper.server.internal.state.Records.ClientRecord;
import org.seatkeeper.server.internal.state.ServerData;
import org.seatkeeper.server.internal.state.ServerData.HostIdValue;

/** The indexes the server keeps beside its devices stay in step with them. */
class ServerDataTest {

	private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

	private static ClientRecord client(int id, String status, Instant expiry) {
		return new ClientRecord(id, new HostIdValue("STRING", "dev-" + id), "", "", "", "", null, status, expiry, NOW, List.of(), null);
	}

	private static List<Integer> expired(ServerData state, Instant now) {
		return state.servedExpiredBy(now).stream().map(ClientRecord::id).toList();
	}

	@Test
	void expiredDevicesAreFoundSoonestFirstAndFollowEveryChange() {
		ServerData state = new ServerData();
		state.clients.put(1, client(1, "NORMAL", NOW.minusSeconds(60))); // as loaded from a snapshot
		state.putClient(client(2, "NORMAL", NOW.minusSeconds(120)));
		state.putClient(client(3, "NORMAL", NOW.plusSeconds(60)));
		state.putClient(client(4, "RETURNED", NOW.minusSeconds(300)));
		state.putClient(client(5, "NORMAL", null));
		assertEquals(List.of(2, 1), expired(state, NOW));
		assertEquals(List.of(2, 1, 3), expired(state, NOW.plusSeconds(60)));

		state.putClient(client(2, "NORMAL", NOW.plusSeconds(3600))); // renewed
		state.putClient(client(1, "EXPIRED", NOW.minusSeconds(60))); // expired and recorded
		assertEquals(List.of(), expired(state, NOW));
		assertEquals(List.of(3, 2), expired(state, NOW.plusSeconds(7200)));
	}
}
