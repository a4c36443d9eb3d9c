package org.seatkeeper.server.internal.store;

import java.io.BufferedWriter;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import com.google.gson.stream.MalformedJsonException;

/**
 * The snapshot file {@code state.json}: {@code {"sequence": N, "state": {...}}}, the state after event N.
 * It is written to a new owner-only file, flushed as it is written ({@link SteadyFlushStream}) and at the
 * end, renamed over the old one, and the folder flushed, so
 * that a crash leaves the old snapshot or the new one, never half of one; a failed write leaves no
 * temporary file behind.
 */
final class SnapshotFiles {

	static final String SNAPSHOT = "state.json";

	/** A snapshot as read back. */
	record Snapshot<S>(long sequence, S state) {
	}

	private SnapshotFiles() {
	}

	static <S> void write(Path folder, Gson gson, Class<S> type, long sequence, S state) {
		Path target = folder.resolve(SNAPSHOT);
		Path temporary = folder.resolve(SNAPSHOT + ".tmp");
		try {
			// streamed: a server with 100,000 devices must not hold its state twice more as a tree and a string
			try (FileChannel out = OwnerOnlyFiles.create(temporary);
					Writer writer = new BufferedWriter(new OutputStreamWriter(new SteadyFlushStream(out), StandardCharsets.UTF_8),
							1 << 16)) {
				JsonWriter json = gson.newJsonWriter(writer);
				json.beginObject();
				json.name("sequence").value(sequence);
				json.name("state");
				gson.toJson(state, type, json);
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
	}

	static <S> Optional<Snapshot<S>> read(Path folder, Gson gson, Class<S> type) {
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
				case "state" -> read = gson.fromJson(json, type);
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
}
