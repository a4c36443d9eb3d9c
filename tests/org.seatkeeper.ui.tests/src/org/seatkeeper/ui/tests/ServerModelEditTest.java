package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.model.ui.ModelUi;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.files.ModelFiles;
import org.seatkeeper.ui.internal.pools.ModelChangesDialog;
import org.seatkeeper.ui.internal.pools.ModelCompareInput;
import org.seatkeeper.ui.internal.pools.PoolsView;
import org.seatkeeper.ui.internal.pools.ServerModelInput;
import org.seatkeeper.ui.internal.pools.ServerModelSave;
import org.seatkeeper.ui.internal.reservations.AddReservationsDialog;

/**
 * The Model tab's Edit…: the server's model in the model editor as a document bound to the server, whose
 * Save checks the text, shows the changes beside the server's model and uploads on confirmation; a
 * cancelled, refused or unchecked upload keeps the edits, unsaved.
 */
class ServerModelEditTest {

	@TempDir
	Path data;
	private TestServer server;
	private PoolsView view;
	private IWorkbenchPage page;
	/** What the person was shown: the compare (server's text, new text), then any message. */
	private final List<String> shown = new ArrayList<>();
	private boolean confirm = true;

	@BeforeEach
	void open() throws Exception {
		server = new TestServer(data.resolve("server")).withFeatures();
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		view = (PoolsView) page.showView(SeatkeeperUi.POOLS_VIEW_ID);
		server.connect(50);
		UiTestSupport.waitUntil("the pools", () -> view.current() != null);
		ServerModelSave.setAnswers(new ServerModelSave.Answers() {
			@Override
			public boolean upload(Shell shell, String serverName, String serverText, String newText) {
				shown.add(serverText);
				shown.add(newText);
				return confirm;
			}

			@Override
			public void tell(Shell shell, String title, String message) {
				shown.add(message);
			}
		});
		view.uploadFile(Files.writeString(data.resolve("split.model"), PoolsViewTest.MODEL));
		settle();
		UiTestSupport.waitUntil("the model", () -> view.modelText().equals(PoolsViewTest.MODEL));
	}

	@AfterEach
	void close() throws Exception {
		ServerModelSave.setAnswers(null);
		page.closeAllEditors(false);
		server.close();
	}

	private static void settle() {
		for (int i = 0; i < 3; i++) {
			UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
			UiTestSupport.processEvents();
		}
	}

	private ITextEditor edit() {
		view.tabs().setSelection(1);
		UiTestSupport.click(view.editButton());
		UiTestSupport.waitUntil("the server's model in the editor",
				() -> page.getActiveEditor() != null && page.getActiveEditor().getEditorInput() instanceof ServerModelInput);
		IEditorPart part = page.getActiveEditor();
		assertEquals(ModelUi.EDITOR_ID, part.getSite().getId(), "the model-definition editor");
		return part.getAdapter(ITextEditor.class);
	}

	private static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private String serverModel() throws Exception {
		try (LicenseServerClient admin = server.admin()) {
			return admin.model(new NullProgressMonitor()).definition();
		}
	}

	@Test
	void editOpensTheServersModelAndSaveUploadsItAfterShowingTheChanges() throws Exception {
		ITextEditor editor = edit();
		assertEquals(PoolsViewTest.MODEL, document(editor).get());
		assertTrue(editor.getTitle().startsWith("split on Test server (127.0.0.1:" + server.port()), editor.getTitle());
		assertFalse(editor.isDirty());
		assertTrue(editor.isEditable(), "the server's model can be edited");

		String edited = PoolsViewTest.MODEL.replace("\"f1\" 1.0 4", "\"f1\" 1.0 6");
		document(editor).set(edited);
		assertTrue(editor.isDirty());
		editor.doSave(new NullProgressMonitor());
		settle();
		UiTestSupport.waitUntil("the upload", () -> !editor.isDirty());
		assertEquals(List.of(PoolsViewTest.MODEL, edited), shown, "the server's model beside the new text, and nothing else");
		assertEquals(edited, serverModel(), "the server applies the new text");
		UiTestSupport.waitUntil("the view's reload", () -> view.modelText().equals(edited));
		assertEquals(6, view.current().pools().stream().filter(p -> p.name().equals("eng")).findFirst().orElseThrow().allocated());

		// Edit… again shows the same editor, and a second save is a second upload
		assertEquals(editor, edit());
		String again = edited.replace("\"f1\" 1.0 6", "\"f1\" 1.0 7");
		document(editor).set(again);
		editor.doSave(new NullProgressMonitor());
		settle();
		UiTestSupport.waitUntil("the second upload", () -> !editor.isDirty());
		assertEquals(again, serverModel());
		assertEquals(edited, shown.get(2), "the compare starts from what the server applied");
		view.getSite().getShell().setSize(1280, 800);
		UiTestSupport.screenshot(view.getSite().getShell(), Screenshots.file("pools-edit-model.png"));
	}

