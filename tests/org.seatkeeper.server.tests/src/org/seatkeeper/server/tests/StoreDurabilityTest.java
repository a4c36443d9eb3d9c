package org.seatkeeper.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.server.internal.store.FolderLock;
import org.seatkeeper.server.internal.store.JournalDamagedException;
import org.seatkeeper.server.internal.store.Recovery;
import org.seatkeeper.server.internal.store.SteadyFlushStream;
import org.seatkeeper.server.internal.store.Store;
import org.seatkeeper.server.internal.store.StoreException;
import org.seatkeeper.server.tests.StoreTest.Added;
import org.seatkeeper.server.tests.StoreTest.Numbers;

import com.google.gson.Gson;

/** The store's promises about the disk: one owner, strict replay, recovery, and failures that lose nothing acknowledged. */
class StoreDurabilityTest {

	@TempDir
	Path dir;

	private Store<Numbers> open() {
		return new Store<>(dir, new Gson(), Numbers.class, Numbers::new, Map.of("Added", Added.class));
	}

	private Path journal() {
		return dir.resolve("journal.log");
	}

	@Test
	void aSecondStoreOnTheSameFolderIsRefusedAndTheFirstKeepsWorking() throws IOException {
		Store<Numbers> first = open();
		first.awaitDurable(first.append(new Added(1)));
		byte[] journal = Files.readAllBytes(journal());
		StoreException refused = assertThrows(FolderLock.FolderInUseException.class, this::open);
		assertTrue(refused.getMessage().contains("is in use by process " + ProcessHandle.current().pid()), refused.getMessage());
		// the refused store read nothing and wrote nothing
		assertTrue(java.util.Arrays.equals(journal, Files.readAllBytes(journal())));
		assertFalse(Files.exists(dir.resolve("state.json")));
		first.awaitDurable(first.append(new Added(2)));
		first.close();
		assertEquals(List.of(1, 2), open().state().values);
	}

	@Test
	void aStoreOnlyOpenedAndClosedWritesNothing() throws IOException {
		Store<Numbers> store = open();
		store.awaitDurable(store.append(new Added(1)));
		store.abandon();
		FileTime before = Files.getLastModifiedTime(journal());
		long size = Files.size(journal());
		open().close();
		assertFalse(Files.exists(dir.resolve("state.json")), "closing a store that changed nothing wrote a snapshot");
		assertEquals(size, Files.size(journal()));
		assertEquals(before, Files.getLastModifiedTime(journal()));
	}

