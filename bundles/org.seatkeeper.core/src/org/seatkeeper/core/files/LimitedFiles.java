package org.seatkeeper.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading a file a person chose (a license, a key, a capability response) whole, but never more than
 * such a file can hold: a wrong choice (a disk image, a log) is refused with a message that says why,
 * without reading it.
 */
public final class LimitedFiles {

	/**
	 * A choice that is no such file: a folder, a missing file, or one larger than what it should be can
	 * hold. Its message is a whole sentence to show as it is; any other {@link IOException} is a failure to read.
	 */
	public static final class UnsuitableFileException extends IOException {
		private static final long serialVersionUID = 1L;

		UnsuitableFileException(String message) {
			super(message);
		}
	}

	private LimitedFiles() {
	}

	/**
	 * The bytes of {@code file}, at most {@code limit}. {@code what} names what it should be, as in "a
	 * public key", for the message of a file that is larger: "key.txt has 2,100,000 bytes: more than a public
	 * key can have (65,536 bytes)". That, a folder or a missing file is an {@link UnsuitableFileException}.
	 */
	public static byte[] read(Path file, long limit, String what) throws IOException {
		if (Files.isDirectory(file)) {
			throw new UnsuitableFileException(file + " is a folder.");
		}
		if (!Files.exists(file)) {
			throw new UnsuitableFileException(file + " does not exist.");
		}
		long size = Files.size(file);
		if (size > limit) {
			throw tooLarge(file, size, limit, what);
		}
		try (InputStream in = Files.newInputStream(file)) {
			// read to the limit only: the file may have grown since its size was taken
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (bytes.length > limit) {
				throw tooLarge(file, Files.size(file), limit, what);
			}
			return bytes;
		}
	}

	private static UnsuitableFileException tooLarge(Path file, long size, long limit, String what) {
		return new UnsuitableFileException(file.getFileName() + " has " + bytes(size) + ": more than " + what + " can have (" + bytes(limit) + ").");
	}

	private static String bytes(long size) {
		return String.format("%,d bytes", size);
	}
}
