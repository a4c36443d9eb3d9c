package org.seatkeeper.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.server.internal.store.Event;
import org.seatkeeper.server.internal.store.Store;
import org.seatkeeper.server.internal.store.StoreException;

import com.google.gson.Gson;

class StoreTest {

	static final class Numbers {
		List<Integer> values = new ArrayList<>();
	}

	record Added(int value) implements Event<Numbers> {
		@Override
		public void apply(Numbers state) {
			if (value < 0) {
				throw new IllegalArgumentException("negative");
			}
			state.values.add(value);
		}
	}

	@TempDir
	Path dir;

	private Store<Numbers> open() {
		return new Store<>(dir, new Gson(), Numbers.class, Numbers::new, Map.of("Added", Added.class));
	}

	/** What a restart after {@code kill -9} sees: the folder let go without a last write. */
	private Store<Numbers> reopen(Store<Numbers> store) {
		store.abandon();
		return open();
	}

	@Test
	void eventsSurviveAnAbandonedStoreLikeAKill() {
		Store<Numbers> store = open();
		for (int i = 0; i < 100; i++) {
			store.awaitDurable(store.append(new Added(i)));
		}
		// no close(): as after kill -9, only the journal holds the events
		Store<Numbers> reopened = reopen(store);
		assertEquals(100, reopened.state().values.size());
		assertEquals(99, reopened.state().values.get(99));
		assertEquals(100, reopened.replayedEvents());
	}

	@Test
	void theFilesAreReadableByTheirOwnerOnly() throws IOException {
		Path folder = dir.resolve("data");
		Store<Numbers> store = new Store<>(folder, new Gson(), Numbers.class, Numbers::new, Map.of("Added", Added.class));
		store.append(new Added(1));
		store.snapshot();
		assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
		assertEquals("rw-------",
				java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("state.json"))));
		assertEquals("rw-------",
				java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("journal.log"))));
	}

	@Test
	void aLineCutShortByACrashEndsTheJournalAndIsCutOff() throws IOException {
		Store<Numbers> store = open();
		store.append(new Added(1));
		store.awaitDurable(store.append(new Added(2)));
		Path journal = dir.resolve("journal.log");
		long complete = Files.size(journal);
		store.abandon();
		Files.write(journal, "0badf00d 3 Added {\"val".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
		Store<Numbers> reopened = open();
		assertEquals(List.of(1, 2), reopened.state().values);
		assertEquals(complete, Files.size(journal));
		reopened.awaitDurable(reopened.append(new Added(3)));
		assertEquals(List.of(1, 2, 3), reopen(reopened).state().values);
	}

	@Test
	void aDamagedLineIsNotReplayed() throws IOException {
		Store<Numbers> store = open();
		store.append(new Added(1));
		store.awaitDurable(store.append(new Added(2)));
		store.abandon();
		Path journal = dir.resolve("journal.log");
		String text = Files.readString(journal);
		Files.writeString(journal, text.replace("{\"value\":2}", "{\"value\":7}"));
		assertEquals(List.of(1), open().state().values);
	}

	@Test
	void aSnapshotHoldsEverythingAndTheJournalStartsAfresh() throws IOException {
		Store<Numbers> store = open();
		for (int i = 0; i < 10; i++) {
			store.append(new Added(i));
		}
		store.snapshot();
		assertEquals(0, Files.size(dir.resolve("journal.log")));
		store.awaitDurable(store.append(new Added(10)));
		Store<Numbers> reopened = reopen(store);
		assertEquals(11, reopened.state().values.size());
		assertEquals(1, reopened.replayedEvents());
		assertEquals(11, reopened.sequence());
	}

	@Test
	void eventsAlreadyInTheSnapshotAreSkippedIfTheJournalWasNotEmptiedYet() throws IOException {
		Store<Numbers> store = open();
		store.append(new Added(1));
		store.awaitDurable(store.append(new Added(2)));
		byte[] journal = Files.readAllBytes(dir.resolve("journal.log"));
		store.snapshot();
		store.abandon();
		// as if the process died after renaming the snapshot but before emptying the journal
		Files.write(dir.resolve("journal.log"), journal);
		assertEquals(List.of(1, 2), open().state().values);
	}

	@Test
	void anEventThatFailsChangesNothingAndWritesNothing() throws IOException {
		Store<Numbers> store = open();
		store.awaitDurable(store.append(new Added(1)));
		assertThrows(IllegalArgumentException.class, () -> store.append(new Added(-1)));
		assertEquals(1, store.sequence());
		assertEquals(List.of(1), reopen(store).state().values);
	}

	@Test
	void aDamagedSnapshotIsReportedWithItsFile() throws IOException {
		Files.writeString(dir.resolve("state.json"), "{\"sequence\": 3, \"state\": [");
		StoreException e = assertThrows(StoreException.class, this::open);
		assertTrue(e.getMessage().contains("state.json"), e.getMessage());
	}

	@Test
	void concurrentWritersShareFlushesAndLoseNothing() throws Exception {
		Store<Numbers> store = open();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < 16; t++) {
			int base = t * 1000;
			futures.add(pool.submit(() -> {
				for (int i = 0; i < 200; i++) {
					long seq;
					synchronized (store) {
						seq = store.append(new Added(base + i));
					}
					store.awaitDurable(seq);
				}
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
		assertEquals(3200, reopen(store).state().values.size());
	}
}
