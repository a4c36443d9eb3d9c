package org.seatkeeper.model.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.model.ModelFormatter;
import org.seatkeeper.model.allocation.ServerFeature;
import org.seatkeeper.model.ui.ModelServer;
import org.seatkeeper.model.ui.ModelUi;
import org.seatkeeper.model.ui.internal.assist.ModelContentAssistProcessor;
import org.seatkeeper.model.ui.internal.assist.ModelTextHover;
import org.seatkeeper.model.ui.internal.editor.ModelEditorTester;
import org.seatkeeper.model.ui.internal.outline.ModelOutlinePage;
import org.seatkeeper.model.ui.internal.outline.OutlineNode;
import org.seatkeeper.model.ui.internal.server.ModelServers;
import org.seatkeeper.model.ui.internal.server.UploadToServer;
import org.seatkeeper.testing.ui.UiTestSupport;

/** The editor's features as a user meets them: folding, outline, content assist, format, comments, typing help. */
class EditorFeaturesTest {

	static final String TEXT = ModelEditorTest.TEXT;

	IProject project;
	IFile file;
	ITextEditor editor;
	IWorkbenchPage page;

	@BeforeEach
	void open() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("model-editor-features");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		file = project.getFile("features.model");
		if (file.exists()) {
			file.delete(true, null);
		}
		file.create(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), true, null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		editor = (ITextEditor) IDE.openEditor(page, file);
		UiTestSupport.processEvents();
	}

	@AfterEach
	void close() throws CoreException {
		page.closeEditor(editor, false);
		project.delete(true, true, null);
	}

	IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	ProjectionViewer viewer() {
		return (ProjectionViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	List<Position> foldingPositions() {
		ProjectionAnnotationModel model = viewer().getProjectionAnnotationModel();
		List<Position> positions = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			positions.add(model.getPosition(it.next()));
		}
		positions.sort((a, b) -> Integer.compare(a.getOffset(), b.getOffset()));
		return positions;
	}

	@Test
	void aloneInTheIdeTheEditorHasNoServerAndHidesUploadToServer() {
		assertTrue(ModelServers.find().isEmpty(), "no application offers a server here");
		assertFalse(new ModelEditorTester().test(editor, "hasServer", new Object[0], null));
		assertFalse(new UploadToServer().isEnabled());
		int line = TEXT.indexOf("\"f1\" 1.0 5") + 2;
		assertNull(new ModelTextHover().getHoverInfo(viewer(), new Region(line, 0)),
				"a feature line has no hover without a server");
	}

	/** A server that counts how often it is asked, and can fail. */
	static final class CountingServer implements ModelServer {
		final AtomicInteger asked = new AtomicInteger();
		volatile String failure;

		@Override
		public Optional<String> connected() {
			return Optional.of("Test server");
		}

		@Override
		public String describe() {
			return "Test server";
		}

		@Override
		public List<ServerFeature> features(IProgressMonitor monitor)
				throws CoreException {
			asked.incrementAndGet();
			if (failure != null) {
				throw new CoreException(Status.error(failure));
			}
			return EditorLogicTest.SERVER;
		}

		@Override
		public String upload(String definition, IProgressMonitor monitor) {
			throw new UnsupportedOperationException();
		}
	}

	private static <T> T inBackground(Supplier<T> work) {
		CompletableFuture<T> future = CompletableFuture.supplyAsync(work);
		UiTestSupport.waitUntil("the background computation", future::isDone);
		return future.join();
	}

	@Test
	void theServersFeaturesAreAskedForOnceWhileFreshAndAFailureIsShownInTheHover() {
		CountingServer server = new CountingServer();
		ModelServers.override(server);
		try {
			int lineStart = TEXT.indexOf("{ \"f1\" 1.0 5") + 2;
			ModelContentAssistProcessor processor = new ModelContentAssistProcessor();
			List<String> first = inBackground(() -> Arrays.stream(processor.computeCompletionProposals(viewer(), lineStart))
					.map(ICompletionProposal::getDisplayString).toList());
			assertEquals(List.of("cad-pro", "f1", "f2"), first.stream().map(d -> d.substring(0, d.indexOf(' '))).toList());
			inBackground(() -> processor.computeCompletionProposals(viewer(), lineStart));
			assertEquals(1, server.asked.get(), "asked once, then reused");
			assertEquals(3, processor.computeCompletionProposals(viewer(), lineStart).length, "the UI thread uses what is kept");
			assertEquals(1, server.asked.get(), "the UI thread never asks the server");

			ModelServers.forget();
			server.failure = "Connection refused";
			int line = TEXT.indexOf("\"f1\" 1.0 5") + 2;
			String hover = inBackground(() -> new ModelTextHover().getHoverInfo(viewer(),
					new Region(line, 0)));
			assertEquals("The server Test server could not be asked for the feature's counts: Connection refused", hover);
			assertEquals(2, server.asked.get());
			inBackground(() -> new ModelTextHover().getHoverInfo(viewer(),
					new Region(line, 0)));
			assertEquals(2, server.asked.get(), "a failed server is not asked again at once");
		} finally {
			ModelServers.override(null);
		}
	}

	@Test
	void blocksFoldAndFollowEdits() {
		UiTestSupport.waitUntil("two folding regions", () -> {
			UiTestSupport.waitForJobs(ModelUi.JOB_FAMILY);
			return foldingPositions().size() == 2;
		});
		assertEquals(TEXT.indexOf("model"), foldingPositions().get(0).getOffset());
		int end = TEXT.indexOf("  on any()");
		editor.selectAndReveal(end, 0);
		try {
			document().replace(end, 0, "  on any() {\n    deny\n  }\n");
		} catch (org.eclipse.jface.text.BadLocationException e) {
			throw new AssertionError(e);
		}
		UiTestSupport.waitUntil("a third folding region for the new rule", () -> {
			UiTestSupport.waitForJobs(ModelUi.JOB_FAMILY);
			return foldingPositions().size() == 3;
		});
	}

	@Test
	void theOutlineShowsPoolsAndRulesAndFollowsTheCaret() throws PartInitException {
		ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
		page.activate(editor);
		ModelOutlinePage outlinePage = UiTestSupport.waitFor("the model's outline page",
				() -> outline.getCurrentPage() instanceof ModelOutlinePage p && !p.nodes().isEmpty() ? p : null);
		OutlineNode model = outlinePage.nodes().get(0);
		assertEquals(3, model.children().size());
		editor.selectAndReveal(TEXT.indexOf("\"sales\""), 0);
		UiTestSupport.waitUntil("the sales pool selected in the outline", () -> {
			var selection = (org.eclipse.jface.viewers.IStructuredSelection) outlinePage.getSelection();
			return selection.getFirstElement() instanceof ModelOutlinePage.Row row && outlinePage.node(row) != null
					&& outlinePage.node(row).label().equals("partition \"sales\"");
		});
		UiTestSupport.screenshot(editor.getAdapter(org.eclipse.swt.widgets.Control.class).getShell(),
				Path.of("target", "screenshots", "model-editor-outline.png"));

		// one column (so that SWT does not measure every expanded row after each change), as wide as the
		// view, and wider for a row too long for it
		org.eclipse.swt.widgets.Tree tree = (org.eclipse.swt.widgets.Tree) outlinePage.getControl();
		assertEquals(1, tree.getColumnCount());
		assertTrue(tree.getColumn(0).getWidth() >= tree.getClientArea().width, tree.getColumn(0).getWidth() + " px");
		int before = tree.getColumn(0).getWidth();
		String longRule = "on hostname(\"~/" + "a-very-long-host-name-pattern-".repeat(12) + "/\") { use \"sales\" accept }\n";
		replace(TEXT.indexOf("  on any()"), 0, longRule);
		UiTestSupport.waitUntil("the long rule in the outline", () -> outlinePage.nodes().get(0).children().size() == 4);
		UiTestSupport.processEvents();
		String label = outlinePage.nodes().get(0).children().get(2).label();
		assertTrue(label.startsWith("on hostname(\"~/a-very-long") && label.endsWith("\u2026"), label);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(tree);
		int needed = gc.textExtent(label).x;
		gc.dispose();
		assertTrue(needed > before, "the label is wider than the view");
		UiTestSupport.waitUntil("the column widened for the long rule", () -> tree.getColumn(0).getWidth() >= needed);
	}

	private void replace(int offset, int length, String text) {
		try {
			document().replace(offset, length, text);
		} catch (org.eclipse.jface.text.BadLocationException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void plainTextHasNoStyleRangeSoThatTheWidgetHoldsFewer() {
		StyledText widget = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		int space = TEXT.indexOf("model \"example\"") + 5;
		assertEquals(' ', TEXT.charAt(space));
		assertNull(widget.getStyleRangeAtOffset(space), "white space has no style range");
		assertTrue(widget.getStyleRangeAtOffset(space - 1) != null, "the keyword before it has one");
	}

	@Test
	void theCaretOnAPoolNameMarksItsDefinitionAndUses() {
		page.activate(editor);
		editor.selectAndReveal(TEXT.indexOf("\"engineering\" accept") + 3, 0);
		UiTestSupport.waitUntil("two pool occurrences marked", () -> {
			UiTestSupport.waitForJobs(ModelUi.JOB_FAMILY);
			List<Position> marked = new ArrayList<>();
			var model = viewer().getAnnotationModel();
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				if (annotation.getType().equals("org.eclipse.ui.genericeditor.text")) {
					marked.add(model.getPosition(annotation));
				}
			}
			return marked.size() == 2 && marked.stream().anyMatch(p -> p.getOffset() == TEXT.indexOf("\"engineering\""));
		});
	}

	@Test
	void contentAssistProposesPoolsAndInsertsThem() throws Exception {
		IDocument document = document();
		int offset = TEXT.indexOf("\"default\" accept }") + 1;
		document.replace(offset, "default".length(), "");
		ICompletionProposal[] proposals = new ModelContentAssistProcessor().computeCompletionProposals(viewer(), offset);
		assertEquals(List.of("engineering \u2013 a pool of this model", "sales \u2013 a pool of this model", "default \u2013 the default pool"),
				Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList());
		proposals[1].apply(document);
		assertTrue(document.get().contains("on any() { use \"sales\"\" accept }") || document.get().contains("use \"sales\" accept"),
				document.get());
	}

	@Test
	void formatCommandLaysTheModelOutAndItsKeyIsCtrlShiftF() throws Exception {
		IDocument document = document();
		document.set(TEXT.replace("  partitions {", "partitions   {").replace("on any()", "on   any()"));
		page.activate(editor);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.seatkeeper.model.ui.format", null);
		assertEquals(ModelFormatter.format(TEXT).text(), document.get());
		String key = PlatformUI.getWorkbench().getService(IBindingService.class).getBestActiveBindingFormattedFor("org.seatkeeper.model.ui.format");
		assertTrue(List.of("Ctrl+Shift+F", "Shift+Ctrl+F").contains(key), key);
		document.set("model \"m\" { partitions { ");
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.seatkeeper.model.ui.format", null);
		assertEquals("model \"m\" { partitions { ", document.get(), "a text with syntax errors is left alone");
	}

	@Test
	void toggleCommentOnTheSelectedLines() throws Exception {
		page.activate(editor);
		int from = TEXT.indexOf("  on any()");
		editor.getSelectionProvider().setSelection(new TextSelection(from + 3, 4));
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.seatkeeper.model.ui.toggleComment", null);
		assertTrue(document().get().contains("\n  // on any() { use \"default\" accept }\n"), document().get());
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.seatkeeper.model.ui.toggleComment", null);
		assertEquals(TEXT, document().get());
		assertEquals("Ctrl+/", PlatformUI.getWorkbench().getService(IBindingService.class)
				.getBestActiveBindingFormattedFor("org.seatkeeper.model.ui.toggleComment"));
	}

	@Test
	void typingIndentsAndClosesBracesAndQuotes() {
		StyledText text = viewer().getTextWidget();
		IDocument document = document();
		document.set("model \"m\" {\n  on any() ");
		text.setFocus();
		text.setCaretOffset(document.getLength());
		type(text, '{');
		assertEquals("model \"m\" {\n  on any() {}", document.get(), "a brace gets its partner");
		type(text, '\r');
		assertEquals("model \"m\" {\n  on any() {\n    \n  }", document.get(), "Enter between braces opens an indented line");
		type(text, '"');
		assertEquals("model \"m\" {\n  on any() {\n    \"\"\n  }", document.get(), "a quote gets its partner");
		type(text, 'x');
		type(text, '"');
		assertEquals("model \"m\" {\n  on any() {\n    \"x\"\n  }", document.get(), "typing the closing quote moves over it");
	}

	private static void type(StyledText text, char character) {
		Event event = new Event();
		event.character = character;
		event.keyCode = character == '\r' ? SWT.CR : character;
		text.notifyListeners(SWT.KeyDown, event);
		UiTestSupport.processEvents();
	}
}
