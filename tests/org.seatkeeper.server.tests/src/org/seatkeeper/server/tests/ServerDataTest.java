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

	/**
	 * The copy a background snapshot is written from holds every field of the state, and its maps are its
	 * own (a field added to ServerData and forgotten in copy() fails here).
	 */
	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void aCopyHoldsEveryFieldAndKeepsItsMapsWhenTheStateChanges() throws Exception {
		ServerData state = new ServerData();
		int n = 1;
		for (java.lang.reflect.Field field : ServerData.class.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (java.lang.reflect.Modifier.isStatic(modifiers) || java.lang.reflect.Modifier.isTransient(modifiers)) {
				continue;
			}
			field.setAccessible(true);
			Class<?> type = field.getType();
			Object value;
			if (type == String.class) {
				value = "value-" + n;
			} else if (type == int.class) {
				value = n;
			} else if (type == java.util.TreeMap.class) {
				java.util.TreeMap map = new java.util.TreeMap();
				map.put("key-" + n, "entry-" + n);
				value = map;
			} else if (type == HostIdValue.class) {
				value = new HostIdValue("STRING", "host-" + n);
			} else if (type == org.seatkeeper.server.internal.state.Records.ActiveModel.class) {
				value = new org.seatkeeper.server.internal.state.Records.ActiveModel("model-" + n, "text", Instant.EPOCH, List.of());
			} else {
				throw new AssertionError("ServerData has a field of a kind this test does not know: " + field + "; teach it, and copy()");
			}
			field.set(state, value);
			n++;
		}
		ServerData copy = state.copy();
		for (java.lang.reflect.Field field : ServerData.class.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (java.lang.reflect.Modifier.isStatic(modifiers) || java.lang.reflect.Modifier.isTransient(modifiers)) {
				continue;
			}
			assertEquals(field.get(state), field.get(copy), field.getName() + " is not copied");
			if (field.getType() == java.util.TreeMap.class) {
				((java.util.Map) field.get(state)).put("later", "changed");
				assertEquals(1, ((java.util.Map) field.get(copy)).size(), field.getName() + " is shared, not copied");
			}
		}
	}
}
