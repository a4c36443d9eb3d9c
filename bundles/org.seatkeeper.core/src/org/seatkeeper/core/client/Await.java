package org.seatkeeper.core.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Waiting for work another thread does (a login, a server's start), holding no lock, and cancellable
 * through the waiter's own progress monitor (checked every 50 ms).
 */
public final class Await {

	private Await() {
	}

	/**
	 * The value of {@code future} once it completes. Throws what it failed with (a {@link ServerException}
	 * as it is), or {@link OperationCanceledException} when {@code monitor} is cancelled meanwhile.
	 */
	public static <T> T result(CompletableFuture<T> future, IProgressMonitor monitor) throws ServerException {
		while (true) {
			if (monitor != null && monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			try {
				return future.get(50, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				// checks the monitor again
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			} catch (ExecutionException e) {
				Throwable cause = e.getCause();
				if (cause instanceof ServerException failed) {
					throw failed;
				}
				if (cause instanceof RuntimeException unexpected) {
					throw unexpected;
				}
				if (cause instanceof Error error) {
					throw error;
				}
				throw new IllegalStateException(cause);
			}
		}
	}
}
