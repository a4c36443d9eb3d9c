package org.seatkeeper.server.internal.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The new journal a compaction writes: the journal's bytes after a snapshot's cut. Most of them are
 * copied by the snapshot thread while the journal goes on ({@link #start}); the flusher then copies only
 * what came meanwhile ({@link #complete}) before it switches to the new file. Flushing a long tail on the
 * flusher would stall every writer for as long.
 */
final class CompactedJournal {

	private static final Logger LOG = Logger.getLogger(CompactedJournal.class.getName());

	private final Path file;
	private final long from;
	private final long generation;
	private long copiedTo;

	private CompactedJournal(Path file, long from, long generation, long copiedTo) {
		this.file = file;
		this.from = from;
		this.generation = generation;
		this.copiedTo = copiedTo;
	}

	/**
	 * Copies bytes {@code from} to {@code to} of {@code journal} (on disk already: they never change) to a
	 * new owner-only {@code file}, flushed a megabyte at a time.
	 */
	static CompactedJournal start(Path file, FileChannel journal, long from, long to, long generation) throws IOException {
		OwnerOnlyFiles.copy(journal, from, to, file);
		return new CompactedJournal(file, from, generation, to);
	}

	/** {@link #start}, or null when the copy failed: said in the log, the file removed, and the journal keeps every event. */
	static CompactedJournal prepare(Path file, FileChannel journal, long from, long to, long generation) {
		try {
			return start(file, journal, from, to, generation);
		} catch (IOException | RuntimeException e) {
			LOG.log(Level.WARNING, "Cannot compact the journal; it keeps the events the snapshot holds too, which are skipped when it"
					+ " is read: " + e.getMessage(), e);
			new CompactedJournal(file, from, generation, from).deleteQuietly();
			return null;
		}
	}

	/** The journal's generation this copy is of: after a snapshot on demand empties the journal, it is of no use. */
	long generation() {
		return generation;
	}

	Path file() {
		return file;
	}

	/** Where the cut is in the journal: the first byte kept. */
	long from() {
		return from;
	}

	/** A compaction that could not be finished before its file replaced the journal: the journal is as it was. */
	static final class NotInstalledException extends IOException {
		private static final long serialVersionUID = 1L;

		NotInstalledException(Throwable cause) {
			super(cause);
		}
	}

	/**
	 * Completes the copy up to byte {@code to} of {@code journal}, renames it over {@code journalFile},
	 * flushes the folder and returns the new journal opened through {@code wrap}. A failure before the
	 * rename is a {@link NotInstalledException} (logged, the file removed); after it, any other exception.
	 */
	FileChannel install(Path journalFile, FileChannel journal, long to, UnaryOperator<FileChannel> wrap) throws IOException {
		try {
			complete(journal, to);
			Files.move(file, journalFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException | RuntimeException e) {
			LOG.log(Level.WARNING, "Cannot compact the journal " + journalFile + "; it keeps the events the snapshot holds too, which"
					+ " are skipped when it is read: " + e.getMessage(), e);
			deleteQuietly();
			throw new NotInstalledException(e);
		}
		OwnerOnlyFiles.forceFolder(journalFile.getParent());
		return wrap.apply(FileChannel.open(journalFile, StandardOpenOption.READ, StandardOpenOption.WRITE));
	}

	private void deleteQuietly() {
		try {
			Files.deleteIfExists(file);
		} catch (IOException gone) {
			// removed at the next start
		}
	}

	/** Appends the journal's bytes from where {@link #start} stopped to {@code to}, and flushes the file. */
	void complete(FileChannel journal, long to) throws IOException {
		try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
			long position = copiedTo;
			while (position < to) {
				long copied = journal.transferTo(position, to - position, out);
				if (copied <= 0) {
					throw new IOException("The journal shrank to " + journal.size() + " bytes while it was compacted");
				}
				position += copied;
			}
			out.force(true);
			copiedTo = to;
		}
	}
}
