package org.seatkeeper.core.fleet;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.seatkeeper.core.files.AtomicFiles;
import org.seatkeeper.core.files.LimitedFiles;

/**
 * The file that holds the {@link ServerList}, by default {@code ~/.seatkeeper/servers.json}, shared by
 * Seatkeeper's window and its command lines. A file that does not exist yet is the first start's list (the
 * embedded demo server alone). A change reads, changes and writes the whole list under a lock on
 * {@code servers.json.lock} that every process takes, so two processes never lose each other's change, and
 * is written whole or not at all.
 */
public final class ServerListFile {

	/** A list file is small; a bigger one is not a server list. */
	public static final long MAX_BYTES = 4L << 20;

	/** A change of the list; {@link IllegalArgumentException} says why it cannot be made. */
	@FunctionalInterface
	public interface Change {
		ServerList apply(ServerList list) throws ServerListException;
	}

	/** One monitor per lock file, for the threads of this process. */
	private static final ConcurrentMap<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

	private final Path file;

	public ServerListFile(Path file) {
		this.file = file;
	}

	/** The environment variable that names another list file (tests, or a team's shared list). */
	public static final String ENVIRONMENT = "SEATKEEPER_SERVERS";

	/** The file named by {@value #ENVIRONMENT} in {@code env}, else {@code ~/.seatkeeper/servers.json} of the user running Java. */
	public static ServerListFile of(Map<String, String> env) {
		String named = env.get(ENVIRONMENT);
		return new ServerListFile(named != null && !named.isBlank() ? Path.of(named)
				: Path.of(System.getProperty("user.home"), ".seatkeeper", "servers.json"));
	}

	public Path path() {
		return file;
	}

	public boolean exists() {
		return Files.isRegularFile(file);
	}

	/** The list in the file, or the first start's list when there is no file yet. */
	public ServerList read() throws IOException, ServerListException {
		if (Files.notExists(file)) {
			return ServerList.withDemo();
		}
		return ServerList.parse(new String(LimitedFiles.read(file, MAX_BYTES, "a server list"), StandardCharsets.UTF_8), file.toString());
	}

	/**
	 * Changes the list in the file (made if missing) and answers the new list. Other processes wait on the
	 * file lock; other threads of this one on the lock's path (a JVM holds a file lock once).
	 */
	public ServerList update(Change change) throws IOException, ServerListException {
		Path lockFile = file.toAbsolutePath().resolveSibling(file.getFileName() + ".lock");
		Files.createDirectories(lockFile.getParent());
		synchronized (IN_PROCESS.computeIfAbsent(lockFile.normalize(), path -> new Object())) {
			try (FileChannel lock = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
					FileLock held = lock.lock()) {
				ServerList changed = change.apply(read());
				AtomicFiles.write(file, changed.toJson().getBytes(StandardCharsets.UTF_8));
				return changed;
			}
		}
	}
}
