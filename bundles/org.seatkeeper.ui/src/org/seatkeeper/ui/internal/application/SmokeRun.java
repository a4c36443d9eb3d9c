package org.seatkeeper.ui.internal.application;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * The product smoke test's probe. When the product is started with
 * {@code -Dseatkeeper.smoke.dir=FOLDER}, it waits until the first window is up and the workbench is
 * idle, writes what the window shows ({@code window.properties}) and a screenshot
 * ({@code screenshot.png}) into FOLDER, and closes the workbench the normal way. With
 * {@code -Dseatkeeper.smoke.views=true} as well, it first shows each of the server's views in turn, the window
 * maximized, and saves each once the workbench is idle ({@code view-features.png}, …): the README's pictures at
 * a screen's size. Without those properties it does nothing.
 */
final class SmokeRun {

	static final String PROPERTY = "seatkeeper.smoke.dir";
	static final String VIEWS_PROPERTY = "seatkeeper.smoke.views";
	private static final int POLL_MS = 250;
	/** Idle polls in a row before the window counts as settled. */
	private static final int SETTLED_POLLS = 8;
	private static final int MAX_POLLS = 240;

	private final IWorkbench workbench;
	private final Path folder;
	private int polls;
	private int idlePolls;
	/** The index in {@link LicenseServerPerspective#SERVER_VIEWS} of the view shown, while views are pictured. */
	private int view = -1;

	private SmokeRun(IWorkbench workbench, Path folder) {
		this.workbench = workbench;
		this.folder = folder;
	}

	static void startIfRequested(IWorkbench workbench) {
		String folder = System.getProperty(PROPERTY);
		if (folder != null && !folder.isBlank()) {
			new SmokeRun(workbench, Path.of(folder)).poll();
		}
	}

	private void poll() {
		Display display = workbench.getDisplay();
		display.timerExec(POLL_MS, () -> {
			polls++;
			idlePolls = Job.getJobManager().isIdle() ? idlePolls + 1 : 0;
			if (idlePolls >= SETTLED_POLLS || polls >= MAX_POLLS) {
				if (Boolean.getBoolean(VIEWS_PROPERTY) && nextView(display)) {
					polls = 0;
					idlePolls = 0;
					poll();
					return;
				}
				report(display);
				workbench.close();
			} else {
				poll();
			}
		});
	}

	/** Saves the view shown (if any) and shows the next one; false when all were pictured. */
	private boolean nextView(Display display) {
		IWorkbenchWindow window = workbench.getWorkbenchWindowCount() > 0 ? workbench.getWorkbenchWindows()[0] : null;
		if (window == null || window.getActivePage() == null) {
			return false;
		}
		Shell shell = window.getShell();
		if (view >= 0) {
			String id = LicenseServerPerspective.SERVER_VIEWS[view];
			writeScreenshot(display, shell.getBounds(), "view-" + id.substring(id.lastIndexOf('.') + 1) + ".png");
		} else {
			shell.setBounds(display.getPrimaryMonitor().getClientArea()); // the whole screen, with or without a window manager
		}
		view++;
		if (view == LicenseServerPerspective.SERVER_VIEWS.length) {
			return false;
		}
		try {
			window.getActivePage().showView(LicenseServerPerspective.SERVER_VIEWS[view]);
		} catch (org.eclipse.ui.PartInitException e) {
			ILog.of(SmokeRun.class).error("Smoke run could not show a view", e);
			return false;
		}
		return true;
	}

	private void report(Display display) {
		try {
			Files.createDirectories(folder);
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			if (window == null && workbench.getWorkbenchWindowCount() > 0) {
				window = workbench.getWorkbenchWindows()[0];
			}
			Properties facts = new Properties();
			facts.setProperty("windows", Integer.toString(workbench.getWorkbenchWindowCount()));
			if (window != null) {
				Shell shell = window.getShell();
				facts.setProperty("title", shell.getText());
				facts.setProperty("visible", Boolean.toString(shell.isVisible()));
				Rectangle bounds = shell.getBounds();
				facts.setProperty("bounds", bounds.x + "," + bounds.y + "," + bounds.width + "," + bounds.height);
				IWorkbenchPage page = window.getActivePage();
				if (page != null && page.getPerspective() != null) {
					facts.setProperty("perspective", page.getPerspective().getId());
					facts.setProperty("views", Arrays.stream(page.getViewReferences()).map(IViewReference::getId)
							.collect(Collectors.joining(",")));
				}
				shell.forceActive();
				while (display.readAndDispatch()) {
					// let the window paint before taking the picture
				}
				writeScreenshot(display, bounds, "screenshot.png");
			}
			StringWriter text = new StringWriter();
			facts.store(text, "What the Seatkeeper window showed");
			Files.writeString(folder.resolve("window.properties"), text.toString(), StandardCharsets.UTF_8);
		} catch (IOException | RuntimeException e) {
			ILog.of(SmokeRun.class).error("Smoke run could not write its report to " + folder, e);
		}
	}

	private void writeScreenshot(Display display, Rectangle bounds, String name) {
		Rectangle area = bounds.intersection(display.getBounds());
		if (area.isEmpty()) {
			return;
		}
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			Files.createDirectories(folder);
			loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
		} catch (IOException e) {
			ILog.of(SmokeRun.class).error("Smoke run could not write " + name, e);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
