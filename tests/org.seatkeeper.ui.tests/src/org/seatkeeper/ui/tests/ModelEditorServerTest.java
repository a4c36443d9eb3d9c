package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.domain.ServerModel;
import org.seatkeeper.model.ui.ModelServer;
import org.seatkeeper.model.ui.internal.assist.ModelContentAssistProcessor;
import org.seatkeeper.model.ui.internal.assist.ModelTextHover;
import org.seatkeeper.model.ui.internal.editor.ModelEditorTester;
import org.seatkeeper.model.ui.internal.server.ModelServers;
import org.seatkeeper.model.ui.internal.server.UploadToServer;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.connection.ConnectionsModelServer;
import org.seatkeeper.ui.internal.pools.PoolsView;

/**
 * The model-definition editor with the server the views administer: its features and versions in content
 * assist, its counts and the allocation preview in hovers, and Upload to Server (checked first, refused
 * when the text has errors or the login may not, applied and shown in the Named License Pools view).
 */
class ModelEditorServerTest {

	static final String MODEL = PoolsViewTest.MODEL;

	@TempDir
	Path data;
	private TestServer server;
	private PoolsView pools;
	private ITextEditor editor;
	private final List<String> errors = new ArrayList<>();
	private final List<String> questions = new ArrayList<>();
	private boolean confirm = true;

	@BeforeEach
	void open() throws Exception {
		server = new TestServer(data.resolve("server")).withFeatures();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		pools = (PoolsView) page.showView(SeatkeeperUi.POOLS_VIEW_ID);
		server.connect(50);
		UiTestSupport.waitUntil("the pools", () -> pools.current() != null);
		ModelServers.forget();
		UploadToServer.setDialogs(new UploadToServer.Dialogs() {
			@Override
			public boolean confirm(Shell shell, String title, String message) {
				questions.add(message);
				return confirm;
			}

			@Override
			public void error(Shell shell, String title, String message) {
				errors.add(message);
			}
		});
	}

	@AfterEach
	void close() throws Exception {
		UploadToServer.setDialogs(null);
		if (editor != null) {
			editor.close(false);
		}
		UiTestSupport.processEvents();
		server.close();
	}

	private ITextEditor openModel(String text) throws Exception {
		Path file = Files.writeString(data.resolve("split.model"), text);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart part = IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
		editor = part.getAdapter(ITextEditor.class);
		UiTestSupport.processEvents();
		return editor;
	}

	private ITextViewer viewer() {
		return editor.getAdapter(ITextViewer.class);
	}

	private IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	/** Runs {@code work} in the background, as the generic editor runs content assist and hovers, and waits. */
	private static <T> T inBackground(Supplier<T> work) {
		CompletableFuture<T> future = CompletableFuture.supplyAsync(work);
		UiTestSupport.waitUntil("the background computation", future::isDone);
		return future.join();
	}

	@Test
	void theWorkbenchOffersTheViewsServerToTheEditor() throws Exception {
		openModel(MODEL);
		ModelServer found = ModelServers.find().orElseThrow();
		assertInstanceOf(ConnectionsModelServer.class, found);
		assertEquals(Optional.of(TestServer.connections().describe()), found.connected(), "the views have connected");
		assertTrue(new ModelEditorTester().test(editor, "hasServer", new Object[0], null), "Upload to Server is shown");
		assertEquals(List.of("f1", "f1", "f2", "f3"), found.features(new NullProgressMonitor()).stream().map(f -> f.name()).sorted().toList());
	}

	@Test
	void contentAssistProposesTheServersFeaturesVersionsAndCounts() throws Exception {
		String text = MODEL.replace("\"f1\" 1.0 4 }", "\"f1\" 1.0 4 \n      \n    }");
		openModel(text);
		int lineStart = text.indexOf("\n      \n") + 7;
		ModelContentAssistProcessor processor = new ModelContentAssistProcessor();
		List<String> names = inBackground(() -> Arrays.stream(processor.computeCompletionProposals(viewer(), lineStart))
				.map(ICompletionProposal::getDisplayString).toList());
		assertEquals(List.of("vendor string matches \"\u2026\" \u2013 only the feature's records with this vendor string, or one that "
				+ "matches \"~/regex/\"", "f1 \u2013 on the server: 1.0 (15 counts)", "f2 \u2013 on the server: 2.0 (4 counts)",
				"f3 \u2013 on the server: 1.5 (3 counts)"), names);

		// the name is inserted quoted, and then its versions are proposed, then all the server has
		ICompletionProposal f3 = inBackground(() -> processor.computeCompletionProposals(viewer(), lineStart))[3];
		f3.apply(document());
		int afterName = lineStart + "\"f3\" ".length();
		assertEquals("\"f3\" ", document().get(lineStart, 5));
		assertEquals(List.of("1.5 \u2013 3 counts on the server"), inBackground(() -> Arrays
				.stream(processor.computeCompletionProposals(viewer(), afterName)).map(ICompletionProposal::getDisplayString).toList()));
		document().replace(afterName, 0, "1.5 ");
		assertEquals(List.of("remainder \u2013 what is left of the feature's count after the other pools",
				"3 \u2013 all the counts the server has of f3 1.5"),
				inBackground(() -> Arrays.stream(processor.computeCompletionProposals(viewer(), afterName + 4))
						.map(ICompletionProposal::getDisplayString).toList()));
	}

