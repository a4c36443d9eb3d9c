package org.seatkeeper.server.internal.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files of the data folder, readable by their owner only from the moment they exist (the state holds
 * password hashes and the key that signs tokens), and the folder flushes that make a create or a rename
 * survive a power cut. On file systems without POSIX permissions the permissions are left as they are.
 */
public final class OwnerOnlyFiles {

	private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
	private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	private OwnerOnlyFiles() {
	}

	/** Creates {@code folder} (and its parents) if missing, and makes it 0700 whether new or not. */
	public static void folder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			Files.createDirectories(folder);
			Path parent = folder.toAbsolutePath().getParent();
			if (parent != null) {
				forceFolder(parent);
			}
		}
		try {
			Files.setPosixFilePermissions(folder, FOLDER);
		} catch (UnsupportedOperationException e) {
			// not a POSIX file system
		}
	}

	/**
	 * Opens {@code file}, creating it owner-only if it does not exist (and flushing its folder so that
	 * the new name is durable); an existing file is made owner-only too.
	 */
	public static FileChannel open(Path file, OpenOption... options) throws IOException {
		boolean created = false;
		if (!Files.exists(file)) {
			try {
				Files.createFile(file, attributes(file, FILE));
				created = true;
			} catch (FileAlreadyExistsException e) {
				// someone was faster: open theirs
			}
		}
		FileChannel channel = FileChannel.open(file, options);
		if (created) {
			forceFolder(file.toAbsolutePath().getParent());
		} else {
			restrict(file);
		}
		return channel;
	}

	/** Opens a new file for writing, owner-only from the start, replacing what was there. */
	public static FileChannel create(Path file) throws IOException {
		Files.deleteIfExists(file);
		Files.createFile(file, attributes(file, FILE));
		return FileChannel.open(file, StandardOpenOption.WRITE);
	}

	/** Makes {@code file} owner-only. */
	public static void restrict(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, FILE);
		} catch (UnsupportedOperationException e) {
			// not a POSIX file system
		}
	}

	/**
	 * Flushes a folder, so that the files created or renamed in it survive a power cut. Not every file
	 * system lets a folder be opened for this (Windows does not); there, renames are durable on their own.
	 */
	public static void forceFolder(Path folder) throws IOException {
		try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
			directory.force(true);
		} catch (IOException e) {
			if (Files.isDirectory(folder) && isPosix(folder)) {
				throw e;
			}
		}
	}

	private static boolean isPosix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix")
				&& !System.getProperty("os.name", "").startsWith("Windows");
	}

	private static FileAttribute<?>[] attributes(Path file, Set<PosixFilePermission> permissions) {
		return isPosix(file) ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(permissions) } : new FileAttribute<?>[0];
	}

	/** Writes bytes {@code from} to {@code to} of {@code source} to a new owner-only {@code target}, flushed. */
	static void copy(FileChannel source, long from, long to, Path target) throws IOException {
		try (FileChannel out = create(target)) {
			long position = from;
			while (position < to) {
				long copied = source.transferTo(position, Math.min(to - position, SteadyFlushStream.FLUSH_EVERY), out);
				if (copied <= 0) {
					throw new IOException("The file shrank to " + source.size() + " bytes while it was copied");
				}
				position += copied;
				if (position < to) {
					out.force(false); // step by step, as a snapshot is written
				}
			}
			out.force(true);
		}
	}

	/** Closes {@code channel} when there is one, ignoring a failure: the first problem is the one reported. */
	static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			} catch (IOException e) {
				// already failing, or done
			}
		}
	}
}
