package org.seatkeeper.server.internal.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
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
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.zip.CRC32;

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
 * <li>Every event is one journal line: {@code CRC32 SEQUENCE TYPE JSON}. A line cut short by a crash,
 * or with a wrong checksum, ends the journal when it is read back, and is cut off.</li>
 * <li>{@link #append} applies the event and hands it to a flusher thread, which writes the lines of all
 * events handed over since its last round in one go and flushes them to disk; {@link #awaitDurable}
 * waits for that. Writers that wait together share one {@code fsync} (group commit), and serializing and
 * writing happen outside the caller's lock, so many concurrent requests cost few disk flushes.</li>
 * <li>A snapshot is written to a temporary file, flushed, and renamed over the old one; it records the
 * sequence number of the last event it contains, and the journal is emptied after. Events the snapshot
 * already holds are skipped when the journal is read, so a crash between the two steps is harmless.</li>
 * </ul>
 *
 * <p>The store is not thread-safe for {@link #append} and {@link #snapshot}: callers hold the lock that
 * guards the state (they must, since the state and the journal must change in the same order).
 * {@link #awaitDurable} may be called without it.
 *
 * @param <S> the state type, serialized with Gson
 */
public final class Store<S> implements AutoCloseable {

	/** Events between automatic snapshots. */
	public static final int SNAPSHOT_EVERY = 20_000;

	private static final String SNAPSHOT = "state.json";
	private static final String JOURNAL = "journal.log";

	private final Path folder;
	private final Gson gson;
	private final Class<S> stateType;
	private final Map<String, Class<? extends Event<S>>> eventTypes;
	private final FileChannel journal;
	/** Guards {@link #pending}, {@link #durable}, {@link #closed} and the flusher's hand-over. */
	private final ReentrantLock flushLock = new ReentrantLock();
	private final Condition flushWanted = flushLock.newCondition();
	private final Condition flushed = flushLock.newCondition();
	private final Thread flusher;
	private final List<Pending> pending = new ArrayList<>();
	private final S state;
	private long sequence;
	private long durable;
	private boolean closed;
	private StoreException flushFailure;
	private int sinceSnapshot;
	private int replayed;

	/**
	 * Opens the store in {@code folder} (created if missing) and reads the state back.
	 *
	 * @param eventTypes the event classes by the name written in the journal
	 */
	public Store(Path folder, Gson gson, Class<S> stateType, Supplier<S> empty,
			Map<String, Class<? extends Event<S>>> eventTypes) {
		this.folder = folder;
		this.gson = gson;
		this.stateType = stateType;
		this.eventTypes = Map.copyOf(eventTypes);
		try {
			if (!Files.isDirectory(folder)) {
				Files.createDirectories(folder);
				restrict(folder, "rwx------");
			}
		} catch (IOException e) {
			throw new StoreException("Cannot create the data folder " + folder, e);
		}
		this.state = readSnapshot().orElseGet(empty);
		try {
			journal = FileChannel.open(folder.resolve(JOURNAL), StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			restrict(folder.resolve(JOURNAL), "rw-------");
			replayJournal();
			journal.position(journal.size());
		} catch (IOException e) {
			throw new StoreException("Cannot open the journal " + folder.resolve(JOURNAL), e);
		}
		durable = sequence;
		flusher = new Thread(this::flushLoop, "seatkeeper-store-flusher");
		flusher.setDaemon(true);
		flusher.start();
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

	/**
	 * Applies {@code event} to the state and appends it to the journal; returns its sequence number, to
	 * pass to {@link #awaitDurable}. The event is applied first: if it throws, nothing is written.
	 */
	public long append(Event<S> event) {
		String type = typeName(event);
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
		if (++sinceSnapshot >= SNAPSHOT_EVERY) {
			snapshot();
		}
		return next;
	}

	/** An event applied but not yet written. */
	private record Pending(long sequence, String type, Object event) {
	}

	/**
	 * Returns once the event numbered {@code seq} (and all before it) is on disk. A flusher thread writes
	 * to disk whatever has been appended whenever someone waits, so the writers that wait at the same time
	 * share one {@code fsync} (group commit) and wake together.
	 */
	public void awaitDurable(long seq) {
		flushLock.lock();
		try {
			while (durable < seq) {
				if (flushFailure != null) {
					throw flushFailure;
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
	 * flushes them to disk, then wakes everyone waiting for them. Serializing and writing here, not under
	 * the caller's lock, lets the next decisions proceed meanwhile.
	 */
	private void flushLoop() {
		while (true) {
			List<Pending> batch;
			flushLock.lock();
			try {
				while (pending.isEmpty() && !closed) {
					flushWanted.awaitUninterruptibly();
				}
				if (pending.isEmpty()) {
					flushed.signalAll();
					return;
				}
				batch = new ArrayList<>(pending);
				pending.clear();
			} finally {
				flushLock.unlock();
			}
			StoreException failure = null;
			try {
				ByteArrayOutputStream lines = new ByteArrayOutputStream(batch.size() * 256);
				for (Pending event : batch) {
					lines.writeBytes(line(event));
				}
				ByteBuffer buffer = ByteBuffer.wrap(lines.toByteArray());
				while (buffer.hasRemaining()) {
					journal.write(buffer);
				}
				journal.force(false);
			} catch (IOException e) {
				failure = new StoreException("Cannot write the journal " + folder.resolve(JOURNAL), e);
			} catch (RuntimeException e) {
				failure = new StoreException("Cannot write the journal " + folder.resolve(JOURNAL) + ": " + e);
			}
			flushLock.lock();
			try {
				if (failure != null) {
					flushFailure = failure;
				} else {
					durable = Math.max(durable, batch.get(batch.size() - 1).sequence());
				}
				flushed.signalAll();
			} finally {
				flushLock.unlock();
			}
		}
	}

	/** {@code CRC32 SEQUENCE TYPE JSON\n} */
	private byte[] line(Pending event) {
		String payload = event.sequence() + " " + event.type() + " " + gson.toJson(event.event());
		byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
		CRC32 crc = new CRC32();
		crc.update(bytes);
		return (hex(crc.getValue()) + " " + payload + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/** A checksum as 8 lower-case hex digits. */
	private static String hex(long crc) {
		String hex = Long.toHexString(crc);
		return "00000000".substring(hex.length()) + hex;
	}

	/** Writes the whole state as the new snapshot and empties the journal. Call under the state's lock. */
	public void snapshot() {
		// everything appended must be in the journal first: the journal is emptied below
		awaitDurable(sequence);
		Path target = folder.resolve(SNAPSHOT);
		Path temporary = folder.resolve(SNAPSHOT + ".tmp");
		try {
			// streamed: a server with 100,000 devices must not hold its state twice more as a tree and a string
			try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING);
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
			restrict(temporary, "rw-------");
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
			forceFolder();
			flushLock.lock();
			try {
				journal.truncate(0);
				journal.position(0);
				journal.force(true);
				durable = sequence;
				flushed.signalAll();
			} finally {
				flushLock.unlock();
			}
			sinceSnapshot = 0;
		} catch (IOException e) {
			throw new StoreException("Cannot write the snapshot " + target, e);
		}
	}

	/** Writes a snapshot and closes the journal. Call under the state's lock. */
	@Override
	public void close() {
		try {
			snapshot();
		} finally {
			flushLock.lock();
			try {
				closed = true;
				flushWanted.signalAll();
			} finally {
				flushLock.unlock();
			}
			try {
				journal.close();
			} catch (IOException e) {
				// the snapshot holds everything; nothing is lost by a failing close
			}
		}
	}

	private java.util.Optional<S> readSnapshot() {
		Path file = folder.resolve(SNAPSHOT);
		if (!Files.exists(file)) {
			return java.util.Optional.empty();
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
			sequence = seq;
			return java.util.Optional.of(read);
		} catch (MalformedJsonException | EOFException | JsonParseException | IllegalStateException | NullPointerException
				| NumberFormatException e) {
			throw new StoreException("The snapshot " + file + " is damaged (" + e.getMessage()
					+ "); it is always replaced atomically, so something else changed it");
		} catch (IOException e) {
			throw new StoreException("Cannot read the snapshot " + file, e);
		}
	}

	private void replayJournal() throws IOException {
		long validEnd = 0;
		long offset = 0;
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(Files.newInputStream(folder.resolve(JOURNAL)), StandardCharsets.UTF_8))) {
			String line;
			while ((line = readLine(reader)) != null) {
				offset += line.getBytes(StandardCharsets.UTF_8).length;
				if (!line.endsWith("\n") || !replay(line.substring(0, line.length() - 1))) {
					break;
				}
				validEnd = offset;
			}
		}
		if (validEnd < journal.size()) {
			// a line cut short by a crash (or damaged): the events before it are all there is
			journal.truncate(validEnd);
			journal.force(true);
		}
	}

	/** The next line with its line break, or what is left without one, or null at the end. */
	private static String readLine(BufferedReader reader) throws IOException {
		StringBuilder line = new StringBuilder();
		int c;
		while ((c = reader.read()) >= 0) {
			line.append((char) c);
			if (c == '\n') {
				return line.toString();
			}
		}
		return line.isEmpty() ? null : line.toString();
	}

	private boolean replay(String line) {
		int first = line.indexOf(' ');
		if (first != 8) {
			return false;
		}
		String payload = line.substring(first + 1);
		CRC32 crc = new CRC32();
		crc.update(payload.getBytes(StandardCharsets.UTF_8));
		if (!hex(crc.getValue()).equals(line.substring(0, first))) {
			return false;
		}
		String[] parts = payload.split(" ", 3);
		if (parts.length != 3) {
			return false;
		}
		long seq = Long.parseLong(parts[0]);
		if (seq <= sequence) {
			return true;
		}
		Class<? extends Event<S>> type = eventTypes.get(parts[1]);
		if (type == null) {
			throw new StoreException("The journal " + folder.resolve(JOURNAL) + " holds an event of an unknown kind: " + parts[1]);
		}
		gson.fromJson(parts[2], type).apply(state);
		sequence = seq;
		replayed++;
		return true;
	}

	private String typeName(Event<S> event) {
		String name = event.getClass().getSimpleName();
		if (!Objects.equals(eventTypes.get(name), event.getClass())) {
			throw new IllegalArgumentException("Unregistered event type " + event.getClass().getName());
		}
		return name;
	}

	/**
	 * Limits a file to its owner: the state holds password hashes and the key that signs tokens. On file
	 * systems without POSIX permissions this does nothing.
	 */
	private static void restrict(Path path, String permissions) throws IOException {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		} catch (UnsupportedOperationException e) {
			// not a POSIX file system
		}
	}

	private void forceFolder() {
		try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
			directory.force(true);
		} catch (IOException e) {
			// not every file system lets a folder be flushed; the rename is atomic either way
		}
	}
}
