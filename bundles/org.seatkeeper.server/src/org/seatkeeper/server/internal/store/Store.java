package org.seatkeeper.server.internal.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.google.gson.Gson;

/**
 * Keeps a state durable in a folder: a snapshot ({@code state.json}) and a journal of the events since
 * ({@code journal.log}), so that a kill at any moment leaves a state the server can start from. The
 * folder belongs to one store at a time ({@link FolderLock}); the journal is read strictly
 * ({@link JournalScan}, {@link Recovery}). {@link #append} applies an event and hands it to a flusher
 * thread, which writes the lines of all events handed over since its last round in one go and flushes
 * them (group commit); {@link #awaitDurable} waits for that ({@link Waiters}). The first failed write
 * makes the store read-only ({@link #failure()}). Every {@link #SNAPSHOT_EVERY} events a snapshot is
 * written in the background from a copy of the state (a store given a {@code copier}), after which the
 * journal is compacted ({@link CompactedJournal}). API.md ("Persistence") tells the whole story.
 *
 * <p>The store is not thread-safe for {@link #append} and {@link #snapshot}: callers hold the lock that
 * guards the state (they must, since the state and the journal must change in the same order).
 * {@link #awaitDurable} may be called without it.
 *
 * @param <S> the state type, serialized with Gson
 */
public final class Store<S> implements AutoCloseable {

	private static final Logger LOG = Logger.getLogger(Store.class.getName());

	/** Events between automatic snapshots. */
	public static final int SNAPSHOT_EVERY = 20_000;

	static final String SNAPSHOT = SnapshotFiles.SNAPSHOT;
	static final String JOURNAL = "journal.log";
	private static final String COMPACTED = JOURNAL + ".compacting";

	private final Path folder;
	private final Gson gson;
	private final Class<S> stateType;
	private final Supplier<S> empty;
	private final EventCodec<S> codec;
	private final FolderLock lock;
	private final UnaryOperator<FileChannel> journalChannel;
	/** Makes the immutable copy of the state a background snapshot is written from; null: snapshots under the caller's lock. */
	private final UnaryOperator<S> copier;
	/** Serializes the writing of snapshot files (background and on demand). */
	private final ReentrantLock snapshotFile = new ReentrantLock();
	private final java.util.concurrent.ExecutorService snapshots;
	/** The journal; replaced when it is compacted, always under {@link #flushLock}. */
	private FileChannel journal;
	/** Guards {@link #pending}, {@link #durable}, {@link #closed}, the failure and the flusher's hand-over. */
	private final ReentrantLock flushLock = new ReentrantLock();
	private final Condition flushWanted = flushLock.newCondition();
	private final Waiters waiters = new Waiters();
	private final Thread flusher;
	private final List<Pending> pending = new ArrayList<>();
	private final long openedAt;
	private S state;
	private long sequence;
	/** The last event on disk; written under {@link #flushLock}, read without it on the fast path. */
	private volatile long durable;
	/** The journal's length up to the last durable event; the flusher's alone. */
	private long durableOffset;
	private volatile boolean closed;
	private volatile boolean abandoned;
	/** The journal's failure; written under {@link #flushLock}, read without it. */
	private volatile StoreException failure;
	private int snapshotEvery = SNAPSHOT_EVERY;
	private int sinceSnapshot;
	private volatile int nextSnapshot = SNAPSHOT_EVERY;
	private int replayed;
	/** Whether a background snapshot is being written; the caller's lock guards it. */
	private volatile boolean snapshotting;
	/** The event a background snapshot ends at, and the journal offset after it once written (-1 before). */
	private long markSequence = -1;
	private long markOffset = -1;
	/** Counts the journal's truncations, so that a compaction planned before one is dropped. */
	private long journalGeneration;
	private long markGeneration;
	/** The compacted journal the snapshot thread prepared, for the flusher to finish and switch to. */
	private CompactedJournal compacted;

