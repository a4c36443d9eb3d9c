package org.seatkeeper.testing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/**
 * Drives real SWT widgets in UI tests, on the display thread: find widgets, post events, and wait for a
 * condition with a deadline while the event loop keeps running. Never sleeps for a fixed time.
 */
public final class UiTestSupport {

	/** How long a condition may take before the test fails. */
	public static final Duration TIMEOUT = Duration.ofSeconds(30);

	private UiTestSupport() {
	}

	public static Display display() {
		Display display = Display.getCurrent();
		if (display == null) {
			fail("UI tests must run on the display thread (useUIThread=true)");
		}
		return display;
	}

	/** Runs the event loop until no event is waiting. */
	public static void processEvents() {
		Display display = display();
		while (display.readAndDispatch()) {
			// keep dispatching
		}
	}

	/** Runs the event loop until {@code condition} holds; fails after {@link #TIMEOUT} naming {@code what}. */
	public static void waitUntil(String what, BooleanSupplier condition) {
		waitUntil(what, condition, TIMEOUT);
	}

	public static void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
		Display display = display();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				// wake up at least every 20 ms to look at the condition again
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Waits for {@code supplier} to give a non-null value and returns it. */
	public static <T> T waitFor(String what, Supplier<T> supplier) {
		List<T> found = new ArrayList<>(1);
		waitUntil(what, () -> {
			T value = supplier.get();
			if (value != null) {
				found.add(value);
			}
			return value != null;
		});
		return found.get(0);
	}

	/** Runs the event loop until no job of {@code family} is waiting or running. */
	public static void waitForJobs(Object family) {
		waitUntil("jobs of " + family + " to finish", () -> Job.getJobManager().find(family).length == 0);
	}

	/** All widgets of {@code type} below {@code root} (and {@code root} itself) that match {@code filter}, in tree order. */
	public static <T extends Widget> List<T> findAll(Control root, Class<T> type, Predicate<? super T> filter) {
		List<T> found = new ArrayList<>();
		collect(root, type, filter, found);
		return found;
	}

	private static <T extends Widget> void collect(Control control, Class<T> type, Predicate<? super T> filter,
			List<T> found) {
		if (control.isDisposed()) {
			return;
		}
		if (type.isInstance(control) && filter.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, filter, found);
			}
		}
	}

	/** Waits until exactly one widget of {@code type} below {@code root} matches {@code filter}, and returns it. */
	public static <T extends Widget> T find(Control root, Class<T> type, Predicate<? super T> filter) {
		waitUntil("a " + type.getSimpleName() + " matching the filter", () -> !findAll(root, type, filter).isEmpty());
		List<T> found = findAll(root, type, filter);
		assertEquals(1, found.size(), "widgets of type " + type.getSimpleName() + " matching the filter");
		return found.get(0);
	}

	/** Clicks {@code button} as a user would: it must be enabled, and its selection listeners run. */
	public static void click(Button button) {
		if (!button.isEnabled()) {
			fail("Button '" + button.getText() + "' is disabled");
		}
		if ((button.getStyle() & (SWT.CHECK | SWT.RADIO | SWT.TOGGLE)) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	/**
	 * Answers the next dialog titled {@code title} by pressing its button {@code buttonText}, once it
	 * opens (dialogs run their own event loop, in which this looks for it every 50 ms).
	 */
	public static void answerDialog(String title, String buttonText) {
		whenShell(title, shell -> {
			List<Button> buttons = findAll(shell, Button.class, b -> buttonText.equals(b.getText().replace("&", "")));
			if (buttons.isEmpty()) {
				fail("The dialog '" + title + "' has no button '" + buttonText + "'");
			}
			buttons.get(0).notifyListeners(SWT.Selection, new Event());
		});
	}

	/**
	 * Runs {@code action} on the next visible shell titled {@code title}, once it opens: for a modal
	 * dialog, whose own event loop runs while the code that opened it waits. Looks every 50 ms, up to
	 * {@link #TIMEOUT}.
	 */
	public static void whenShell(String title, java.util.function.Consumer<Shell> action) {
		Display display = display();
		Runnable[] poll = new Runnable[1];
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
					action.accept(shell);
					return;
				}
			}
			if (System.nanoTime() < deadline) {
				display.timerExec(50, poll[0]);
			}
		};
		display.timerExec(50, poll[0]);
	}

	/** The open shell titled {@code title}, once it is open. */
	public static Shell shell(String title) {
		Display display = display();
		return waitFor("a window titled " + title, () -> {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
					return shell;
				}
			}
			return null;
		});
	}

	/** Saves what {@code control} shows on screen as a PNG file and returns its path. */
	public static Path screenshot(Control control, Path file) {
		processEvents();
		// paint everything that is still pending, so that the picture shows the current state
		control.getShell().layout(true, true);
		control.getShell().redraw();
		control.getShell().update();
		Display display = control.getDisplay();
		// GTK paints on its frame clock, not at once: let a few frames pass so the screen is current
		long settled = System.nanoTime() + 300_000_000L;
		while (System.nanoTime() < settled) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
		Point origin = control.toDisplay(0, 0);
		Point size = control.getSize();
		Rectangle area = new Rectangle(origin.x, origin.y, size.x, size.y).intersection(display.getBounds());
		Image image = new Image(display, Math.max(1, area.width), Math.max(1, area.height));
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Files.createDirectories(file.toAbsolutePath().getParent());
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
