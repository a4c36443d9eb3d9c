package org.seatkeeper.server.internal.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Writes a large file (a snapshot) to its channel and flushes it to disk every {@link #FLUSH_EVERY}
 * bytes. The journal's flushes must not wait for tens of megabytes of snapshot the system has kept in
 * memory: on file systems that commit in order (ext4's default), a journal {@code fsync} also writes out
 * whatever else is pending, and the devices waiting for it would wait for the whole snapshot. Flushing
 * as it goes keeps that at most one step (PostgreSQL's {@code checkpoint_flush_after} does the same).
 */
public final class SteadyFlushStream extends OutputStream {

	/** How many bytes are written between two flushes. */
	public static final int FLUSH_EVERY = 1 << 20;

	private final FileChannel channel;
	private long unflushed;

	public SteadyFlushStream(FileChannel channel) {
		this.channel = channel;
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
		while (buffer.hasRemaining()) {
			channel.write(buffer);
		}
		unflushed += length;
		if (unflushed >= FLUSH_EVERY) {
			channel.force(false);
			unflushed = 0;
		}
	}
}
