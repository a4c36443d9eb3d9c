package org.seatkeeper.server.internal.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The exclusive hold of one process on a data folder: an operating-system lock on {@code seatkeeper.lock}
 * taken before anything in the folder is read, held until the store is closed, and released by the
 * operating system when the process dies (so a killed server never leaves a stale lock). The file holds
 * the owner's process id, which a second server names when it refuses to start.
 *
 * <p>The lock covers one byte far beyond the process id, so that the id stays readable on systems whose
 * locks are mandatory (Windows).
 */
public final class FolderLock implements AutoCloseable {

	static final String FILE = "seatkeeper.lock";
	private static final long LOCKED_BYTE = 1L << 30;

	private final FileChannel channel;
	private final FileLock lock;

	private FolderLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the folder, or throws {@link FolderInUseException} naming the process that holds it. The
	 * folder must exist.
	 */
	public static FolderLock take(Path folder) {
		Path file = folder.resolve(FILE);
		FileChannel channel = null;
		try {
			channel = OwnerOnlyFiles.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock(LOCKED_BYTE, 1, false);
			} catch (OverlappingFileLockException e) {
				lock = null; // this very process holds it already
			}
			if (lock == null) {
				String owner = owner(channel);
				channel.close();
				throw new FolderInUseException(folder, owner);
			}
			byte[] pid = Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII);
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(pid), 0);
			channel.force(true);
			return new FolderLock(channel, lock);
		} catch (IOException e) {
			OwnerOnlyFiles.closeQuietly(channel);
			throw new StoreException("Cannot lock the data folder " + folder + " (" + file + ")", e);
		}
	}

	private static String owner(FileChannel channel) {
		try {
			ByteBuffer buffer = ByteBuffer.allocate(32);
			channel.read(buffer, 0);
			String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
			return text.matches("\\d{1,19}") ? text : null;
		} catch (IOException e) {
			return null;
		}
	}

	/** Lets the folder go; closing twice does nothing. */
	@Override
	public void close() {
		try {
			if (lock.isValid()) {
				lock.release();
			}
		} catch (IOException e) {
			// closing the channel below releases it too
		}
		OwnerOnlyFiles.closeQuietly(channel);
	}

	/** A data folder another process (or another store of this one) holds. */
	public static final class FolderInUseException extends StoreException {
		private static final long serialVersionUID = 1L;

		FolderInUseException(Path folder, String pid) {
			super("data folder " + folder.toAbsolutePath() + " is in use by " + (pid == null ? "another process" : "process " + pid));
		}
	}
}
