package org.seatkeeper.model.ui.tests.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.seatkeeper.model.ui.ModelUi;
import org.seatkeeper.testing.ui.UiTestSupport;

/**
 * The editor's speed goals, measured in a real workbench (run with {@code ./seatkeeper bench editor};
 * not part of the test run, and it checks no time):
 * <ol>
 * <li>re-highlighting after a keystroke in a 20,000-line file (goal: ≤ 16 ms), timed around the
 * document change, which repairs the presentation synchronously on the UI thread. A character is typed
 * and deleted every {@value #BETWEEN_KEYSTROKES_MS} ms (faster than anyone types), with the event loop
 * running in between as it does while typing. The samples during which a garbage collection ran are
 * also shown apart, since a collection pauses every thread, and where keystrokes over 5 ms spent their
 * time is shown by sampling the UI thread's stack;</li>
 * <li>typing while a 900 KB file is validated: the keystrokes' times and the longest the UI thread
 * was kept from its event loop while the validation job ran.</li>
 * </ol>
 */
class EditorBenchmark {

	static final Random RANDOM = new Random(7);

	static String generate(int targetLines, int targetBytes) {
		StringBuilder text = new StringBuilder("// generated for the editor benchmark\nmodel \"bench\" {\n  partitions {\n");
		int lines = 3;
		int pools = Math.max(10, targetLines / 2);
		for (int p = 0; (targetLines > 0 ? lines < targetLines / 2 : text.length() < targetBytes / 2) && p < 1_000_000; p++) {
			text.append("    partition \"pool").append(p).append("\" { \"f").append(p % 97).append("\" ").append(1 + p % 3).append('.')
					.append(p % 10).append(' ').append(1 + p % 50).append(p % 4 == 0 ? "%" : "").append(" }\n");
			lines++;
			pools = p + 1;
		}
		text.append("  }\n");
		lines++;
		for (int r = 0; targetLines > 0 ? lines < targetLines - 2 : text.length() < targetBytes - 200; r++) {
			if (r % 10 == 0) {
				text.append("  // rules for site ").append(r / 10).append('\n');
			} else {
				text.append("  on hostname(\"~/host-").append(r).append("-[0-9]+/\") && !dictionary(\"tier\" : \"t").append(r % 5)
						.append("\") { use \"pool").append(r % pools).append("\" accept }\n");
			}
			lines++;
		}
		text.append("  on any() { use \"default\" accept }\n}\n");
		return text.toString();
	}

	static ITextEditor open(IProject project, String name, String text) throws Exception {
		IFile file = project.getFile(name);
		if (file.exists()) {
			file.delete(true, null);
		}
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
		UiTestSupport.processEvents();
		UiTestSupport.waitForJobs(ModelUi.JOB_FAMILY);
		return editor;
	}

	static void replace(IDocument document, int offset, int length, String text) {
		try {
			document.replace(offset, length, text);
		} catch (org.eclipse.jface.text.BadLocationException e) {
			throw new IllegalStateException(e);
		}
	}

