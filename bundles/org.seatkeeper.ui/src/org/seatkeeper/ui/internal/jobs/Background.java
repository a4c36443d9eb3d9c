package org.seatkeeper.ui.internal.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.ui.SeatkeeperUi;

/**
 * The one way Seatkeeper's UI works in the background: the work runs in a {@link Job} of
 * {@link SeatkeeperUi#JOB_FAMILY}, with progress and cancel; the part that asked shows it is busy through
 * its {@link IWorkbenchSiteProgressService}; the result, or a {@link Failure} typed by what failed, is
 * handed to the UI thread only if the control it is for still lives and the Job was not cancelled.
 *
 * <pre>
 * Background.work("Loading the features", monitor -> client.features(monitor))
 * 		.busyIn(getSite()).deliverTo(table).onSuccess(this::show).onFailure(this::showProblem).schedule();
 * </pre>
 */
public final class Background<R> {

	/** Work that runs in the background; it checks {@code monitor} for cancellation. */
	@FunctionalInterface
	public interface Work<R> {
		R run(IProgressMonitor monitor) throws ServerException, IOException;
	}

	/** What failed, so that a file problem is never reported as an unreachable server. */
	public sealed interface Failure {
		/** The message to show a person. */
		String message();

		/** The server refused, could not be reached, or answered something unexpected. */
		record Server(ServerException cause) implements Failure {
			@Override
			public String message() {
				return cause.getMessage();
			}
		}

		/** A file could not be read or written. */
		record File(IOException cause) implements Failure {
			@Override
			public String message() {
				return cause.getMessage() == null ? cause.toString() : cause.getMessage();
			}
		}

		/** A bug: also written to the Error Log, as it is unexpected. */
		record Unexpected(RuntimeException cause) implements Failure {
			@Override
			public String message() {
				return "Unexpected problem: " + cause;
			}
		}
	}

	private final String name;
	private final Work<R> work;
	private IWorkbenchPartSite site;
	private Control owner;
	private Consumer<? super R> onSuccess = result -> {
	};
	private Consumer<? super Failure> onFailure = failure -> {
	};
	private boolean system;
	private boolean user;
	private ISchedulingRule rule;

	private Background(String name, Work<R> work) {
		this.name = Objects.requireNonNull(name);
		this.work = Objects.requireNonNull(work);
	}

	/** Work named {@code name} (shown in the Progress view and the status line). */
	public static <R> Background<R> work(String name, Work<R> work) {
		return new Background<>(name, work);
	}

	/** Work without a result. */
	public static Background<Void> task(String name, Consumer<IProgressMonitor> task) {
		return new Background<>(name, monitor -> {
			task.accept(monitor);
			return null;
		});
	}

	/** Shows the part of {@code partSite} busy (its title in italics, a busy cursor on it) while the work runs. */
	public Background<R> busyIn(IWorkbenchPartSite partSite) {
		this.site = partSite;
		return this;
	}

	/** Hands the outcome to the UI thread only while {@code control} lives; without it nothing is handed over. */
	public Background<R> deliverTo(Control control) {
		this.owner = control;
		return this;
	}

	public Background<R> onSuccess(Consumer<? super R> consumer) {
		this.onSuccess = Objects.requireNonNull(consumer);
		return this;
	}

	public Background<R> onFailure(Consumer<? super Failure> consumer) {
		this.onFailure = Objects.requireNonNull(consumer);
		return this;
	}

	/** Shows the Job's progress in a dialog (work a person asked for and waits for, such as a login). */
	public Background<R> user() {
		this.user = true;
		return this;
	}

	/** Hides the Job from the Progress view (housekeeping a person did not ask for). */
	public Background<R> system() {
		this.system = true;
		return this;
	}

	/** Runs the Job under {@code schedulingRule}: Jobs with conflicting rules run one after the other, in order. */
	public Background<R> rule(ISchedulingRule schedulingRule) {
		this.rule = schedulingRule;
		return this;
	}

	/** Schedules the Job and returns it (to cancel or join it). */
	public Job schedule() {
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return Background.this.run(monitor);
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == SeatkeeperUi.JOB_FAMILY;
			}
		};
		job.setSystem(system);
		job.setUser(user);
		job.setRule(rule);
		if (site != null) {
			IWorkbenchSiteProgressService progress = site.getAdapter(IWorkbenchSiteProgressService.class);
			if (progress != null) {
				progress.schedule(job);
				return job;
			}
		}
		job.schedule();
		return job;
	}

	private IStatus run(IProgressMonitor monitor) {
		Failure failure;
		try {
			R result = work.run(monitor);
			deliver(monitor, () -> onSuccess.accept(result));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (ServerException e) {
			failure = new Failure.Server(e);
		} catch (IOException e) {
			failure = new Failure.File(e);
		} catch (UncheckedIOException e) {
			failure = new Failure.File(e.getCause());
		} catch (RuntimeException e) {
			failure = new Failure.Unexpected(e);
		}
		Failure failed = failure;
		deliver(monitor, () -> onFailure.accept(failed));
		if (failed instanceof Failure.Unexpected unexpected) {
			// a bug: the Error Log is for these, and only these
			return Status.error(name + " failed: " + unexpected.cause(), unexpected.cause());
		}
		return Status.OK_STATUS; // shown where the person acted; expected failures stay out of the Error Log
	}

	private void deliver(IProgressMonitor monitor, Runnable outcome) {
		if (owner != null && !monitor.isCanceled()) {
			inUi(owner, () -> {
				if (!monitor.isCanceled()) {
					outcome.run();
				}
			});
		}
	}

	/** Runs {@code action} on the UI thread, later, if {@code owner} still lives then; from any thread. */
	public static void inUi(Control owner, Runnable action) {
		if (owner == null || owner.isDisposed()) {
			return;
		}
		Display display = owner.getDisplay();
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (!owner.isDisposed()) {
				action.run();
			}
		});
	}
}
