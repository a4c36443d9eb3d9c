package org.seatkeeper.server.internal.store;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import com.google.gson.stream.MalformedJsonException;

/**
 * Keeps a state durable in a folder: a snapshot ({@code state.json}) and a journal of the events since
 * ({@code journal.log}), so that a kill at any moment leaves a state the server can start from.
 *
 * <ul>
 * <li>The folder belongs to one store at a time: a {@link FolderLock} is taken before anything is read,
 * and a store that cannot take it opens nothing.</li>
 * <li>Every event is one journal line: {@code CRC32 SEQUENCE TYPE JSON}, each sequence number the one
 * before plus one (see {@link JournalScan}). A last line cut short by a crash is cut off when the journal
 * is read back; a bad line with more after it is damage, and the store refuses to open until
 * {@link #recover} has cut the journal there.</li>
 * <li>{@link #append} applies the event and hands it to a flusher thread, which writes the lines of all
 * events handed over since its last round in one go and flushes them to disk; {@link #awaitDurable}
 * waits for that. Writers that wait together share one {@code fsync} (group commit).</li>
 * <li>The first failure to write or flush the journal is final: the journal is cut back to what was
 * durable, nothing is written after it, and every change is refused ({@link #failure()}) until the
 * process is restarted. {@link #durableState} then reads back what is on disk.</li>
 * <li>A snapshot is written to a new owner-only file, flushed, renamed over the old one and the folder
 * flushed; it records the sequence number of its last event, and the journal is emptied after. Events
 * the snapshot already holds are skipped when the journal is read, so a crash between the steps is
 * harmless. A snapshot that fails leaves no file behind and is tried again later, less often.</li>
 * </ul>
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

	static final String SNAPSHOT = "state.json";
	static final String JOURNAL = "journal.log";

	private final Path folder;
	private final Gson gson;
	private final Class<S> stateType;
	private final Supplier<S> empty;
	private final Map<String, Class<? extends Event<S>>> eventTypes;
	private final FolderLock lock;
	private final FileChannel journal;
	/** Guards {@link #pending}, {@link #durable}, {@link #closed}, the failure and the flusher's hand-over. */
	private final ReentrantLock flushLock = new ReentrantLock();
	private final Condition flushWanted = flushLock.newCondition();
	private final Condition flushed = flushLock.newCondition();
	private final Thread flusher;
	private final List<Pending> pending = new ArrayList<>();
	private final long openedAt;
	private S state;
	private long sequence;
	private long durable;
	/** The journal's length up to the last durable event; the flusher's alone. */
	private long durableOffset;
	private boolean closed;
	private boolean abandoned;
	private StoreException failure;
	private int sinceSnapshot;
	private int nextSnapshot = SNAPSHOT_EVERY;
	private int replayed;

	/**
	 * Opens the store in {@code folder} (created if missing) and reads the state back.
	 *
	 * @param eventTypes the event classes by the name written in the journal
	 */
	public Store(Path folder, Gson gson, Class<S> stateType, Supplier<S> empty,
			Map<String, Class<? extends Event<S>>> eventTypes) {
		this(folder, gson, stateType, empty, eventTypes, UnaryOperator.identity());
	}

	/**
	 * Opens the store with its journal's channel passed through {@code journalChannel}: tests give one
	 * that fails at a chosen write.
	 */
	public Store(Path folder, Gson gson, Class<S> stateType, Supplier<S> empty,
			Map<String, Class<? extends Event<S>>> eventTypes, UnaryOperator<FileChannel> journalChannel) {
		this.folder = folder;
		this.gson = gson;
		this.stateType = stateType;
		this.empty = empty;
		this.eventTypes = Map.copyOf(eventTypes);
		try {
			OwnerOnlyFiles.folder(folder);
		} catch (IOException e) {
			throw new StoreException("Cannot create the data folder " + folder, e);
		}
		this.lock = FolderLock.take(folder);
		FileChannel channel = null;
		try {
			Snapshot<S> snapshot = readSnapshot().orElseGet(() -> new Snapshot<>(0, empty.get()));
			state = snapshot.state();
			sequence = snapshot.sequence();
			channel = journalChannel.apply(OwnerOnlyFiles.open(folder.resolve(JOURNAL), StandardOpenOption.READ, StandardOpenOption.WRITE));
			replayJournal(channel);
			channel.position(channel.size());
			durableOffset = channel.size();
		} catch (IOException | RuntimeException e) {
			closeQuietly(channel);
			lock.close();
			throw e instanceof IOException io ? new StoreException("Cannot open the journal " + folder.resolve(JOURNAL), io)
					: (RuntimeException) e;
		}
		journal = channel;
		openedAt = sequence;
		durable = sequence;
		flusher = new Thread(this::flushLoop, "seatkeeper-store-flusher");
		flusher.setDaemon(true);
		flusher.start();
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			} catch (IOException e) {
				// already failing; the first problem is the one reported
			}
		}
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
		flushLock.lock();
		try {
			return Optional.ofNullable(failure).map(Throwable::getMessage);
		} finally {
			flushLock.unlock();
		}
	}

	/**
	 * Applies {@code event} to the state and appends it to the journal; returns its sequence number, to
	 * pass to {@link #awaitDurable}. The event is applied first: if it throws, nothing is written. Once
	 * the journal has failed, every event is refused before it is applied.
	 */
	public long append(Event<S> event) {
		String type = typeName(event);
		flushLock.lock();
		try {
			if (failure != null) {
				throw readOnly();
			}
		} finally {
			flushLock.unlock();
		}
		event.apply(state);
		long next = sequence + 1;
		sequence = next;
		flushLock.lock();
		try {
			pending.add(new Pending(next, type, event));
			flushWanted.signal();
		} finally {
			flushLock.unlock();
		}
		if (++sinceSnapshot >= nextSnapshot) {
			automaticSnapshot();
		}
		return next;
	}

	/** Call with {@link #flushLock} held. */
	private StoreException readOnly() {
		return new StoreException("The store takes no more changes since its journal failed: " + failure.getMessage(), failure);
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
		flushLock.lock();
		try {
			while (durable < seq) {
				if (failure != null) {
					throw readOnly();
				}
				if (closed && pending.isEmpty()) {
					throw new StoreException("The store is closed before event " + seq + " reached the disk");
				}
				flushWanted.signal();
				flushed.awaitUninterruptibly();
			}
		} finally {
			flushLock.unlock();
		}
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
			flushLock.lock();
			try {
				while (pending.isEmpty() && !closed) {
					flushWanted.awaitUninterruptibly();
				}
				if (pending.isEmpty() || abandoned) {
					flushed.signalAll();
					return;
				}
				batch = new ArrayList<>(pending);
				pending.clear();
			} finally {
				flushLock.unlock();
			}
			StoreException failed = null;
			long written = 0;
			try {
				ByteArrayOutputStream lines = new ByteArrayOutputStream(batch.size() * 256);
				for (Pending event : batch) {
					lines.writeBytes(JournalScan.line(event.sequence(), event.type(), gson.toJson(event.event())));
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
				durableOffset += written;
				durable = Math.max(durable, batch.get(batch.size() - 1).sequence());
				flushed.signalAll();
			} finally {
				flushLock.unlock();
			}
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
			flushed.signalAll();
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
			Snapshot<S> snapshot = readSnapshot().orElseGet(() -> new Snapshot<>(0, empty.get()));
			S read = snapshot.state();
			long[] last = { snapshot.sequence() };
			JournalScan.scan(folder.resolve(JOURNAL), limit, snapshot.sequence(), line -> {
				event(line).apply(read);
				last[0] = line.sequence();
			});
			state = read;
			sequence = last[0];
			return read;
		} catch (IOException | RuntimeException e) {
			LOG.log(Level.SEVERE, "Cannot read the durable state back from " + folder + "; the server shows its state in memory", e);
			return state;
		}
	}

	/** Writes a snapshot when enough events have passed; a failure is logged and tried again later. */
	private void automaticSnapshot() {
		try {
			snapshot();
			nextSnapshot = SNAPSHOT_EVERY;
		} catch (StoreException e) {
			if (failure().isEmpty()) {
				nextSnapshot = Math.min(nextSnapshot * 2, 16 * SNAPSHOT_EVERY);
				LOG.log(Level.WARNING, "Cannot write a snapshot; the journal keeps every event, and a snapshot is tried again after "
						+ (nextSnapshot - sinceSnapshot) + " more events: " + e.getMessage(), e);
			}
		}
	}

	/** Writes the whole state as the new snapshot and empties the journal. Call under the state's lock. */
	public void snapshot() {
		// everything appended must be in the journal first: the journal is emptied below
		awaitDurable(sequence);
		Path target = folder.resolve(SNAPSHOT);
		Path temporary = folder.resolve(SNAPSHOT + ".tmp");
		try {
			// streamed: a server with 100,000 devices must not hold its state twice more as a tree and a string
			try (FileChannel out = OwnerOnlyFiles.create(temporary);
					Writer writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(out), StandardCharsets.UTF_8),
							1 << 16)) {
				JsonWriter json = gson.newJsonWriter(writer);
				json.beginObject();
				json.name("sequence").value(sequence);
				json.name("state");
				gson.toJson(state, stateType, json);
				json.endObject();
				json.flush();
				out.force(true);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
			OwnerOnlyFiles.forceFolder(folder);
		} catch (IOException | RuntimeException e) {
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException gone) {
				e.addSuppressed(gone);
			}
			throw e instanceof IOException io ? new StoreException("Cannot write the snapshot " + target, io)
					: new StoreException("Cannot write the snapshot " + target + ": " + e);
		}
		flushLock.lock();
		try {
			journal.truncate(0);
			journal.position(0);
			journal.force(true);
			durableOffset = 0;
			durable = sequence;
			flushed.signalAll();
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
		closeQuietly(journal);
		lock.close();
	}

	private record Snapshot<S>(long sequence, S state) {
	}

	private Optional<Snapshot<S>> readSnapshot() {
		Path file = folder.resolve(SNAPSHOT);
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try (JsonReader json = gson.newJsonReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
			Long seq = null;
			S read = null;
			json.beginObject();
			while (json.hasNext()) {
				switch (json.nextName()) {
				case "sequence" -> seq = json.nextLong();
				case "state" -> read = gson.fromJson(json, stateType);
				default -> json.skipValue();
				}
			}
			json.endObject();
			if (seq == null || read == null) {
				throw new IllegalStateException(seq == null ? "no sequence" : "no state");
			}
			return Optional.of(new Snapshot<>(seq, read));
		} catch (MalformedJsonException | EOFException | JsonParseException | IllegalStateException | NullPointerException
				| NumberFormatException e) {
			throw new StoreException("The snapshot " + file + " is damaged (" + e.getMessage()
					+ "); it is always replaced atomically, so something else changed it");
		} catch (IOException e) {
			throw new StoreException("Cannot read the snapshot " + file, e);
		}
	}

	private void replayJournal(FileChannel channel) throws IOException {
		Path file = folder.resolve(JOURNAL);
		JournalScan.Result result = JournalScan.scan(file, Long.MAX_VALUE, sequence, line -> {
			event(line).apply(state);
			sequence = line.sequence();
			replayed++;
		});
		if (result.damaged()) {
			throw new JournalDamagedException(file, result);
		}
		if (result.torn()) {
			// the last write was cut short by a crash: the events before it are all there is
			LOG.info("The last line of " + file + " was cut short (" + result.problem() + "); it is cut off at byte " + result.goodEnd());
			channel.truncate(result.goodEnd());
			channel.force(true);
		}
	}

	private Event<S> event(JournalScan.Line line) {
		Class<? extends Event<S>> type = eventTypes.get(line.type());
		if (type == null) {
			throw new StoreException("The journal " + folder.resolve(JOURNAL) + " holds an event of an unknown kind at byte "
					+ line.offset() + ": " + line.type());
		}
		try {
			return gson.fromJson(line.json(), type);
		} catch (JsonParseException e) {
			throw new StoreException("The journal " + folder.resolve(JOURNAL) + " holds an event that cannot be read at byte "
					+ line.offset() + " (" + e.getMessage() + ")");
		}
	}

	private String typeName(Event<S> event) {
		String name = event.getClass().getSimpleName();
		if (!Objects.equals(eventTypes.get(name), event.getClass())) {
			throw new IllegalArgumentException("Unregistered event type " + event.getClass().getName());
		}
		return name;
	}

	/**
	 * Cuts a damaged journal in {@code folder} at its last good line, after copying it whole next to it;
	 * says what it did. Takes the folder's lock, so it cannot run beside a server.
	 */
	public static Recovery recover(Path folder) {
		return Recovery.run(folder);
	}

	/** The journal is damaged before its end: the store does not open. */
	public static final class JournalDamagedException extends StoreException {
		private static final long serialVersionUID = 1L;

		JournalDamagedException(Path file, JournalScan.Result result) {
			super("The journal " + file + " is damaged at byte " + result.goodEnd() + " (" + result.problem() + "), and "
					+ (result.linesAfter() - 1) + " more lines follow it. Nothing was changed. Start the server once with --recover"
					+ " to keep a copy of the journal and cut it at that byte, dropping the " + result.linesAfter()
					+ " lines from there");
		}
	}
}