	@Test
	void aCancelledCompareUploadsNothingAndKeepsTheEdits() throws Exception {
		ITextEditor editor = edit();
		String edited = PoolsViewTest.MODEL.replace("\"f1\" 1.0 4", "\"f1\" 1.0 5");
		document(editor).set(edited);
		confirm = false;
		editor.doSave(new NullProgressMonitor());
		settle();
		assertEquals(2, shown.size(), "the changes were shown: " + shown);
		assertTrue(editor.isDirty(), "not saved");
		assertEquals(edited, document(editor).get());
		assertEquals(PoolsViewTest.MODEL, serverModel());
	}

	@Test
	void aRefusedUploadKeepsTheEditsAndShowsTheServersReason() throws Exception {
		ITextEditor editor = edit();
		String edited = PoolsViewTest.MODEL.replace("\"f1\" 1.0 4", "\"f1\" 1.0 3");
		document(editor).set(edited);
		try (LicenseServerClient admin = server.admin()) { // the server now refuses any model
			admin.deleteModel(new NullProgressMonitor());
			admin.addReservationGroups(AddReservationsDialog.groups(List.of(new AddReservationsDialog.Entry("eng", "STRING", "dev-a", "f1",
					"1.0", 1))), new NullProgressMonitor());
		}
		editor.doSave(new NullProgressMonitor());
		settle();
		UiTestSupport.waitUntil("the refusal", () -> shown.size() == 3);
		assertEquals("", shown.get(0), "the server applied no model any more");
		assertTrue(shown.get(2).contains("Reservations and named license pools cannot be used together"), shown.get(2));
		assertTrue(shown.get(2).contains("the editor keeps your text"), shown.get(2));
		assertTrue(editor.isDirty(), "not saved");
		assertEquals(edited, document(editor).get(), "the edits are kept");
		assertTrue(serverModel().isEmpty(), "nothing applied");

		// a save asked for by closing the editor calls the close off: the upload is still to come
		NullProgressMonitor closing = new NullProgressMonitor();
		editor.doSave(closing);
		assertTrue(closing.isCanceled(), "a close waits for the server to apply the text");
		settle();
	}

	@Test
	void aTextWithErrorsIsNotSentAndItsFirstErrorIsShownAtItsLine() throws Exception {
		ITextEditor editor = edit();
		String broken = PoolsViewTest.MODEL.replace("\"f1\" 1.0 4", "\"f1\" 1.0");
		document(editor).set(broken);
		editor.doSave(new NullProgressMonitor());
		settle();
		assertEquals(1, shown.size(), "no compare, one message: " + shown);
		assertTrue(shown.get(0).contains("was not uploaded: it has an error"), shown.get(0));
		int line = ((ITextSelection) editor.getSelectionProvider().getSelection()).getStartLine() + 1;
		assertEquals(4, line, "the first error is selected");
		IAnnotationModel annotations = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		UiTestSupport.waitForJobs(ModelUi.JOB_FAMILY);
		UiTestSupport.processEvents();
		List<Annotation> errors = new ArrayList<>();
		annotations.getAnnotationIterator().forEachRemaining(a -> {
			if (a.getType().endsWith(".error")) {
				errors.add(a);
			}
		});
		assertFalse(errors.isEmpty(), "the editor marks the error");
		assertTrue(editor.isDirty());
		assertEquals(PoolsViewTest.MODEL, serverModel());
	}

	@Test
	void compareWithServerInTheEditorsMenuShowsAnOpenFileBesideTheServersModel() throws Exception {
		String edited = PoolsViewTest.MODEL.replace("\"f1\" 1.0 4", "\"f1\" 1.0 9");
		Path file = Files.writeString(data.resolve("edited.model"), edited);
		ModelFiles.open(page.getWorkbenchWindow(), List.of(file));
		UiTestSupport.waitUntil("the file's editor", () -> page.getActiveEditor() != null && page.getActiveEditor().getTitle().equals("edited.model"));
		page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand("org.seatkeeper.ui.compareWithServer", null);
		UiTestSupport.waitUntil("the compare editor",
				() -> page.getActiveEditor() != null && page.getActiveEditor().getEditorInput() instanceof ModelCompareInput);
		ModelCompareInput input = (ModelCompareInput) page.getActiveEditor().getEditorInput();
		assertEquals(edited, input.leftText(), "the file's text on the left");
		assertEquals(PoolsViewTest.MODEL, input.rightText(), "the server's on the right");
	}

