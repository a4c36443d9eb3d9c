package org.seatkeeper.core.offline.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.domain.ActivationCount;
import org.seatkeeper.core.files.AtomicFiles;
import org.seatkeeper.core.offline.ActivationList;
import org.seatkeeper.core.offline.ActivationList.Row;
import org.seatkeeper.core.offline.ExchangeHistory;
import org.seatkeeper.core.offline.ExchangeHistory.Exchange;
import org.seatkeeper.core.offline.ExchangeHistory.Operation;

/** The activation rows of an offline request, files written in one step, and the history of exchanges. */
class OfflineInputsTest {

	@TempDir
	Path dir;

	@Test
	void activationRowsAreCheckedWithTheRowAndTheReason() {
		ActivationList.Checked good = ActivationList.check(List.of(new Row(" ACT-1 ", "5"), new Row("", " "), new Row("ACT-2", "0")));
		assertTrue(good.ok(), good.problems().toString());
		assertEquals(List.of(new ActivationCount("ACT-1", 5), new ActivationCount("ACT-2", 0)), good.activations());

		ActivationList.Checked bad = ActivationList.check(List.of(new Row("ACT-1", "two"), new Row("", "3"), new Row("ACT 3", "1"),
				new Row("ACT-4", ""), new Row("ACT-5", "-1"), new Row("ACT-6", "99999999999"), new Row("ACT-7", "1"), new Row("ACT-7", "2")));
		assertEquals(List.of("Row 1 (ACT-1): the count 'two' is not a whole number", "Row 2: the activation id is missing",
				"Row 3 (ACT 3): an activation id has no spaces; copy it from the entitlement as it is",
				"Row 4 (ACT-4): the count is missing: the copies that should remain, or 0 to return them all",
				"Row 5 (ACT-5): the count -1 is negative; give the copies that should remain, or 0 to return them all",
				"Row 6 (ACT-6): the count 99999999999 is too large",
				"Row 8 (ACT-7): the activation is listed already in row 7; list each activation once"), bad.problems());
		assertEquals(List.of(), bad.activations(), "nothing is asked while a row is wrong");
		assertEquals(List.of("List at least one activation id with the copies that should remain"),
				ActivationList.check(List.of()).problems());
		assertEquals(List.of("List at least one activation id with the copies that should remain"),
				ActivationList.check(List.of(new Row(" ", ""))).problems());
	}

	@Test
	void aFileIsReplacedWholeOrNotAtAll() throws IOException {
		Path target = dir.resolve("out/request.bin");
		AtomicFiles.write(target, new byte[] { 1, 2, 3 });
		assertArrayEquals(new byte[] { 1, 2, 3 }, Files.readAllBytes(target), "the folder is made");
		AtomicFiles.write(target, new byte[] { 4 });
		assertArrayEquals(new byte[] { 4 }, Files.readAllBytes(target));

		Path folder = Files.createDirectories(dir.resolve("a-folder"));
		Files.writeString(folder.resolve("inside"), "kept");
		IOException refused = assertThrows(IOException.class, () -> AtomicFiles.write(folder, new byte[] { 9 }));
		assertEquals(folder.toAbsolutePath() + " is a folder", refused.getMessage());

		Path locked = Files.createDirectories(dir.resolve("locked"));
		Path existing = Files.write(locked.resolve("request.bin"), new byte[] { 7, 7 });
		assertTrue(locked.toFile().setWritable(false));
		try {
			if (!Files.isWritable(locked)) { // root may write anyway
				assertThrows(IOException.class, () -> AtomicFiles.write(existing, new byte[] { 8 }));
				assertArrayEquals(new byte[] { 7, 7 }, Files.readAllBytes(existing), "the previous content stays");
			}
		} finally {
			locked.toFile().setWritable(true);
		}
		try (var files = Files.list(target.getParent())) {
			assertEquals(List.of("request.bin"), files.map(p -> p.getFileName().toString()).toList(), "no temporary file is left");
		}
	}

	@Test
	void theHistoryIsKeptNewestFirstAndBounded() throws IOException {
		Path file = dir.resolve("history.json");
		ExchangeHistory history = new ExchangeHistory(file);
		AtomicInteger heard = new AtomicInteger();
		history.addListener(heard::incrementAndGet);
		assertEquals(List.of(), history.exchanges());
		Exchange first = new Exchange(Instant.parse("2026-11-23T10:00:00Z"), "http://127.0.0.1:7070", Operation.ACTIVATION_REQUEST,
				"/tmp/request.bin", 210, "AB:CD", true, "ACT-1 ×5");
		Exchange second = new Exchange(Instant.parse("2026-11-23T10:05:00Z"), "http://127.0.0.1:7070", Operation.RESPONSE_UPLOAD,
				"/tmp/response.bin", 400, "EF:01", false, "Refused: the signature is not valid");
		history.add(first);
		history.add(second);
		assertEquals(2, heard.get());
		assertEquals(List.of(second, first), history.exchanges());
		assertEquals(List.of(second, first), new ExchangeHistory(file).exchanges(), "kept across runs");

		List<Exchange> many = new ArrayList<>();
		for (int i = 0; i < ExchangeHistory.LIMIT + 20; i++) {
			Exchange exchange = new Exchange(Instant.parse("2026-11-24T00:00:00Z").plusSeconds(i), "s", Operation.CAPABILITY_REQUEST, "f" + i,
					1, "", true, "");
			history.add(exchange);
			many.add(0, exchange);
		}
		assertEquals(many.subList(0, ExchangeHistory.LIMIT), new ExchangeHistory(file).exchanges(), "the newest are kept");
	}

	@Test
	void anUnreadableHistoryIsSetAsideNotLost() throws IOException {
		Path file = dir.resolve("history.json");
		Files.writeString(file, "{\"exchanges\": [{\"time\": \"yesterday\"}]}", StandardCharsets.UTF_8);
		ExchangeHistory history = new ExchangeHistory(file);
		assertEquals(List.of(), history.exchanges());
		String problem = history.problem().orElseThrow();
		assertTrue(problem.startsWith("The history of offline exchanges in " + file + " could not be read ("), problem);
		assertTrue(problem.endsWith("It was kept as " + file + ".unreadable and a new history was begun."), problem);
		assertEquals("{\"exchanges\": [{\"time\": \"yesterday\"}]}", Files.readString(dir.resolve("history.json.unreadable")));
		assertFalse(Files.exists(file));
		history.add(new Exchange(Instant.now(), "s", Operation.CAPABILITY_REQUEST, "f", 1, "", true, ""));
		assertEquals(1, new ExchangeHistory(file).exchanges().size());
	}
}
