package org.seatkeeper.ui.internal.jobs;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.seatkeeper.ui.SeatkeeperUi;

/**
 * Small pieces of background work (Secure Storage updates) done one at a time in the order they were
 * asked for, by one system Job of {@link SeatkeeperUi#JOB_FAMILY} that drains a queue.
 */
public final class SerialJob extends Job {

	private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();

	public SerialJob(String name) {
		super(name);
		setSystem(true);
	}

	/** Queues {@code work}; returns at once. */
	public void run(Runnable work) {
		queue.add(work);
		schedule();
	}

	/**
	 * Queues {@code work} and waits for its result, after everything queued before it. For callers in the
	 * background only, never the UI thread.
	 */
	public <T> T call(Supplier<T> work) {
		CompletableFuture<T> result = new CompletableFuture<>();
		run(() -> {
			try {
				result.complete(work.get());
			} catch (RuntimeException e) {
				result.completeExceptionally(e);
			}
		});
		return result.join();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		for (Runnable work = queue.poll(); work != null; work = queue.poll()) {
			try {
				work.run();
			} catch (RuntimeException e) {
				ILog.of(SerialJob.class).error(getName() + " failed", e); // a bug; the rest of the queue still runs
			}
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == SeatkeeperUi.JOB_FAMILY;
	}
}