	@Test
	void theFolderIsMadeOwnerOnlyAtEveryStart() throws IOException {
		open().close();
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.setPosixFilePermissions(journal(), PosixFilePermissions.fromString("rw-r--r--"));
		open().close();
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(journal())));
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("seatkeeper.lock"))));
	}

	@Test
	void damageBeforeTheEndRefusesToStartNamingTheFileAndByteThenRecoveryCutsThere() throws IOException {
		Store<Numbers> store = open();
		for (int i = 1; i <= 5; i++) {
			store.awaitDurable(store.append(new Added(i)));
		}
		store.abandon();
		String text = Files.readString(journal());
		int third = text.indexOf("{\"value\":3}");
		long offset = text.lastIndexOf('\n', third) + 1;
		byte[] before = Files.readAllBytes(journal());
		Files.writeString(journal(), text.replace("{\"value\":3}", "{\"value\":9}"));

		StoreException refused = assertThrows(JournalDamagedException.class, this::open);
		assertTrue(refused.getMessage().contains(journal().toString()), refused.getMessage());
		assertTrue(refused.getMessage().contains("at byte " + offset), refused.getMessage());
		assertTrue(refused.getMessage().contains("--recover"), refused.getMessage());
		assertEquals(before.length, Files.size(journal()), "a refused start changed the journal");

		Recovery recovery = Recovery.run(dir);
		assertEquals(3, recovery.dropped());
		assertEquals(offset, recovery.cutAt());
		assertEquals(2, recovery.lastSequence());
		assertTrue(Files.readString(recovery.copy().orElseThrow()).contains("{\"value\":9}"), "the copy keeps the damaged journal");
		assertTrue(recovery.describe(dir).contains("3 events were dropped"), recovery.describe(dir));
		Store<Numbers> recovered = open();
		assertEquals(List.of(1, 2), recovered.state().values);
		recovered.awaitDurable(recovered.append(new Added(3)));
		recovered.abandon();
		assertEquals(List.of(1, 2, 3), open().state().values);
	}

	@Test
	void aGapInTheSequenceNumbersIsDamage() throws IOException {
		Store<Numbers> store = open();
		for (int i = 1; i <= 4; i++) {
			store.awaitDurable(store.append(new Added(i)));
		}
		store.abandon();
		List<String> lines = new ArrayList<>(Files.readAllLines(journal()));
		lines.remove(1); // event 2 is gone: events 3 and 4 must not be applied without it
		Files.write(journal(), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
		StoreException refused = assertThrows(JournalDamagedException.class, this::open);
		assertTrue(refused.getMessage().contains("event 3 follows event 1"), refused.getMessage());
	}

	@Test
	void recoveryOfAnIntactJournalChangesNothing() throws IOException {
		Store<Numbers> store = open();
		store.awaitDurable(store.append(new Added(1)));
		store.abandon();
		byte[] before = Files.readAllBytes(journal());
		Recovery recovery = Recovery.run(dir);
		assertTrue(recovery.copy().isEmpty());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(journal())));
		assertTrue(recovery.describe(dir).contains("intact"), recovery.describe(dir));
	}

	@Test
	void recoveryIsRefusedWhileAServerHoldsTheFolder() {
		Store<Numbers> store = open();
		assertThrows(FolderLock.FolderInUseException.class, () -> Recovery.run(dir));
		store.close();
	}

	/**
	 * The fault-injection test: the journal's disk fails at a chosen write while 8 writers append. Every
	 * event acknowledged before is there after a restart, and none that was refused.
	 */
	@Test
	void afterAFailedWriteEveryAcknowledgedEventSurvivesAndNoRefusedOneAppears() throws Exception {
		for (int failAt : new int[] { 1, 7, 40 }) {
			Path folder = dir.resolve("fail-at-" + failAt);
			AtomicReference<FailingChannel> channel = new AtomicReference<>();
			Store<Numbers> store = new Store<>(folder, new Gson(), Numbers.class, Numbers::new, Map.of("Added", Added.class),
					disk -> {
						channel.set(new FailingChannel(disk, failAt));
						return channel.get();
					}, null);
			Set<Integer> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
			Set<Integer> refused = java.util.concurrent.ConcurrentHashMap.newKeySet();
			ExecutorService writers = Executors.newFixedThreadPool(8);
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < 8; w++) {
				int base = w * 1000;
				done.add(writers.submit(() -> {
					for (int i = 0; i < 50; i++) {
						int value = base + i;
						try {
							long seq;
							synchronized (store) {
								seq = store.append(new Added(value));
							}
							store.awaitDurable(seq);
							acknowledged.add(value);
						} catch (StoreException e) {
							refused.add(value);
						}
					}
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
			writers.shutdown();
			assertTrue(channel.get().failed(), "the injected failure happened");
			assertTrue(store.failure().isPresent());
			assertFalse(refused.isEmpty());
			// a failed store refuses before applying anything
			assertThrows(StoreException.class, () -> store.append(new Added(-5)));
			synchronized (store) {
				assertEquals(new TreeSet<>(acknowledged), new TreeSet<>(store.durableState().values),
						"after a failure the store shows what is on disk");
			}
			store.close(); // writes no snapshot: the store is read-only
			Store<Numbers> restarted = new Store<>(folder, new Gson(), Numbers.class, Numbers::new, Map.of("Added", Added.class));
			assertEquals(new TreeSet<>(acknowledged), new TreeSet<>(restarted.state().values), "fail at write " + failAt);
			for (int value : refused) {
				assertFalse(restarted.state().values.contains(value), value + " was refused but came back");
			}
			restarted.close();
		}
	}

	@Test
	void aFailedSnapshotLeavesNoTemporaryFileAndTheStoreGoesOn() throws IOException {
		Store<Numbers> store = open();
		store.awaitDurable(store.append(new Added(1)));
		// the snapshot's place is taken by a folder with something in it: the rename over it fails
		Files.createDirectories(dir.resolve("state.json").resolve("occupied"));
		assertThrows(StoreException.class, store::snapshot);
		assertFalse(Files.exists(dir.resolve("state.json.tmp")), "the temporary snapshot was left behind");
		store.awaitDurable(store.append(new Added(2)));
		assertTrue(store.failure().isEmpty(), "a failed snapshot is no failed journal");
		store.abandon();
		Files.delete(dir.resolve("state.json").resolve("occupied"));
		Files.delete(dir.resolve("state.json"));
		assertEquals(List.of(1, 2), open().state().values);
	}

	/**
	 * A background snapshot is written from a copy while writers go on: the snapshot's writing is held
	 * up in the middle, and five more events become durable meanwhile. Once it is on disk the journal keeps
	 * only the events after it.
	 */
	@Test
	void aSnapshotIsWrittenInTheBackgroundWhileWritersGoOnAndThenTheJournalIsCut() throws Exception {
		java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		Gson slow = heldSnapshots(writing, release);
		Store<Numbers> store = new Store<>(dir, slow, Numbers.class, Numbers::new, Map.of("Added", Added.class),
				java.util.function.UnaryOperator.identity(), StoreDurabilityTest::copy);
		store.snapshotEvery(10);
		for (int i = 0; i < 10; i++) {
			long seq;
			synchronized (store) {
				seq = store.append(new Added(i));
			}
			store.awaitDurable(seq);
		}
		assertTrue(writing.await(10, java.util.concurrent.TimeUnit.SECONDS), "the background snapshot started");
		for (int i = 10; i < 15; i++) {
			long seq;
			synchronized (store) {
				seq = store.append(new Added(i));
			}
			store.awaitDurable(seq); // does not wait for the snapshot
		}
		assertFalse(Files.exists(dir.resolve("state.json")), "the snapshot is still being written");
		release.countDown();
		ServerFixture.waitUntil(() -> {
			try {
				List<String> now = Files.readAllLines(journal());
				return Files.exists(dir.resolve("state.json")) && !now.isEmpty() && now.get(0).contains(" 11 Added ");
			} catch (IOException e) {
				return false;
			}
		}, System.nanoTime() + 10_000_000_000L);
		List<String> lines = Files.readAllLines(journal());
		assertEquals(5, lines.size(), "the journal keeps the events after the snapshot only: " + lines);
		assertTrue(lines.get(0).contains(" 11 Added "), lines.get(0));
		synchronized (store) {
			store.awaitDurable(store.append(new Added(15)));
		}
		store.abandon();
		Store<Numbers> reopened = new Store<>(dir, slow, Numbers.class, Numbers::new, Map.of("Added", Added.class));
		assertEquals(16, reopened.state().values.size());
		assertEquals(6, reopened.replayedEvents());
		reopened.abandon();
	}

	@Test
	void aLargeFileIsFlushedAsItIsWrittenSoThatTheJournalsFlushesNeverWaitForAllOfIt(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("large");
		byte[] chunk = new byte[64 * 1024];
		java.util.Arrays.fill(chunk, (byte) 'x');
		int chunks = 7 * SteadyFlushStream.FLUSH_EVERY / 2 / chunk.length; // 3.5 MB
		try (FailingChannel channel = new FailingChannel(java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.WRITE), Integer.MAX_VALUE); SteadyFlushStream out = new SteadyFlushStream(channel)) {
			for (int i = 0; i < chunks; i++) {
				out.write(chunk);
				assertTrue(channel.forces() == (i + 1) * chunk.length / SteadyFlushStream.FLUSH_EVERY,
						"after " + (i + 1) * chunk.length + " bytes the file was flushed " + channel.forces() + " times");
			}
			assertEquals(3, channel.forces());
		}
		assertEquals((long) chunks * chunk.length, Files.size(file));
	}

	/**
	 * A compaction copies the journal's tail off the flusher: the snapshot is held up until three more
	 * events are in the journal, then the compaction's copy of them is held up, and five more events
	 * still become durable meanwhile. Once the copy goes on, the journal keeps only the eight events after
	 * the snapshot, and all 18 are there after a restart.
	 */
	@Test
	void writersGoOnWhileACompactionCopiesTheJournal() throws Exception {
		java.util.concurrent.CountDownLatch snapshotting = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch snapshotReleased = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch copying = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch copyReleased = new java.util.concurrent.CountDownLatch(1);
		Gson held = heldSnapshots(snapshotting, snapshotReleased);
		FailingChannel[] channel = new FailingChannel[1];
		Store<Numbers> store = new Store<>(dir, held, Numbers.class, Numbers::new, Map.of("Added", Added.class), disk -> {
			channel[0] = new FailingChannel(disk, Integer.MAX_VALUE);
			return channel[0];
		}, StoreDurabilityTest::copy);
		channel[0].beforeTransfer(() -> {
			copying.countDown();
			await(copyReleased);
		});
		store.snapshotEvery(10);
		for (int i = 0; i < 10; i++) {
			append(store, i);
		}
		assertTrue(snapshotting.await(10, java.util.concurrent.TimeUnit.SECONDS), "the background snapshot started");
		for (int i = 10; i < 13; i++) {
			append(store, i);
		}
		snapshotReleased.countDown();
		assertTrue(copying.await(10, java.util.concurrent.TimeUnit.SECONDS), "the compaction started copying");
		java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor();
		java.util.concurrent.Future<?> writes = writer.submit(() -> {
			for (int i = 13; i < 18; i++) {
				append(store, i);
			}
			return null;
		});
		writes.get(10, java.util.concurrent.TimeUnit.SECONDS); // durable while the copy is held up
		writer.shutdown();
		channel[0].beforeTransfer(null);
		copyReleased.countDown();
		ServerFixture.waitUntil(() -> {
			try {
				List<String> now = Files.readAllLines(journal());
				return !now.isEmpty() && now.get(0).contains(" 11 Added ");
			} catch (IOException e) {
				return false;
			}
		}, System.nanoTime() + 10_000_000_000L);
		assertEquals(8, Files.readAllLines(journal()).size(), "the events after the snapshot");
		store.close();
		Store<Numbers> reopened = new Store<>(dir, held, Numbers.class, Numbers::new, Map.of("Added", Added.class));
		assertEquals(18, reopened.state().values.size());
		reopened.close();
	}

	/**
	 * A Gson that writes the numbers as an array, and holds each snapshot's writing up: it counts
	 * {@code started} down, then waits for {@code release}.
	 */
	private static Gson heldSnapshots(java.util.concurrent.CountDownLatch started, java.util.concurrent.CountDownLatch release) {
		return new com.google.gson.GsonBuilder().registerTypeAdapter(Numbers.class, new com.google.gson.TypeAdapter<Numbers>() {
			@Override
			public void write(com.google.gson.stream.JsonWriter out, Numbers value) throws IOException {
				started.countDown();
				await(release);
				out.beginArray();
				for (int v : value.values) {
					out.value(v);
				}
				out.endArray();
			}

			@Override
			public Numbers read(com.google.gson.stream.JsonReader in) throws IOException {
				Numbers numbers = new Numbers();
				in.beginArray();
				while (in.hasNext()) {
					numbers.values.add(in.nextInt());
				}
				in.endArray();
				return numbers;
			}
		}).create();
	}

	/** The copy a background snapshot is written from. */
	private static Numbers copy(Numbers numbers) {
		Numbers copy = new Numbers();
		copy.values = new ArrayList<>(numbers.values);
		return copy;
	}

	private static void await(java.util.concurrent.CountDownLatch latch) {
		try {
			latch.await(30, java.util.concurrent.TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void append(Store<Numbers> store, int value) {
		long seq;
		synchronized (store) {
			seq = store.append(new Added(value));
		}
		store.awaitDurable(seq);
	}
}
