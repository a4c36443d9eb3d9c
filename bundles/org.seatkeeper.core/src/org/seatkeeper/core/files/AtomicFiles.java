package org.seatkeeper.core.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes whole files in one step: the bytes go to a temporary file beside the target, are flushed to the
 * disk, and the temporary file then replaces the target by an atomic rename. A failure at any point
 * leaves the target as it was (absent, or with its previous content) and removes the temporary file.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	/** Writes {@code bytes} to {@code target}, creating its folder if needed. */
	public static void write(Path target, byte[] bytes) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		if (Files.isDirectory(absolute)) {
			throw new IOException(absolute + " is a folder");
		}
		Files.createDirectories(folder);
		Path temporary;
		try {
			temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
		} catch (AccessDeniedException e) {
			throw new IOException("the folder " + folder + " cannot be written to", e);
		}
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(bytes);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