	@Test
	void aHoverOnAFeatureLineShowsTheServersCountsAndWhatThePoolWouldReceive() throws Exception {
		openModel(MODEL);
		int line = MODEL.indexOf("\"f1\" 1.0 4") + 2;
		ModelTextHover hover = new ModelTextHover();
		String text = inBackground(() -> hover.getHoverInfo(viewer(), new Region(line, 0)));
		String describe = TestServer.connections().describe();
		assertTrue(text.startsWith("\"f1\" on " + describe + ":\n  1.0: 10 counts, permanent, vendor string \"vs-f1\" (record "), text);
		assertTrue(text.contains("\n  1.0: 5 counts, until "), text);
		assertTrue(text.matches("(?s).*If the model were applied now, pool \"eng\" would receive 4 counts \\(4\\), taken from 4 of 1\\.0 "
				+ "\\(record \\d+\\)\\.$"), text);
	}

	@Test
	void uploadToServerRefusesATextWithErrorsAndSendsNothing() throws Exception {
		String broken = MODEL.replace("use \"eng\"", "use \"engg\"");
		openModel(broken);
		Optional<Job> job = UploadToServer.start(editor);
		assertTrue(job.isEmpty(), "nothing is sent");
		assertTrue(questions.isEmpty());
		assertEquals(1, errors.size());
		assertTrue(errors.get(0).startsWith("\u201csplit.model\u201d was not uploaded: it has an error, and the server would refuse it.\n\n"
				+ "\u2022 Line 6, column 34: The pool \"engg\" is not defined; did you mean \"eng\"?\n\n"), errors.get(0));
		assertTrue(errors.get(0).contains("engg"), errors.get(0));
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(broken.indexOf("\"engg\""), selection.getOffset(), "the error is selected");
		try (var admin = server.admin()) {
			assertTrue(admin.model(new NullProgressMonitor()).isDefault(), "the server's model is unchanged");
		}
	}

	@Test
	void uploadToServerAppliesAValidModelAndTheViewsShowIt() throws Exception {
		openModel(MODEL);
		Job job = UploadToServer.start(editor).orElseThrow();
		job.join();
		UiTestSupport.processEvents();
		assertEquals(1, questions.size());
		assertTrue(questions.get(0).startsWith("Upload \u201csplit.model\u201d to " + TestServer.connections().describe() + "?"),
				questions.get(0));
		assertTrue(errors.isEmpty(), errors.toString());
		try (var admin = server.admin()) {
			ServerModel applied = admin.model(new NullProgressMonitor());
			assertEquals("split", applied.name());
			assertEquals(MODEL, applied.definition());
		}
		UiTestSupport.waitUntil("the new pool in the Named License Pools view",
				() -> pools.current() != null && pools.current().pools().stream().anyMatch(p -> p.name().equals("eng")));
	}

	@Test
	void aCancelledConfirmationSendsNothing() throws Exception {
		openModel(MODEL);
		confirm = false;
		assertTrue(UploadToServer.start(editor).isEmpty());
		assertEquals(1, questions.size());
		try (var admin = server.admin()) {
			assertTrue(admin.model(new NullProgressMonitor()).isDefault());
		}
	}

	@Test
	void anUploadTheServerRefusesKeepsTheTextAndTheServersModel() throws Exception {
		server.createReader();
		server.connect(50, TestServer.READER, TestServer.READER_PASSWORD);
		UiTestSupport.waitUntil("the pools", () -> pools.current() != null);
		openModel(MODEL);
		document().replace(0, 0, "// edited, not saved\n");
		String edited = document().get();
		UploadToServer.start(editor).orElseThrow().join();
		UiTestSupport.waitUntil("the refusal", () -> !errors.isEmpty());
		assertTrue(errors.get(0).startsWith("\u201csplit.model\u201d was not uploaded to " + TestServer.connections().describe()
				+ ": Access denied: User reader may not do this: it needs ROLE_ADMIN"), errors.get(0));
		assertTrue(errors.get(0).endsWith("The server still applies the model it had, and the editor keeps your text."), errors.get(0));
		assertEquals(edited, document().get());
		assertTrue(editor.isDirty(), "the unsaved edit is still there");
		try (var admin = server.admin()) {
			assertTrue(admin.model(new NullProgressMonitor()).isDefault());
		}
		assertFalse(pools.current().pools().stream().anyMatch(p -> p.name().equals("eng")));
	}
}
