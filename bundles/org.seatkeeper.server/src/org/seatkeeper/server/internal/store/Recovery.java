package org.seatkeeper.server.internal.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import com.google.gson.stream.JsonReader;

/**
 * What {@code seatkeeper server --recover} did to a damaged journal: it kept a copy of the whole file,
 * then cut the journal at its last good line, dropping every event from the damage on.
 *
 * @param copy         the copy of the journal as it was; empty when nothing was cut
 * @param cutAt        the byte the journal now ends at
 * @param dropped      how many lines (events, or what is left of them) were dropped
 * @param lastSequence the sequence number of the last event kept
 * @param problem      what was wrong at {@code cutAt}; empty when the journal was intact
 */
public record Recovery(Optional<Path> copy, long cutAt, int dropped, long lastSequence, Optional<String> problem) {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

	/**
	 * Cuts a damaged journal in {@code folder} at its last good line, after copying it whole next to it;
	 * says what it did. Takes the folder's lock, so it cannot run beside a server.
	 */
	public static Recovery run(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new StoreException("There is no data folder " + folder);
		}
		Path journal = folder.resolve(Store.JOURNAL);
		try (FolderLock lock = FolderLock.take(folder)) {
			if (!Files.exists(journal)) {
				return new Recovery(Optional.empty(), 0, 0, snapshotSequence(folder), Optional.empty());
			}
			long base = snapshotSequence(folder);
			JournalScan.Result result = JournalScan.scan(journal, Long.MAX_VALUE, base, line -> {
				// only checked
			});
			if (result.problem() == null) {
				return new Recovery(Optional.empty(), result.goodEnd(), 0, result.lastSequence(), Optional.empty());
			}
			Path copy = folder.resolve(Store.JOURNAL + ".damaged-" + LocalDateTime.now().format(STAMP));
			Files.copy(journal, copy, StandardCopyOption.COPY_ATTRIBUTES);
			OwnerOnlyFiles.restrict(copy);
			try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE)) {
				channel.truncate(result.goodEnd());
				channel.force(true);
			}
			OwnerOnlyFiles.forceFolder(folder);
			return new Recovery(Optional.of(copy), result.goodEnd(), result.linesAfter(), result.lastSequence(),
					Optional.of(result.problem()));
		} catch (IOException e) {
			throw new StoreException("Cannot recover the journal " + journal, e);
		}
	}

	/** The sequence number the snapshot holds events up to; 0 without a snapshot. */
	private static long snapshotSequence(Path folder) throws IOException {
		Path file = folder.resolve(Store.SNAPSHOT);
		if (!Files.exists(file)) {
			return 0;
		}
		try (JsonReader json = new JsonReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
			json.beginObject();
			while (json.hasNext()) {
				if (json.nextName().equals("sequence")) {
					return json.nextLong();
				}
				json.skipValue();
			}
		} catch (RuntimeException e) {
			throw new StoreException("The snapshot " + file + " is damaged (" + e.getMessage() + "); --recover mends the journal only");
		}
		throw new StoreException("The snapshot " + file + " holds no sequence number; --recover mends the journal only");
	}

	/** What to tell the person who asked for the recovery. */
	public String describe(Path folder) {
		if (problem.isEmpty()) {
			return "The journal in " + folder + " is intact (events up to " + lastSequence + "); nothing was changed";
		}
		return "The journal in " + folder + " was damaged at byte " + cutAt + " (" + problem.get() + "). A copy of it is in "
				+ copy.get() + "; it now ends after event " + lastSequence + ", and " + dropped + (dropped == 1 ? " event was" : " events were")
				+ " dropped";
	}
}
