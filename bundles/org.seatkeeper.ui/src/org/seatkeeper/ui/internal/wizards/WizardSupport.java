package org.seatkeeper.ui.internal.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.jobs.Background;

/** What the wizards share: work off the UI thread, file fields, and server calls in the wizard's container. */
final class WizardSupport {

	/** Work with the server or the file system that may fail. */
	@FunctionalInterface
	interface Call<T> {
		T run(IProgressMonitor monitor) throws ServerException, IOException;
	}

	private WizardSupport() {
	}

	/**
	 * Runs {@code work} in a system Job of Seatkeeper's family, then {@code show} with its result on the UI
	 * thread, unless {@code owner} is disposed by then.
	 */
	static <T> void inBackground(String name, Control owner, Function<IProgressMonitor, T> work, Consumer<T> show) {
		Background.work(name, work::apply).system().deliverTo(owner).onSuccess(show).schedule();
	}

	/**
	 * A label, a path field and a Browse... button that fills it, in three columns of {@code body};
	 * {@code style} is {@link SWT#OPEN} or {@link SWT#SAVE} (which asks before replacing a file).
	 */
	static Text fileField(Composite body, String label, String hint, String dialogTitle, int style, String[] extensions,
			String[] names) {
		new Label(body, SWT.NONE).setText(label);
		Text path = new Text(body, SWT.BORDER | SWT.SINGLE);
		path.setMessage(hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(path);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.Wizards_browse);
		browse.addListener(SWT.Selection, event -> {
			String chosen = choose(body.getShell(), style, dialogTitle, extensions, names, path(path.getText()));
			if (chosen != null) {
				path.setText(chosen);
			}
		});
		return path;
	}

	/**
	 * The file the user picks in a {@link FileDialog} of {@code style} ({@link SWT#OPEN}, or {@link SWT#SAVE},
	 * which asks before replacing a file), starting at {@code current}; {@code null} when cancelled.
	 */
	static String choose(Shell shell, int style, String title, String[] extensions, String[] names, java.nio.file.Path current) {
		FileDialog dialog = new FileDialog(shell, style);
		dialog.setText(title);
		dialog.setFilterExtensions(extensions);
		dialog.setFilterNames(names);
		dialog.setOverwrite(style == SWT.SAVE);
		if (current != null && current.getParent() != null) {
			dialog.setFilterPath(current.getParent().toString());
			if (style == SWT.SAVE && current.getFileName() != null) {
				dialog.setFileName(current.getFileName().toString());
			}
		}
		return dialog.open();
	}

	/** The absolute path {@code text} names, or {@code null} when it is blank or no path. */
	static java.nio.file.Path path(String text) {
		try {
			return text.isBlank() ? null : java.nio.file.Path.of(text.strip()).toAbsolutePath();
		} catch (java.nio.file.InvalidPathException e) {
			return null;
		}
	}

	/**
	 * Runs {@code call} in the wizard's container, forked and cancellable, as the task {@code task}.
	 *
	 * @throws InvocationTargetException with the {@link ServerException} or {@link IOException} that ended it
	 * @throws InterruptedException      when the user cancelled
	 */
	static <T> T call(IWizardContainer container, String task, Call<T> call) throws InvocationTargetException, InterruptedException {
		Object[] result = new Object[1];
		container.run(true, true, monitor -> {
			monitor.beginTask(task, IProgressMonitor.UNKNOWN);
			try {
				result[0] = call.run(monitor);
			} catch (ServerException | IOException e) {
				throw new InvocationTargetException(e);
			} finally {
				monitor.done();
			}
		});
		@SuppressWarnings("unchecked")
		T answer = (T) result[0];
		return answer;
	}

	/** What to tell the user of a failure that {@link #call} threw. */
	/**
	 * Writes a failure to the Error Log only when it is unexpected: a server's refusal or a file problem is shown on
	 * the page where the person acts, and the log is for bugs.
	 */
	static void logIfUnexpected(InvocationTargetException e, String message) {
		if (!(e.getCause() instanceof ServerException) && !(e.getCause() instanceof IOException)) {
			org.eclipse.core.runtime.ILog.of(WizardSupport.class).log(org.eclipse.core.runtime.Status.error(message, e.getCause()));
		}
	}

	static String reason(InvocationTargetException e) {
		return e.getCause() instanceof ServerException refusal ? ServerConnections.explain(refusal)
				: e.getCause() instanceof IOException io ? io.getMessage() : String.valueOf(e.getCause());
	}
}
