package org.seatkeeper.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.server.internal.cli.ServerCommand;
import org.seatkeeper.server.internal.store.FolderLock;
import org.seatkeeper.server.tests.ServerFixture.Answer;
import org.seatkeeper.testing.MovableClock;

import com.google.gson.JsonObject;

/**
 * The data folder as the outside world meets it: a second server (in this process or another), a journal
 * that fails to write, a damaged journal and {@code --recover}, and the secrets kept in the folder.
 */
class DataFolderTest {

	@TempDir
	Path dir;

	private static String device(String host, int count) {
		return "{\"hostId\":{\"type\":\"STRING\",\"value\":\"" + host + "\"},\"features\":[{\"name\":\"f1\",\"version\":\"1.0\",\"count\":"
				+ count + "}]}";
	}

	private static int held(ServerFixture server, String token) {
		Answer clients = server.get("clients", token);
		return clients.json().getAsJsonArray().size();
	}

	@Test
	void aSecondServerInThisProcessIsRefusedAndTheFirstLosesNothing() throws Exception {
		try (ServerFixture first = new ServerFixture(dir)) {
			first.server.licensing().addFeatures(List.of(LicensingApiTest.feature("f1", "1.0", 10, null)));
			String admin = first.admin();
			FolderLock.FolderInUseException refused = assertThrows(FolderLock.FolderInUseException.class,
					() -> LicenseServer.start(ServerOptions.of(0, dir).withBindAddress("127.0.0.1")));
			assertTrue(refused.getMessage().startsWith("data folder " + dir.toAbsolutePath() + " is in use by process "
					+ ProcessHandle.current().pid()), refused.getMessage());
			assertEquals(200, first.post("access_request", null, device("after-refusal", 2)).status());
			first.restart();
			assertEquals(1, held(first, first.admin()));
			assertEquals(200, first.get("features", admin).status());
		}
	}

	/**
	 * The data loss of the issue, with two real processes: a second {@code seatkeeper server} on the same
	 * folder exits with status 1 and one line naming the first's process, and the first, killed with
	 * SIGKILL afterwards, has every acknowledged change after a restart.
	 */
	private static String user(String name) {
		return "{\"name\":\"" + name + "\",\"password\":\"" + ServerFixture.ADMIN_PASSWORD + "\",\"roles\":[\"ROLE_READ\"]}";
	}