	static double percentile(List<Double> values, double p) {
		if (values.isEmpty()) {
			return 0;
		}
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1));
	}

	/** Runs the event loop for {@code millis}, as between the keystrokes of a fast typist. */
	static void pause(int millis) {
		Display display = Display.getCurrent();
		long until = System.nanoTime() + millis * 1_000_000L;
		boolean[] woken = { false };
		display.timerExec(millis, () -> woken[0] = true);
		while (!woken[0] || System.nanoTime() < until) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}

	/** The number of collections so far, of all collectors. */
	static long collections() {
		long total = 0;
		for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
			total += Math.max(0, gc.getCollectionCount());
		}
		return total;
	}

	/** Times keystrokes: each sample is a duration in ms and whether a garbage collection ran during it. */
	static final class Keystrokes {
		final List<Double> all = new ArrayList<>();
		final List<Double> withoutCollection = new ArrayList<>();

		/** Times {@code keystroke}. */
		void time(Runnable keystroke) {
			long collectionsBefore = collections();
			long start = System.nanoTime();
			SlowKeystrokes.keystrokeStart = start;
			keystroke.run();
			SlowKeystrokes.keystrokeStart = 0;
			double millis = (System.nanoTime() - start) / 1e6;
			all.add(millis);
			if (collections() == collectionsBefore) {
				withoutCollection.add(millis);
			}
		}

		String summary() {
			return String.format("%d keystrokes, median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms, %d over 16 ms; "
					+ "the %d during which no garbage collection ran: p99 %.2f ms, max %.2f ms", all.size(), percentile(all, 50),
					percentile(all, 95), percentile(all, 99), percentile(all, 100), all.stream().filter(t -> t > 16).count(),
					withoutCollection.size(), percentile(withoutCollection, 99), percentile(withoutCollection, 100));
		}
	}

	/**
	 * Where slow keystrokes spend their time: while a keystroke has lasted over 5 ms, the UI thread's stack
	 * is sampled every millisecond, and each sample is counted under the first cause its frames show.
	 */
	static final class SlowKeystrokes {
		private static final String[][] CAUSES = { //
				{ "Display.getCursorLocation", "waiting for the X server (SWT asks for the pointer after every style change)" },
				{ "StyledText.setStyleRanges", "StyledText storing its style ranges" },
				{ "StyledText.handleTextChanged", "StyledText laying out the changed line" },
				{ "Partitioner", "partitioning" }, //
				{ "SynchronizableDocument", "waiting for the document's lock" } };
		static volatile long keystrokeStart;
		private static final java.util.Map<String, Integer> SAMPLES = new java.util.concurrent.ConcurrentHashMap<>();
		private static java.util.concurrent.ScheduledExecutorService sampler;

		static void start(Thread ui) {
			sampler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(task -> {
				Thread thread = new Thread(task, "slow keystroke sampler");
				thread.setDaemon(true);
				return thread;
			});
			sampler.scheduleAtFixedRate(() -> {
				long start = keystrokeStart;
				if (start != 0 && System.nanoTime() - start > 5_000_000L) {
					SAMPLES.merge(cause(ui.getStackTrace()), 1, Integer::sum);
				}
			}, 1, 1, java.util.concurrent.TimeUnit.MILLISECONDS);
		}

		private static String cause(StackTraceElement[] stack) {
			for (StackTraceElement frame : stack) {
				String name = frame.getClassName() + "." + frame.getMethodName();
				for (String[] cause : CAUSES) {
					if (name.contains(cause[0])) {
						return cause[1];
					}
				}
			}
			return stack.length == 0 ? "?" : "other (" + stack[0].getClassName() + "." + stack[0].getMethodName() + ")";
		}

		/** The counts since the last summary, largest first; and a new count begins. */
		static String summary() {
			String summary = SAMPLES.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(6)
					.map(e -> e.getValue() + " " + e.getKey()).collect(java.util.stream.Collectors.joining(", "));
			SAMPLES.clear();
			return summary.isEmpty() ? "none" : summary;
		}

		static void stop() {
			sampler.shutdownNow();
		}
	}

	/** The pause between keystrokes: 20 characters a second, faster than anyone types. */
	static final int BETWEEN_KEYSTROKES_MS = 50;

	/**
	 * At random lines, 4 characters in: shows the place, then types a character (x or ") and deletes it, with
	 * {@link #BETWEEN_KEYSTROKES_MS} between; the first 30 places warm up and are not counted.
	 */
	static Keystrokes typeAndDelete(IDocument document, java.util.function.IntConsumer reveal) throws Exception {
		int lines = document.getNumberOfLines();
		Keystrokes keystrokes = new Keystrokes();
		for (int i = 0; i < 330; i++) {
			int offset = document.getLineOffset(3 + RANDOM.nextInt(lines - 6)) + 4;
			reveal.accept(offset);
			pause(BETWEEN_KEYSTROKES_MS);
			String typed = i % 2 == 0 ? "x" : "\"";
			Keystrokes sample = i >= 30 ? keystrokes : new Keystrokes();
			sample.time(() -> replace(document, offset, 0, typed));
			pause(BETWEEN_KEYSTROKES_MS);
			sample.time(() -> replace(document, offset, 1, ""));
		}
		return keystrokes;
	}

	@Test
	void keystrokesAndValidation() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("editor-benchmark");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		try {
			SlowKeystrokes.start(Thread.currentThread());
			highlightingAlone();
			highlighting(project);
			typingDuringValidation(project);
		} finally {
			SlowKeystrokes.stop();
			PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
			project.delete(true, true, null);
		}
	}

	/**
	 * Re-highlighting alone: a source viewer with only the editor's partitioning and presentation
	 * reconciler, so that the time is the damage and repair of what changed and its drawing.
	 */
	private void highlightingAlone() throws Exception {
		String text = generate(20_000, 0);
		org.eclipse.swt.widgets.Shell shell = new org.eclipse.swt.widgets.Shell(Display.getCurrent());
		shell.setSize(1000, 700);
		shell.setLayout(new org.eclipse.swt.layout.FillLayout());
		try {
			org.eclipse.jface.text.source.SourceViewer viewer = new org.eclipse.jface.text.source.SourceViewer(shell, null,
					org.eclipse.swt.SWT.V_SCROLL | org.eclipse.swt.SWT.H_SCROLL);
			org.seatkeeper.model.ui.internal.highlight.ModelPresentationReconciler reconciler = new org.seatkeeper.model.ui.internal.highlight.ModelPresentationReconciler();
			viewer.configure(new org.eclipse.jface.text.source.SourceViewerConfiguration() {
				@Override
				public org.eclipse.jface.text.presentation.IPresentationReconciler getPresentationReconciler(
						org.eclipse.jface.text.source.ISourceViewer sourceViewer) {
					return reconciler;
				}

				@Override
				public String getConfiguredDocumentPartitioning(org.eclipse.jface.text.source.ISourceViewer sourceViewer) {
					return org.seatkeeper.model.ui.internal.highlight.ModelPartitions.PARTITIONING;
				}
			});
			IDocument document = new org.eclipse.jface.text.Document(text);
			new org.seatkeeper.model.ui.internal.highlight.ModelPartitions().setup(document);
			viewer.setDocument(document);
			shell.open();
			UiTestSupport.processEvents();
			int lines = document.getNumberOfLines();
			SlowKeystrokes.summary();
			Keystrokes keystrokes = typeAndDelete(document, offset -> viewer.revealRange(offset, 0));
			System.out.printf("[bench] editor: re-highlighting in %,d lines (a source viewer with the editor's highlighting only), "
					+ "typing and deleting a character every %d ms: %s (goal: <= 16 ms)%n", lines, BETWEEN_KEYSTROKES_MS, keystrokes.summary());
			System.out.printf("[bench] editor:   where those over 5 ms spent it (UI thread sampled every ms): %s%n", SlowKeystrokes.summary());
		} finally {
			shell.dispose();
		}
	}

	private void highlighting(IProject project) throws Exception {
		String text = generate(20_000, 0);
		ITextEditor editor = open(project, "big.model", text);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		StyledText widget = (StyledText) editor.getAdapter(Control.class);
		int lines = document.getNumberOfLines();
		SlowKeystrokes.summary();
		Keystrokes keystrokes = typeAndDelete(document, offset -> editor.selectAndReveal(offset, 0));
		StyleRange keyword = widget.getStyleRangeAtOffset(text.indexOf("model \"bench\""));
		assertTrue(keyword != null && keyword.foreground != null, "the file is highlighted");
		System.out.printf("[bench] editor: %,d lines (%,d bytes) in the full editor (folding, outline, markers, validation), "
				+ "typing and deleting a character every %d ms, each timed with its re-highlighting: %s (goal: <= 16 ms)%n", lines,
				text.length(), BETWEEN_KEYSTROKES_MS, keystrokes.summary());
		System.out.printf("[bench] editor:   where those over 5 ms spent it (UI thread sampled every ms): %s%n", SlowKeystrokes.summary());
		editor.getSite().getPage().closeEditor(editor, false);
	}

	private void typingDuringValidation(IProject project) throws Exception {
		String text = generate(0, 900 * 1024 - 1024);
		ITextEditor editor = open(project, "900kb.model", text);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		Display display = Display.getCurrent();
		List<Double> keystrokes = new ArrayList<>();
		List<Double> stalls = new ArrayList<>();
		SlowKeystrokes.summary();
		long validating = 0;
		int offset = text.indexOf("on any()");
		for (int i = 0; i < 30; i++) {
			long start = System.nanoTime();
			SlowKeystrokes.keystrokeStart = start;
			document.replace(offset, 0, "x");
			SlowKeystrokes.keystrokeStart = 0;
			keystrokes.add((System.nanoTime() - start) / 1e6);
			offset++;
			// let the validation start (300 ms after the change) and run, sampling the event loop every ms
			long until = System.nanoTime() + 700_000_000L;
			long last = System.nanoTime();
			while (System.nanoTime() < until) {
				boolean running = Job.getJobManager().find(ModelUi.JOB_FAMILY).length > 0
						&& java.util.Arrays.stream(Job.getJobManager().find(ModelUi.JOB_FAMILY)).anyMatch(j -> j.getState() == Job.RUNNING);
				long[] tick = { 0 };
				display.timerExec(1, () -> tick[0] = System.nanoTime());
				SlowKeystrokes.keystrokeStart = running ? System.nanoTime() : 0;
				while (tick[0] == 0) {
					if (!display.readAndDispatch()) {
						display.sleep();
					}
				}
				SlowKeystrokes.keystrokeStart = 0;
				if (running) {
					stalls.add((tick[0] - last) / 1e6);
					validating++;
				}
				last = tick[0];
			}
		}
		String gaps = SlowKeystrokes.summary();
		long start = System.nanoTime();
		org.seatkeeper.model.ModelAnalysis.of(document.get());
		double analysis = (System.nanoTime() - start) / 1e6;
		System.out.printf("[bench] editor: typing in a %,d-byte file while it is validated (%.0f ms per analysis, off the UI thread): "
				+ "%d keystrokes, median %.2f ms, max %.2f ms; event loop while validation ran (%d samples): median gap %.2f ms, "
				+ "max gap %.2f ms%n", document.getLength(), analysis, keystrokes.size(), percentile(keystrokes, 50),
				percentile(keystrokes, 100), validating, stalls.isEmpty() ? 0 : percentile(stalls, 50),
				stalls.isEmpty() ? 0 : percentile(stalls, 100));
		System.out.printf("[bench] editor:   where the keystrokes and event-loop gaps over 5 ms went (UI thread sampled every ms): %s%n", gaps);
		assertTrue(validating > 0, "the validation ran while the benchmark was typing");
		editor.getSite().getPage().closeEditor(editor, false);
	}
}
