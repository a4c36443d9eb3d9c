package org.seatkeeper.server.tests;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A journal channel whose writes start failing at a chosen one, as a full disk or a dying drive would:
 * the failing write puts half its bytes on disk first, and every write and flush after it fails too.
 * Cutting the file back (truncate) still works, as it does on a full disk.
 */
final class FailingChannel extends FileChannel {

	private final FileChannel disk;
	private volatile int failAt;
	private final AtomicInteger writes = new AtomicInteger();
	private final AtomicInteger forces = new AtomicInteger();
	private volatile Runnable beforeTransfer;
	private volatile boolean failing;

	/** Fails at the {@code failAt}-th write (1 is the first). */
	FailingChannel(FileChannel disk, int failAt) {
		this.disk = disk;
		this.failAt = failAt;
	}

	/** Makes the next write fail (and all after it). */
	void failNextWrite() {
		failAt = writes.get() + 1;
	}

	boolean failed() {
		return failing;
	}

	@Override
	public int write(ByteBuffer src) throws IOException {
		if (failing || writes.incrementAndGet() >= failAt) {
			failing = true;
			ByteBuffer half = src.duplicate();
			half.limit(half.position() + half.remaining() / 2);
			disk.write(half);
			throw new IOException("No space left on device (injected)");
		}
		return disk.write(src);
	}

	/** How many times the channel was flushed. */
	int forces() {
		return forces.get();
	}

	@Override
	public void force(boolean metaData) throws IOException {
		forces.incrementAndGet();
		if (failing) {
			throw new IOException("Input/output error (injected)");
		}
		disk.force(metaData);
	}

	@Override
	public int read(ByteBuffer dst) throws IOException {
		return disk.read(dst);
	}

	@Override
	public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
		return disk.read(dsts, offset, length);
	}

	@Override
	public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
		throw new IOException("not used by the store");
	}

	@Override
	public long position() throws IOException {
		return disk.position();
	}

	@Override
	public FileChannel position(long newPosition) throws IOException {
		disk.position(newPosition);
		return this;
	}

	@Override
	public long size() throws IOException {
		return disk.size();
	}

	@Override
	public FileChannel truncate(long size) throws IOException {
		disk.truncate(size);
		return this;
	}

	@Override
	public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
		Runnable hook = beforeTransfer;
		if (hook != null) {
			hook.run();
		}
		return disk.transferTo(position, count, target);
	}

	/** Runs {@code hook} before each copy out of the channel (a compaction's); null for none. */
	void beforeTransfer(Runnable hook) {
		beforeTransfer = hook;
	}

	@Override
	public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
		throw new IOException("not used by the store");
	}

	@Override
	public int read(ByteBuffer dst, long position) throws IOException {
		return disk.read(dst, position);
	}

	@Override
	public int write(ByteBuffer src, long position) throws IOException {
		throw new IOException("not used by the store");
	}

	@Override
	public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
		return disk.map(mode, position, size);
	}

	@Override
	public FileLock lock(long position, long size, boolean shared) throws IOException {
		return disk.lock(position, size, shared);
	}

	@Override
	public FileLock tryLock(long position, long size, boolean shared) throws IOException {
		return disk.tryLock(position, size, shared);
	}

	@Override
	protected void implCloseChannel() throws IOException {
		disk.close();
	}
}
