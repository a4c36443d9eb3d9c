package org.seatkeeper.server.internal.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.zip.CRC32;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Keeps a state durable in a folder: a snapshot ({@code state.json}) and a journal of the events since
 * ({@code journal.log}), so that a kill at any moment leaves a state the server can start from.
 *
 * <ul>
 * <li>Every event is one journal line: {@code CRC32 SEQUENCE TYPE JSON}. A line cut short by a crash,
 * or with a wrong checksum, ends the journal when it is read back, and is cut off.</li>
 * <li>{@link #append} writes the line (to the file system's cache); {@link #awaitDurable} waits until it
 * is on disk. Writers that wait together share one {@code fsync} (group commit), so many concurrent
 * requests cost few disk flushes.</li>
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
	private final Object syncLock = new Object();
	private final S state;
	private long sequence;
	private volatile long written;
	private long durable;
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
		written = sequence;
		durable = sequence;
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
		String payload = next + " " + type + " " + gson.toJson(event);
		CRC32 crc = new CRC32();
		byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
		crc.update(bytes);
		byte[] line = (String.format("%08x ", crc.getValue()) + payload + "\n").getBytes(StandardCharsets.UTF_8);
		try {
			ByteBuffer buffer = ByteBuffer.wrap(line);
			while (buffer.hasRemaining()) {
				journal.write(buffer);
			}
		} catch (IOException e) {
			throw new StoreException("Cannot write to the journal " + folder.resolve(JOURNAL), e);
		}
		sequence = next;
		written = next;
		if (++sinceSnapshot >= SNAPSHOT_EVERY) {
			snapshot();
		}
		return next;
	}

	/** Returns once the event numbered {@code seq} (and all before it) is on disk. */
	public void awaitDurable(long seq) {
		synchronized (syncLock) {
			if (durable >= seq) {
				return;
			}
			long target = written;
			try {
				journal.force(false);
			} catch (IOException e) {
				throw new StoreException("Cannot flush the journal " + folder.resolve(JOURNAL), e);
			}
			durable = target;
		}
	}

	/** Writes the whole state as the new snapshot and empties the journal. Call under the state's lock. */
	public void snapshot() {
		JsonObject document = new JsonObject();
		document.addProperty("sequence", sequence);
		document.add("state", gson.toJsonTree(state, stateType));
		Path target = folder.resolve(SNAPSHOT);
		Path temporary = folder.resolve(SNAPSHOT + ".tmp");
		try {
			try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				ByteBuffer buffer = ByteBuffer.wrap(gson.toJson(document).getBytes(StandardCharsets.UTF_8));
				while (buffer.hasRemaining()) {
					out.write(buffer);
				}
				out.force(true);
			}
			restrict(temporary, "rw-------");
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
			forceFolder();
			synchronized (syncLock) {
				journal.truncate(0);
				journal.position(0);
				journal.force(true);
				durable = sequence;
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
		try {
			JsonObject document = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
			sequence = document.get("sequence").getAsLong();
			return java.util.Optional.of(gson.fromJson(document.get("state"), stateType));
		} catch (IOException e) {
			throw new StoreException("Cannot read the snapshot " + file, e);
		} catch (JsonParseException | IllegalStateException | NullPointerException e) {
			throw new StoreException("The snapshot " + file + " is damaged (" + e.getMessage()
					+ "); it is always replaced atomically, so something else changed it");
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
		if (!String.format("%08x", crc.getValue()).equals(line.substring(0, first))) {
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