	/**
	 * Opens the store in {@code folder} (created if missing) and reads the state back.
	 *
	 * @param eventTypes the event classes by the name written in the journal
	 */
	public Store(Path folder, Gson gson, Class<S> stateType, Supplier<S> empty,
			Map<String, Class<? extends Event<S>>> eventTypes) {
		this(folder, gson, stateType, empty, eventTypes, UnaryOperator.identity(), null);
	}

	/**
	 * Opens the store with its journal's channel passed through {@code journalChannel} (tests give one that
	 * fails at a chosen write). With a {@code copier}, which copies the state so that the copy stays as it
	 * is while the state changes (immutable parts may be shared), snapshots are written in the background.
	 */
	public Store(Path folder, Gson gson, Class<S> stateType, Supplier<S> empty,
			Map<String, Class<? extends Event<S>>> eventTypes, UnaryOperator<FileChannel> journalChannel, UnaryOperator<S> copier) {
		this.journalChannel = journalChannel;
		this.copier = copier;
		this.folder = folder;
		this.gson = gson;
		this.stateType = stateType;
		this.empty = empty;
		this.codec = new EventCodec<>(eventTypes, gson);
		try {
			OwnerOnlyFiles.folder(folder);
		} catch (IOException e) {
			throw new StoreException("Cannot create the data folder " + folder, e);
		}
		this.lock = FolderLock.take(folder);
		FileChannel channel = null;
		try {
			SnapshotFiles.Snapshot<S> snapshot = SnapshotFiles.read(folder, gson, stateType)
					.orElseGet(() -> new SnapshotFiles.Snapshot<>(0, empty.get()));
			state = snapshot.state();
			sequence = snapshot.sequence();
			// a compaction cut short by a crash: the journal it was to replace is intact
			Files.deleteIfExists(folder.resolve(COMPACTED));
			channel = journalChannel.apply(OwnerOnlyFiles.open(folder.resolve(JOURNAL), StandardOpenOption.READ, StandardOpenOption.WRITE));
			EventCodec.Read<S> read = codec.replayAtStart(folder.resolve(JOURNAL), channel, sequence, state);
			sequence = read.sequence();
			replayed = read.replayed();
			channel.position(channel.size());
			durableOffset = channel.size();
		} catch (IOException | RuntimeException e) {
			OwnerOnlyFiles.closeQuietly(channel);
			lock.close();
			throw e instanceof IOException io ? new StoreException("Cannot open the journal " + folder.resolve(JOURNAL), io)
					: (RuntimeException) e;
		}
		journal = channel;
		openedAt = sequence;
		durable = sequence;
		flusher = Thread.ofPlatform().daemon().name("seatkeeper-store-flusher").start(this::flushLoop);
		snapshots = copier == null ? null
				: java.util.concurrent.Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("seatkeeper-store-snapshots").factory());
	}

	/** Events between automatic snapshots (tests make it small). */
	public void snapshotEvery(int events) {
		snapshotEvery = events;
		nextSnapshot = events;
	}

	/** The state; read and change it only under the caller's lock. */
	public S state() {
		return state;
	}

	/** How many journal events were applied when the store was opened. */
	public int replayedEvents() {
		return replayed;
	}

	/** The sequence number of the last event. */
	public long sequence() {
		return sequence;
	}

	/** Why the store takes no more changes (the journal could not be written), or empty while it does. */
	public Optional<String> failure() {
		return Optional.ofNullable(failure).map(Throwable::getMessage);
	}

	/**
	 * Applies {@code event} to the state and appends it to the journal; returns its sequence number, to
	 * pass to {@link #awaitDurable}. The event is applied first: if it throws, nothing is written. Once
	 * the journal has failed, every event is refused before it is applied.
	 */
	public long append(Event<S> event) {
		String type = codec.name(event);
		if (failure != null) {
			throw readOnly();
		}
		event.apply(state);
		long next = sequence + 1;
		sequence = next;
		boolean due = ++sinceSnapshot >= nextSnapshot;
		boolean background = due && copier != null && !snapshotting;
		flushLock.lock();
		try {
			if (background) {
				// the flusher notes where this event ends in the journal: the snapshot's cut
				markSequence = next;
				markOffset = -1;
				markGeneration = journalGeneration;
			}
			pending.add(new Pending(next, type, event));
			flushWanted.signal();
		} finally {
			flushLock.unlock();
		}
		if (due && (copier == null || background)) {
			automaticSnapshot();
		}
		return next;
	}

	private StoreException readOnly() {
		StoreException failed = failure;
		return new StoreException("The store takes no more changes since its journal failed: " + failed.getMessage(), failed);
	}

	/** An event applied but not yet written. */
	private record Pending(long sequence, String type, Object event) {
	}

	/**
	 * Returns once the event numbered {@code seq} (and all before it) is on disk, or throws if it never
	 * will be. A flusher thread writes whatever has been appended whenever someone waits, so the writers
	 * that wait at the same time share one {@code fsync} (group commit) and wake together.
	 */
	public void awaitDurable(long seq) {
		if (durable >= seq) {
			return; // flushed already
		}
		// append() has told the flusher; it wakes this thread once the event is on disk
		waiters.await(seq, () -> durable, () -> failure != null ? readOnly()
				: isClosedWithNothingPending() ? new StoreException("The store is closed before event " + seq + " reached the disk") : null);
	}

	private boolean isClosedWithNothingPending() {
		if (!closed) {
			return false; // the usual case, without the lock
		}
		flushLock.lock();
		try {
			return closed && (pending.isEmpty() || abandoned);
		} finally {
			flushLock.unlock();
		}
	}

	/** Wakes the waiters whose event is on disk, or all of them ({@code everyone}: a failure or the close). */
	private void wake(boolean everyone) {
		waiters.wake(durable, everyone);
	}

	/**
	 * The flusher: takes the events appended since its last round, writes their lines in one go and
	 * flushes them to disk, then wakes everyone waiting for them. The first failure ends it: the events
	 * of that batch and all after it are never acknowledged, and the journal is cut back to its durable
	 * length so that they do not come back at the next start either.
	 */
	private void flushLoop() {
		while (true) {
			List<Pending> batch;
			long marked;
			Compaction plan = null;
			flushLock.lock();
			try {
				while (pending.isEmpty() && !closed && compacted == null) {
					flushWanted.awaitUninterruptibly();
				}
				if (abandoned || closed && pending.isEmpty()) {
					wake(true);
					return;
				}
				if (compacted != null) {
					plan = planCompaction();
				}
				if (failure != null) {
					return;
				}
				if (plan == null && pending.isEmpty()) {
					continue;
				}
				batch = plan != null ? null : new ArrayList<>(pending);
				if (batch != null) {
					pending.clear();
				}
				marked = markSequence;
			} finally {
				flushLock.unlock();
			}
			if (plan != null) {
				compact(plan);
				continue;
			}
			StoreException failed = null;
			long written = 0;
			long mark = -1;
			try {
				ByteArrayOutputStream lines = new ByteArrayOutputStream(batch.size() * 256);
				for (Pending event : batch) {
					lines.writeBytes(JournalScan.line(event.sequence(), event.type(), gson.toJson(event.event())));
					if (event.sequence() == marked) {
						mark = lines.size();
					}
				}
				ByteBuffer buffer = ByteBuffer.wrap(lines.toByteArray());
				while (buffer.hasRemaining()) {
					written += journal.write(buffer);
				}
				journal.force(false);
			} catch (IOException e) {
				failed = new StoreException("Cannot write the journal " + folder.resolve(JOURNAL), e);
			} catch (RuntimeException e) {
				failed = new StoreException("Cannot write the journal " + folder.resolve(JOURNAL) + ": " + e);
			}
			if (failed != null) {
				fail(failed, written > 0);
				return;
			}
			flushLock.lock();
			try {
				if (mark >= 0) {
					markOffset = durableOffset + mark;
				}
				durableOffset += written;
				durable = Math.max(durable, batch.get(batch.size() - 1).sequence());
			} finally {
				flushLock.unlock();
			}
			wake(false);
		}
	}

	/** A compaction to finish: {@code journal} holds the events after the cut, up to byte {@code to} of the journal. */
	private record Compaction(CompactedJournal journal, long to, long generation, FileChannel channel) {
	}

	/** The compaction prepared, if the journal is still the one it copied; null if a snapshot on demand emptied it since. Under the lock. */
	private Compaction planCompaction() {
		CompactedJournal prepared = compacted;
		compacted = null;
		if (prepared.generation() != journalGeneration) {
			snapshotting = false;
			return null;
		}
		return new Compaction(prepared, durableOffset, journalGeneration, journal);
	}

	/**
	 * Cuts off the journal's events a background snapshot holds: the snapshot thread has copied the rest to
	 * a new file; this adds what came since, flushes it and renames it over the journal. Runs on the
	 * flusher, so no batch is written meanwhile, and without the lock (writers go on handing events over);
	 * only the switch to the new file takes it.
	 */
	private void compact(Compaction plan) {
		Path file = folder.resolve(JOURNAL);
		try {
			FileChannel fresh = plan.journal().install(file, plan.channel(), plan.to(), journalChannel);
			flushLock.lock();
			try {
				if (journalGeneration != plan.generation()) {
					// a snapshot on demand came meanwhile: it holds every event the new file has
					fresh.truncate(0);
					fresh.force(true);
				} else {
					durableOffset -= plan.journal().from();
				}
				fresh.position(durableOffset);
				OwnerOnlyFiles.closeQuietly(journal);
				journal = fresh;
				journalGeneration++;
			} finally {
				flushLock.unlock();
			}
		} catch (CompactedJournal.NotInstalledException e) {
			// said in the log; the journal keeps every event, and those the snapshot holds are skipped when it is read
		} catch (IOException | RuntimeException e) {
			// the journal on disk is the compacted one, but it cannot be written: nothing more is safe
			failure = new StoreException("Cannot reopen the journal " + file + " after compacting it: " + e);
			wake(true);
			LOG.log(Level.SEVERE, failure.getMessage(), e);
		} finally {
			snapshotting = false;
		}
	}

	/** Makes the store read-only after a failed write, and cuts off what the failed batch may have left. */
	private void fail(StoreException failed, boolean partlyWritten) {
		LOG.log(Level.SEVERE, "The license server's data can no longer be written, so it refuses every change until it is restarted: "
				+ failed.getMessage(), failed);
		flushLock.lock();
		try {
			failure = failed;
			pending.clear();
		} finally {
			flushLock.unlock();
		}
		try {
			if (partlyWritten || journal.size() > durableOffset) {
				journal.truncate(durableOffset);
				journal.force(true);
			}
		} catch (IOException | RuntimeException e) {
			LOG.log(Level.SEVERE, "Cannot cut the journal " + folder.resolve(JOURNAL) + " back to its last durable event (byte "
					+ durableOffset + "); the refused changes may reappear after a restart", e);
		}
		// only now: a refused writer that goes on to read the journal finds it cut back
		wake(true);
	}

	/**
	 * After a failure: the state as it is on disk, without the changes that were refused. Replaces the
	 * state this store holds. Call under the state's lock.
	 */
	public S durableState() {
		long limit;
		flushLock.lock();
		try {
			limit = durableOffset;
		} finally {
			flushLock.unlock();
		}
		try {
			SnapshotFiles.Snapshot<S> snapshot = SnapshotFiles.read(folder, gson, stateType)
					.orElseGet(() -> new SnapshotFiles.Snapshot<>(0, empty.get()));
			EventCodec.Read<S> read = codec.replay(folder.resolve(JOURNAL), limit, snapshot.sequence(), snapshot.state());
			state = read.state();
			sequence = read.sequence();
			return state;
		} catch (IOException | RuntimeException e) {
			LOG.log(Level.SEVERE, "Cannot read the durable state back from " + folder + "; the server shows its state in memory", e);
			return state;
		}
	}

	/**
	 * Writes a snapshot when enough events have passed: in the background from a copy of the state when
	 * the store has a copier, else at once. A failure is logged and tried again later, less often.
	 */
	private void automaticSnapshot() {
		if (copier == null) {
			try {
				snapshot();
				nextSnapshot = snapshotEvery;
			} catch (StoreException e) {
				snapshotFailed(e);
			}
			return;
		}
		snapshotting = true;
		S copy = copier.apply(state);
		long at = sequence;
		sinceSnapshot = 0;
		snapshots.execute(() -> writeInBackground(copy, at));
	}

	private void writeInBackground(S copy, long at) {
		boolean compacting = false;
		try {
			awaitDurable(at);
			snapshotFile.lock();
			try {
				SnapshotFiles.write(folder, gson, stateType, at, copy);
			} finally {
				snapshotFile.unlock();
			}
			compacting = prepareCompaction(at);
			nextSnapshot = snapshotEvery;
		} catch (StoreException e) {
			snapshotFailed(e);
		} finally {
			if (!compacting) {
				snapshotting = false; // else once the flusher has switched to the compacted journal
			}
		}
	}

	/**
	 * Copies the journal's events after the snapshot's cut to a new file, here on the snapshot thread, and
	 * hands it to the flusher, which adds what came meanwhile and switches to it.
	 */
	private boolean prepareCompaction(long at) {
		long from;
		long upTo;
		long generation;
		FileChannel channel;
		flushLock.lock();
		try {
			if (markSequence != at || markOffset < 0 || markGeneration != journalGeneration || failure != null) {
				return false;
			}
			from = markOffset;
			upTo = durableOffset;
			generation = journalGeneration;
			channel = journal;
		} finally {
			flushLock.unlock();
		}
		CompactedJournal copy = CompactedJournal.prepare(folder.resolve(COMPACTED), channel, from, upTo, generation);
		if (copy == null) {
			return false;
		}
		flushLock.lock();
		try {
			compacted = copy;
			flushWanted.signal();
		} finally {
			flushLock.unlock();
		}
		return true;
	}

	private void snapshotFailed(StoreException e) {
		if (failure().isEmpty()) {
			nextSnapshot = Math.min(nextSnapshot * 2, 16 * snapshotEvery);
			LOG.log(Level.WARNING, "Cannot write a snapshot; the journal keeps every event, and a snapshot is tried again after "
					+ nextSnapshot + " more events: " + e.getMessage(), e);
		}
	}

	/** Writes the whole state as the new snapshot and empties the journal. Call under the state's lock. */
	public void snapshot() {
		// everything appended must be in the journal first: the journal is emptied below
		awaitDurable(sequence);
		snapshotFile.lock();
		try {
			SnapshotFiles.write(folder, gson, stateType, sequence, state);
		} finally {
			snapshotFile.unlock();
		}
		flushLock.lock();
		try {
			journal.truncate(0);
			journal.position(0);
			journal.force(true);
			journalGeneration++;
			compacted = null;
			durableOffset = 0;
			durable = sequence;
			wake(false);
		} catch (IOException e) {
			// the snapshot holds every event, and the journal's events are skipped at the next start
			throw new StoreException("Cannot empty the journal " + folder.resolve(JOURNAL) + " after a snapshot", e);
		} finally {
			flushLock.unlock();
		}
		sinceSnapshot = 0;
	}

	/**
	 * Writes a snapshot if anything changed since the store was opened (a store only opened writes
	 * nothing), closes the journal and lets the folder go. Call under the state's lock.
	 */
	@Override
	public void close() {
		try {
			if (sequence > openedAt && failure().isEmpty()) {
				snapshot();
			}
		} finally {
			stop(false);
		}
	}

	/**
	 * Lets the folder go without writing anything more, as a killed process would: events not yet on disk
	 * are lost. For a server that failed to start, and for tests.
	 */
	public void abandon() {
		stop(true);
	}

	private void stop(boolean abandon) {
		flushLock.lock();
		try {
			if (closed) {
				return;
			}
			closed = true;
			abandoned = abandon;
			flushWanted.signalAll();
		} finally {
			flushLock.unlock();
		}
		if (snapshots != null) {
			snapshots.shutdownNow();
		}
		flushLock.lock();
		try {
			OwnerOnlyFiles.closeQuietly(journal);
		} finally {
			flushLock.unlock();
		}
		lock.close();
	}
}
