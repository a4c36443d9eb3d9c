package org.seatkeeper.core.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.seatkeeper.core.internal.client.Answer;
import org.seatkeeper.core.internal.client.Answers;

/** An answer's body in the chunks it arrived in: read in place, or read once and let go chunk by chunk. */
class AnswerTest {

	private static Answer answer(String... chunks) {
		return new Answer(URI.create("http://127.0.0.1/api/1.0/instances/~/clients"), 200, "application/json",
				java.util.Arrays.stream(chunks).map(c -> ByteBuffer.wrap(c.getBytes(StandardCharsets.UTF_8))).toList());
	}

	@Test
	void aListIsReadOnceAndItsChunksAreLetGoAsTheyAreRead() throws Exception {
		Answer answer = answer("[{\"n\":1},", "{\"n\":2},{\"n\"", ":3}]");
		assertEquals(25, answer.length());
		assertEquals("[{\"n\":1},{\"n\":2},{\"n\":3}]", answer.text(), "read in place, as often as wanted");
		List<Integer> read = Answers.list(answer, "list the numbers", json -> List.of(), (json, name) -> json.getAsJsonObject().get("n")
				.getAsInt(), "number");
		assertEquals(List.of(1, 2, 3), read);
		assertEquals(0, answer.length(), "every chunk was let go once read");
		assertEquals(3, answer.chunks().size());
	}

	@Test
	void othersCannotChangeTheChunks() {
		Answer answer = answer("[]");
		assertThrows(UnsupportedOperationException.class, () -> answer.chunks().add(ByteBuffer.allocate(1)));
		assertThrows(UnsupportedOperationException.class, () -> answer.chunks().set(0, ByteBuffer.allocate(1)));
	}
}