	@Test
	void theChangesDialogShowsTheServersModelBesideTheNewTextWithUploadAndCancel() throws Exception {
		String edited = PoolsViewTest.MODEL.replace("\"f1\" 1.0 4", "\"f1\" 1.0 8");
		Shell shell = page.getWorkbenchWindow().getShell();
		ModelChangesDialog dialog = new ModelChangesDialog(shell, "127.0.0.1:7070", PoolsViewTest.MODEL, edited);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			UiTestSupport.processEvents();
			Shell dialogShell = dialog.getShell();
			assertEquals("Upload Model Definition", dialogShell.getText());
			List<String> buttons = new ArrayList<>();
			UiTestSupport.findAll(dialogShell, Button.class, b -> true).forEach(b -> buttons.add(b.getText().replace("&", "")));
			assertTrue(buttons.containsAll(List.of("Upload", "Cancel")), buttons.toString());
			List<String> texts = new ArrayList<>();
			UiTestSupport.findAll(dialogShell, StyledText.class, t -> true).forEach(t -> texts.add(t.getText()));
			assertTrue(texts.contains(edited) && texts.contains(PoolsViewTest.MODEL), "both texts in the compare viewer: " + texts);
			UiTestSupport.screenshot(dialogShell, Screenshots.file("pools-edit-changes.png"));
		} finally {
			dialog.close();
		}
	}

	@Test
	void aRealServersRefusalIsShownAtTheLineItNamesAndTheEditsStay() throws Exception {
		try (RefusingProxy proxy = new RefusingProxy(server.port())) {
			TestServer.pointViewsAt(proxy.port(), 50, "admin", TestServer.ADMIN_PASSWORD);
			ITextEditor editor = edit();
			assertTrue(editor.getTitle().endsWith("Test server (127.0.0.1:" + proxy.port() + ", HTTP)"), editor.getTitle());
			String edited = PoolsViewTest.MODEL.replace("partition \"eng\" { \"f1\" 1.0 4 }", """
					partition "eng" {
					      "f1" 1.0 4
					      "cad_base" 2.0 1
					    }""");
			assertEquals("      \"cad_base\" 2.0 1", edited.lines().toList().get(5), "line 6 holds the entry the refusal names");
			document(editor).set(edited);
			editor.doSave(new NullProgressMonitor());
			settle();
			UiTestSupport.waitUntil("the refusal", () -> shown.size() == 3);
			assertTrue(shown.get(2).contains("Duplicate feature entries found : [feature=cad_base, version=2.0"), shown.get(2));
			assertTrue(shown.get(2).contains("shown at line 6"), shown.get(2));
			assertEquals(5, ((ITextSelection) editor.getSelectionProvider().getSelection()).getStartLine(), "line 6 is selected");
			IAnnotationModel annotations = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
			List<String> refusals = new ArrayList<>();
			annotations.getAnnotationIterator().forEachRemaining(a -> {
				if (a instanceof ServerModelSave.Refusal) {
					refusals.add(a.getText() + " @" + annotations.getPosition(a).getOffset());
				}
			});
			assertEquals(List.of("Refused by Test server (127.0.0.1:" + proxy.port() + ", HTTP): " + reason(shown.get(2)) + " @" + edited.indexOf("\"cad_base\"")),
					refusals);
			assertTrue(editor.isDirty());
			assertEquals(edited, document(editor).get());
			assertEquals(PoolsViewTest.MODEL, serverModel(), "the server's model is the one it had");

			// the next save starts over: the old refusal goes
			confirm = false;
			editor.doSave(new NullProgressMonitor());
			settle();
			List<Object> left = new ArrayList<>();
			annotations.getAnnotationIterator().forEachRemaining(a -> {
				if (a instanceof ServerModelSave.Refusal) {
					left.add(a);
				}
			});
			assertEquals(List.of(), left);
		}
	}

	@Test
	void saveAsWritesACopyToTheFileChosenAndLeavesTheServersDocumentUnsaved() throws Exception {
		ITextEditor editor = edit();
		assertFalse("file".equals(((IURIEditorInput) editor.getEditorInput()).getURI().getScheme()),
				"not a file: Save As asks for a file on disk, not a workspace folder");
		String edited = PoolsViewTest.MODEL.replace("\"f1\" 1.0 4", "\"f1\" 1.0 2");
		document(editor).set(edited);
		Path copy = data.resolve("copy.model");
		editor.getDocumentProvider().saveDocument(new NullProgressMonitor(), new FileStoreEditorInput(EFS.getStore(copy.toUri())),
				document(editor), true);
		assertEquals(edited, Files.readString(copy));
		assertTrue(editor.isDirty(), "the server has not got it");
		assertEquals(PoolsViewTest.MODEL, serverModel());
		assertTrue(shown.isEmpty(), "no upload was started: " + shown);
	}

	/** The server's reason in a refusal message: its first paragraph, after "refused the model definition: ". */
	private static String reason(String message) {
		String first = message.split("\n\n")[0];
		return first.substring(first.indexOf("refused the model definition: ") + "refused the model definition: ".length());
	}
}
