package org.seatkeeper.server.internal.security;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs password hashing (PBKDF2, a quarter of a second of CPU each) on a few threads of its own, with
 * a short queue: a flood of logins waits here, or is turned away ({@link BusyException}), instead of
 * taking every processor from the requests of devices. The request's own (virtual) thread waits without
 * holding a processor.
 */
public final class HashingPool {

	/** Logins that may wait for a hashing thread before more are turned away. */
	static final int QUEUE = 32;

	private final ThreadPoolExecutor executor;

	public HashingPool() {
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
		executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), runnable -> {
			Thread thread = new Thread(runnable, "seatkeeper-password-hashing");
			thread.setDaemon(true);
			return thread;
		});
		executor.allowCoreThreadTimeOut(true);
	}

	/** The hash to store for {@code password}. */
	public String hash(char[] password) {
		return run(() -> Passwords.hash(password));
	}

	/** Whether {@code password} is the one {@code stored} was made from. */
	public boolean matches(char[] password, String stored) {
		return run(() -> Passwords.matches(password, stored));
	}

	private <T> T run(Callable<T> work) {
		Future<T> result;
		try {
			result = executor.submit(work);
		} catch (RejectedExecutionException e) {
			throw new BusyException();
		}
		try {
			return result.get();
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			result.cancel(true);
			throw new BusyException();
		}
	}

	/** Stops the threads; hashing after it is refused. */
	public void close() {
		executor.shutdownNow();
	}

	/** More logins wait for hashing than the server takes at once. */
	public static final class BusyException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		BusyException() {
			super("The server is checking as many passwords as it takes at once; try again in a moment");
		}
	}
}
