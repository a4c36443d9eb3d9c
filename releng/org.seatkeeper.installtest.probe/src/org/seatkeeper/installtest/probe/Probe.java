package org.seatkeeper.installtest.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.osgi.framework.Bundle;

/**
 * The install test's eyes inside a plain Eclipse platform into which the model-definition editor was
 * installed with the p2 director. It uses platform API only and knows the editor by ids and texts:
 * given {@code -Dseatkeeper.probe.file=FILE.model} it opens the file as a user would (File › Open File),
 * checks what a user would see, writes one line per check to {@code -Dseatkeeper.probe.report}
 * ({@code PASS name: detail} or {@code FAIL name: detail}), takes a screenshot to
 * {@code -Dseatkeeper.probe.screenshot} if given, and closes the workbench.
 */
public final class Probe implements IStartup {

	static final String CONTENT_TYPE = "org.seatkeeper.model.definition";
	static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";
	static final long WAIT_MILLIS = 30_000;

	private final List<String> report = new ArrayList<>();

	@Override
	public void earlyStartup() {
		String file = System.getProperty("seatkeeper.probe.file");
		if (file == null) {
			return;
		}
		Path reportFile = Path.of(System.getProperty("seatkeeper.probe.report", file + ".report"));
		try {
			run(Path.of(file));
		} catch (RuntimeException | Error e) {
			report.add("FAIL probe: " + e);
		} finally {
			try {
				Files.write(reportFile, report, StandardCharsets.UTF_8);
			} catch (IOException e) {
				System.err.println("The probe could not write its report " + reportFile + ": " + e);
			}
			Display.getDefault().asyncExec(() -> PlatformUI.getWorkbench().close());
		}
	}

	private void check(String name, boolean passed, String detail) {
		report.add((passed ? "PASS " : "FAIL ") + name + ": " + detail);
	}

	private static <T> T ui(Supplier<T> work) {
		AtomicReference<T> result = new AtomicReference<>();
		Display.getDefault().syncExec(() -> result.set(work.get()));
		return result.get();
	}

	/** Asks {@code condition} on the UI thread until it is true or the time is up; true if it became true. */
	private static boolean waitFor(Supplier<Boolean> condition) {
		long end = System.currentTimeMillis() + WAIT_MILLIS;
		while (System.currentTimeMillis() < end) {
			if (Boolean.TRUE.equals(ui(condition))) {
				return true;
			}
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return false;
	}

	private void run(Path file) {
		for (String id : List.of("org.seatkeeper.model", "org.seatkeeper.model.ui")) {
			Bundle bundle = Platform.getBundle(id);
			check("installed " + id, bundle != null, bundle == null ? "not in the platform" : bundle.getVersion() + " " + state(bundle));
		}
		IContentType type = Platform.getContentTypeManager().findContentTypeFor(file.getFileName().toString());
		check("content type", type != null && type.getId().equals(CONTENT_TYPE), type == null ? "none" : type.getId());

		IEditorPart editor = ui(() -> {
			try {
				IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
				return IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
			} catch (Exception e) {
				report.add("FAIL open: " + e);
				return null;
			}
		});
		if (editor == null) {
			return;
		}
		String editorId = ui(() -> editor.getSite().getId());
		check("editor", GENERIC_EDITOR.equals(editorId), editorId + " titled " + ui(editor::getTitle));
		ITextEditor text = editor.getAdapter(ITextEditor.class);
		String content = ui(() -> text.getDocumentProvider().getDocument(text.getEditorInput()).get());

		// highlighting: the keyword "partition" is bold and coloured unlike the string after it
		int keyword = content.indexOf("partition ");
		int string = content.indexOf('"', keyword);
		StyledText widget = (StyledText) editor.getAdapter(Control.class);
		boolean styled = waitFor(() -> {
			StyleRange style = widget.getStyleRangeAtOffset(keyword);
			return style != null && (style.fontStyle & SWT.BOLD) != 0;
		});
		String styles = ui(() -> describe(widget.getStyleRangeAtOffset(keyword)) + " / string " + describe(widget.getStyleRangeAtOffset(string)));
		boolean differ = ui(() -> {
			StyleRange a = widget.getStyleRangeAtOffset(keyword);
			StyleRange b = widget.getStyleRangeAtOffset(string);
			return a != null && b != null && a.foreground != null && b.foreground != null && !a.foreground.equals(b.foreground);
		});
		check("highlighting", styled && differ, "keyword " + styles);

		// validation: the error in the file is marked where it is
		String expected = System.getProperty("seatkeeper.probe.error", "is not defined");
		AtomicReference<String> found = new AtomicReference<>("none");
		boolean marked = waitFor(() -> {
			IAnnotationModel model = text.getDocumentProvider().getAnnotationModel(text.getEditorInput());
			if (model == null) {
				return false;
			}
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				if (annotation.getType().endsWith("error") && annotation.getText() != null && annotation.getText().contains(expected)) {
					found.set(annotation.getText() + " at offset " + model.getPosition(annotation).getOffset());
					return true;
				}
			}
			return false;
		});
		check("validation", marked, found.get());

		Object outline = ui(() -> editor.getAdapter(IContentOutlinePage.class));
		check("outline", outline != null, outline == null ? "none" : outline.getClass().getSimpleName());

		String screenshot = System.getProperty("seatkeeper.probe.screenshot");
		if (screenshot != null) {
			ui(() -> {
				screenshot(editor.getSite().getShell(), Path.of(screenshot));
				return null;
			});
		}
	}

	private static String state(Bundle bundle) {
		return switch (bundle.getState()) {
			case Bundle.ACTIVE -> "active";
			case Bundle.RESOLVED -> "resolved";
			case Bundle.STARTING -> "starting (lazy)";
			default -> "state " + bundle.getState();
		};
	}

	private static String describe(StyleRange style) {
		if (style == null) {
			return "plain";
		}
		return ((style.fontStyle & SWT.BOLD) != 0 ? "bold " : "") + (style.foreground == null ? "default colour" : style.foreground.getRGB().toString());
	}

	private static void screenshot(Shell shell, Path file) {
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