	/**
	 * The data loss of the issue, with two real processes: a second {@code seatkeeper server} on the same
	 * folder exits with status 1 and one line naming the first's process, and the first, killed with
	 * SIGKILL afterwards, has every acknowledged change after a restart.
	 */
	@Test
	void aSecondServerProcessExitsWithStatusOneAndTheFirstKeepsEveryChangeThroughAKill() throws Exception {
		Path data = dir.resolve("data");
		Process first = ServerProcess.start(data);
		try {
			ServerFixture remote = ServerFixture.remote(ServerProcess.port(first));
			String admin = remote.admin();
			assertEquals(201, remote.post("users", admin, user("before")).status());

			Process second = ServerProcess.start(data);
			assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the second server did not exit");
			String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			assertEquals(1, second.exitValue(), output);
			assertEquals(1, output.lines().count(), output);
			assertEquals("seatkeeper server: data folder " + data.toAbsolutePath() + " is in use by process " + first.pid()
					+ "; stop that server first, or give this one another --data folder", output);

			for (int i = 0; i < 10; i++) {
				Answer created = remote.post("users", admin, user("after-" + i));
				assertEquals(201, created.status(), created.body());
			}
		} finally {
			first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		Process restarted = ServerProcess.start(data);
		try {
			ServerFixture remote = ServerFixture.remote(ServerProcess.port(restarted));
			Answer users = remote.get("users", remote.admin());
			assertEquals(12, users.json().getAsJsonArray().size(), users.body());
		} finally {
			restarted.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void aJournalThatCannotBeWrittenMakesTheServerReadOnlyAndLosesNoAcknowledgedChange() throws Exception {
		AtomicReference<FailingChannel> disk = new AtomicReference<>();
		MovableClock clock = new MovableClock();
		LicenseServer failing = LicenseServer.start(ServerOptions.of(0, dir).withBindAddress("127.0.0.1")
				.withAdminPassword(ServerFixture.ADMIN_PASSWORD).withClock(clock).withJournalChannel(channel -> {
					disk.set(new FailingChannel(channel, Integer.MAX_VALUE));
					return disk.get();
				}));
		try (ServerFixture server = new ServerFixture(failing, dir, clock)) {
			server.server.licensing().addFeatures(List.of(LicensingApiTest.feature("f1", "1.0", 10, null)));
			String admin = server.admin();
			assertEquals(200, server.post("access_request", null, device("kept", 2)).status());

			disk.get().failNextWrite();
			Answer refused = server.post("access_request", null, device("refused", 3));
			assertEquals(503, refused.status(), refused.body());
			assertEquals("glsErr.storageFailure", refused.errorKey());
			assertEquals("300", refused.response().headers().firstValue("Retry-After").orElse(""));
			assertTrue(refused.object().get("message").getAsString().contains("cannot write its data"), refused.body());

			// reads go on, and show what is on disk: the refused device is not there
			assertEquals(1, held(server, admin));
			Answer again = server.post("access_request", null, device("later", 1));
			assertEquals(503, again.status(), again.body());
			Answer settings = server.post("users", admin, user("late"));
			assertEquals(503, settings.status(), settings.body());
			JsonObject health = server.get("health", null).object().getAsJsonObject("LLS");
			assertEquals("read-only", health.get("storage").getAsString());
			assertEquals("error", health.get("diskspace").getAsString());
			assertEquals("failure", health.getAsJsonObject("database").get("connectionCheck").getAsString());
			assertTrue(health.get("storageError").getAsString().contains("No space left on device"), health.toString());

		}
		try (ServerFixture restarted = new ServerFixture(dir, clock)) {
			Answer clients = restarted.get("clients", restarted.admin());
			assertEquals(1, clients.json().getAsJsonArray().size(), clients.body());
			assertTrue(clients.body().contains("kept") && !clients.body().contains("refused"), clients.body());
			assertEquals("read-write", restarted.get("health", null).object().getAsJsonObject("LLS").get("storage").getAsString());
		}
	}

	@Test
	void recoverCutsADamagedJournalAndSaysHowManyEventsItDropped() throws Exception {
		Process killed = ServerProcess.start(dir);
		try {
			ServerFixture remote = ServerFixture.remote(ServerProcess.port(killed));
			String admin = remote.admin();
			for (int i = 0; i < 5; i++) {
				assertEquals(201, remote.post("users", admin, user("u" + i)).status());
			}
		} finally {
			killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		Path journal = dir.resolve("journal.log");
		List<String> lines = new java.util.ArrayList<>(Files.readAllLines(journal));
		lines.set(lines.size() - 3, lines.get(lines.size() - 3).replace("\"u2\"", "\"uX\""));
		Files.write(journal, lines);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Map<String, String> env = Map.of("SEATKEEPER_ADMIN_PASSWORD", ServerFixture.ADMIN_PASSWORD);
		int status = ServerCommand.run(List.of("--data", dir.toString(), "--port", "0"), env, new PrintStream(out, true),
				new PrintStream(err, true));
		assertEquals(1, status, out.toString());
		assertTrue(err.toString().contains("is damaged at byte") && err.toString().contains("--recover"), err.toString());

		status = ServerCommand.run(List.of("--recover", "--data", dir.toString()), env, new PrintStream(out, true),
				new PrintStream(err, true));
		assertEquals(0, status, err.toString());
		assertTrue(out.toString().contains("3 events were dropped"), out.toString());
		assertTrue(Files.list(dir).anyMatch(file -> file.getFileName().toString().startsWith("journal.log.damaged-")));
		MovableClock now = new MovableClock();
		now.advance(java.time.Duration.between(now.instant(), java.time.Instant.now()));
		try (ServerFixture server = new ServerFixture(dir, now)) {
			Answer users = server.get("users", server.admin());
			assertTrue(users.body().contains("u1") && !users.body().contains("u2"), users.body());
		}
	}

	@Test
	void aGeneratedAdministratorPasswordGoesToAnOwnerOnlyFileAndOnlyItsPathIsShown() throws Exception {
		List<String> console = new java.util.ArrayList<>();
		try (LicenseServer server = LicenseServer.start(ServerOptions.of(0, dir).withBindAddress("127.0.0.1").withConsole(console::add))) {
			Path file = dir.resolve("admin-password.txt").toAbsolutePath();
			String password = Files.readString(file).trim();
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
			assertTrue(console.stream().anyMatch(line -> line.contains(file.toString())), console.toString());
			assertFalse(console.stream().anyMatch(line -> line.contains(password)), "the password was shown: " + console);
			ServerFixture fixture = new ServerFixture(server, dir, new MovableClock());
			fixture.login("admin", password);
		}
	}

	@Test
	void thePasswordIsNoLongerTakenOnTheCommandLine() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = ServerCommand.run(List.of("--data", dir.toString(), "--admin-password", "Secret-Passw0rd!"), Map.of(),
				new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(err, true));
		assertEquals(2, status);
		assertTrue(err.toString().contains("SEATKEEPER_ADMIN_PASSWORD"), err.toString());
	}
}
