package org.seatkeeper.core.internal.client;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A server's answer. Its body is kept as the chunks it arrived in: a list of 100,000 devices is read from
 * them as a stream ({@link #stream()}), never copied into one array beside them, and can be read once with
 * {@link #consume()}, which lets each chunk go as soon as it is read.
 *
 * @param uri         the address asked
 * @param status      the HTTP status
 * @param contentType the content type, or {@code ""}
 * @param chunks      the body, in the buffers it arrived in (read-only to all but {@link #consume()})
 */
public record Answer(URI uri, int status, String contentType, List<ByteBuffer> chunks) {

	public Answer {
		chunks = new Body(chunks);
	}

	/** The chunks: read-only to others; {@link #consume()} empties them one by one. */
	private static final class Body extends java.util.AbstractList<ByteBuffer> implements java.util.RandomAccess {
		private final ByteBuffer[] chunks;

		Body(List<ByteBuffer> chunks) {
			this.chunks = chunks.toArray(ByteBuffer[]::new);
			for (ByteBuffer chunk : this.chunks) {
				java.util.Objects.requireNonNull(chunk);
			}
		}

		@Override
		public ByteBuffer get(int index) {
			return chunks[index];
		}

		@Override
		public int size() {
			return chunks.length;
		}

		/** Chunk {@code index}, which the list then lets go. */
		ByteBuffer release(int index) {
			ByteBuffer chunk = chunks[index];
			chunks[index] = EMPTY;
			return chunk;
		}

		private static final ByteBuffer EMPTY = ByteBuffer.allocate(0).asReadOnlyBuffer();
	}

	/**
	 * The body, read once: each chunk is let go as soon as it has been read, so that the text of a long list does not
	 * stay in memory beside what is decoded from it. The answer's body is empty afterwards.
	 */
	public InputStream consume() {
		Body body = (Body) chunks;
		int[] next = { 0 };
		return new SequenceInputStream(new java.util.Enumeration<InputStream>() {
			@Override
			public boolean hasMoreElements() {
				return next[0] < body.size();
			}

			@Override
			public InputStream nextElement() {
				return new Reading(body.release(next[0]++).duplicate());
			}
		});
	}

	/** An answer whose body is {@code body}. */
	public Answer(URI uri, int status, String contentType, byte[] body) {
		this(uri, status, contentType, List.of(ByteBuffer.wrap(body)));
	}

	/** The body's length in bytes. */
	public long length() {
		long length = 0;
		for (ByteBuffer chunk : chunks) {
			length += chunk.remaining();
		}
		return length;
	}

	/** The body as one array: a copy, for answers that are not long lists. */
	public byte[] body() {
		if (chunks.size() == 1 && chunks.get(0).hasArray() && chunks.get(0).arrayOffset() == 0
				&& chunks.get(0).position() == 0 && chunks.get(0).remaining() == chunks.get(0).array().length) {
			return chunks.get(0).array();
		}
		byte[] body = new byte[Math.toIntExact(length())];
		int at = 0;
		for (ByteBuffer chunk : chunks) {
			int n = chunk.remaining();
			chunk.duplicate().get(body, at, n);
			at += n;
		}
		return body;
	}

	/** The body, read in place: the buffers (read-only, as the HTTP client gives them) are neither copied nor joined. */
	public InputStream stream() {
		java.util.Iterator<ByteBuffer> next = chunks.iterator();
		return new SequenceInputStream(new java.util.Enumeration<InputStream>() {
			@Override
			public boolean hasMoreElements() {
				return next.hasNext();
			}

			@Override
			public InputStream nextElement() {
				return new Reading(next.next().duplicate());
			}
		});
	}

	/** Reads one buffer. */
	private static final class Reading extends InputStream {

		private final ByteBuffer buffer;

		Reading(ByteBuffer buffer) {
			this.buffer = buffer;
		}

		@Override
		public int read() {
			return buffer.hasRemaining() ? buffer.get() & 0xff : -1;
		}

		@Override
		public int read(byte[] into, int offset, int length) {
			if (length == 0) {
				return 0;
			}
			if (!buffer.hasRemaining()) {
				return -1;
			}
			int n = Math.min(length, buffer.remaining());
			buffer.get(into, offset, n);
			return n;
		}

		@Override
		public int available() {
			return buffer.remaining();
		}
	}

	/** The first {@code max} bytes of the body as text (a character cut at the end is replaced). */
	public String head(int max) {
		byte[] head = new byte[(int) Math.min(max, length())];
		int at = 0;
		for (ByteBuffer chunk : chunks) {
			if (at == head.length) {
				break;
			}
			int n = Math.min(chunk.remaining(), head.length - at);
			chunk.duplicate().get(head, at, n);
			at += n;
		}
		return new String(head, StandardCharsets.UTF_8);
	}

	public String text() {
		return new String(body(), StandardCharsets.UTF_8);
	}
}
