package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.ui.internal.files.FileHandoff;

/** A second start with files on its command line hands them to the Seatkeeper running on the same workspace. */
class FileHandoffTest {

	@TempDir
	Path metadata;

	@Test
	void theRunningSeatkeeperTakesTheFilesOfASecondStart() throws Exception {
		List<List<Path>> received = new CopyOnWriteArrayList<>();
		try (FileHandoff handoff = FileHandoff.listen(metadata, received::add)) {
			Path file = metadata.resolve(".seatkeeper-open");
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), "its user's alone");
			List<Path> files = List.of(metadata.resolve("a.model"), metadata.resolve("sub dir/b é.model"));
			assertTrue(FileHandoff.send(metadata, files, Duration.ofSeconds(5)));
			assertEquals(List.of(files), received);
		}
		assertFalse(Files.exists(metadata.resolve(".seatkeeper-open")), "removed when it stops");
		assertFalse(FileHandoff.send(metadata, List.of(metadata.resolve("c.model")), Duration.ofSeconds(1)), "nobody listens");
	}

	@Test
	void aClientWithoutTheTokenIsDropped() throws Exception {
		List<List<Path>> received = new CopyOnWriteArrayList<>();
		try (FileHandoff handoff = FileHandoff.listen(metadata, received::add)) {
			Path file = metadata.resolve(".seatkeeper-open");
			String port = Files.readString(file).split(" ")[0];
			Files.writeString(file, port + " " + "00".repeat(24) + "\n");
			assertFalse(FileHandoff.send(metadata, List.of(metadata.resolve("a.model")), Duration.ofSeconds(5)));
			assertEquals(List.of(), received);
		}
	}

	@Test
	void theCommandLineNamesTheModelFilesAmongItsOptions() {
		Path here = Path.of("").toAbsolutePath();
		assertEquals(List.of(here.resolve("pools.model"), Path.of("/srv/lic/site.model")),
				FileHandoff.modelFiles(new String[] { "-data", "/tmp/ws", "pools.model", "--launcher.x", "notes.txt", "/srv/lic/site.model" }));
	}
}
