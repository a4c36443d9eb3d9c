package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.model.ui.internal.wizards.NewModelFileWizard;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.files.ModelFileDrop;
import org.seatkeeper.ui.internal.files.ModelFiles;
import org.seatkeeper.ui.internal.files.RecentFiles;

/** Model files in the product: File › New, Open File…, Open Recent, Save, Close, and a file dropped on the window. */
class ModelFilesTest {

	private static final String MODEL = "model \"m\" {\n  on any() { use \"default\" accept }\n}\n";

	@TempDir
	Path dir;
	private IWorkbenchWindow window;

	@BeforeEach
	void emptyWindow() {
		window = UiTestSupport.waitFor("the workbench window", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		window.getActivePage().closeAllEditors(false);
		InstanceScope.INSTANCE.getNode(SeatkeeperUi.PLUGIN_ID).remove("recentModelFiles");
		UiTestSupport.processEvents();
	}

	@AfterEach
	void closeEditors() {
		window.getActivePage().closeAllEditors(false);
		UiTestSupport.processEvents();
	}

	private Path model(String name) throws Exception {
		return Files.writeString(dir.resolve(name), MODEL);
	}

	private static Path fileOf(IEditorPart editor) {
		return Path.of(((IURIEditorInput) editor.getEditorInput()).getURI());
	}

	private MenuItem fileMenuItem(String label) {
		MenuItem[] items = WorkbenchWindowTest.shown(window.getShell().getMenuBar().getItems()[0]);
		return Arrays.stream(items).filter(i -> label.equals(i.getText().replace("&", "").replaceAll("\t.*", ""))).findFirst()
				.orElseThrow(() -> new AssertionError("no File menu item " + label));
	}

	/** The items of File › Open Recent as SWT has them: mnemonic and {@code &&} for an ampersand in a name. */
	private List<String> openRecentLabels() {
		return Arrays.stream(WorkbenchWindowTest.shown(fileMenuItem("Open Recent"))).map(MenuItem::getText).toList();
	}

	@Test
	void aFileFromAnywhereOnDiskOpensInTheModelEditorAndIsRemembered() throws Exception {
		Path first = model("first.model");
		Path second = model("second & more.model");
		assertEquals(List.of("(no recent files)"), openRecentLabels());
		assertFalse(WorkbenchWindowTest.shown(fileMenuItem("Open Recent"))[0].isEnabled());

		List<IEditorPart> opened = ModelFiles.open(window, List.of(first, second));
		assertEquals(2, opened.size());
		assertEquals(first, fileOf(opened.get(0)));
		assertTrue(opened.get(0) instanceof ITextEditor, "the model editor: " + opened.get(0));
		assertEquals(List.of(second, first), RecentFiles.ofWorkbench().list(), "newest first");
		assertEquals(List.of("&1 second && more.model  [" + dir + "]", "&2 first.model  [" + dir + "]"), openRecentLabels());

		// Open Recent opens the file again after it was closed
		window.getActivePage().closeAllEditors(false);
		MenuItem recentFirst = WorkbenchWindowTest.shown(fileMenuItem("Open Recent"))[1];
		recentFirst.notifyListeners(SWT.Selection, new Event());
		UiTestSupport.processEvents();
		assertEquals(first, fileOf(window.getActivePage().getActiveEditor()));
		assertEquals(List.of(first, second), RecentFiles.ofWorkbench().list());
	}

	@Test
	void theListKeepsTheEightNewestFilesOnceEachAndLastsBetweenRuns() throws Exception {
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			files.add(dir.resolve("f" + i + ".model"));
			RecentFiles.ofWorkbench().add(files.get(i));
		}
		RecentFiles.ofWorkbench().add(files.get(5)); // again: it moves to the top
		List<Path> expected = List.of(files.get(5), files.get(9), files.get(8), files.get(7), files.get(6), files.get(4), files.get(3),
				files.get(2));
		assertEquals(expected, RecentFiles.ofWorkbench().list());
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY); // saved in the background
		String saved = InstanceScope.INSTANCE.getNode(SeatkeeperUi.PLUGIN_ID).get("recentModelFiles", "");
		assertEquals(expected.stream().map(Path::toString).toList(), List.of(saved.split("\n")), "in the preferences");
	}

	@Test
	void whatCannotBeOpenedIsSaidInOneMessageAndAMissingFileLeavesTheList() throws Exception {
		Path good = model("good.model");
		Path missing = dir.resolve("gone.model");
		Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
		RecentFiles.ofWorkbench().add(missing);
		String[] message = new String[1];
		UiTestSupport.whenShell("Open File", shell -> {
			message[0] = UiTestSupport.findAll(shell, Label.class, l -> l.getText().contains("gone.model")).get(0).getText();
			shell.close();
		});
		List<IEditorPart> opened = ModelFiles.open(window, List.of(missing, good, text));
		assertEquals(List.of(good), opened.stream().map(ModelFilesTest::fileOf).toList(), "the good one still opens");
		assertEquals(missing + " does not exist (moved or deleted?).\n" + text
				+ " is not a model definition: Seatkeeper opens .model files.", message[0]);
		assertFalse(RecentFiles.ofWorkbench().list().contains(missing));
	}

	@Test
	void aModelFileDroppedOnTheWindowOpens() throws Exception {
		Path dropped = model("dropped.model");
		List<DropTarget> targets = new ArrayList<>();
		collectFileDropTargets(window.getShell(), targets);
		assertFalse(targets.isEmpty(), "the editor area takes dropped files");
		ModelFileDrop drop = targets.stream().flatMap(t -> Arrays.stream(t.getDropListeners())).filter(ModelFileDrop.class::isInstance)
				.map(ModelFileDrop.class::cast).findFirst().orElseThrow(() -> new AssertionError("no ModelFileDrop on the window"));
		drop.open(new String[] { dropped.toString() });
		UiTestSupport.processEvents();
		assertEquals(dropped, fileOf(window.getActivePage().getActiveEditor()));
	}

	private static void collectFileDropTargets(Control control, List<DropTarget> targets) {
		if (control.getData(DND.DROP_TARGET_KEY) instanceof DropTarget target
				&& Arrays.stream(target.getTransfer()).anyMatch(FileTransfer.class::isInstance)) {
			targets.add(target);
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				collectFileDropTargets(child, targets);
			}
		}
	}

	@Test
	void fileNewModelDefinitionOpensTheWizard() {
		MenuItem[] newItems = WorkbenchWindowTest.shown(fileMenuItem("New"));
		assertEquals(List.of("Model Definition\u2026"), WorkbenchWindowTest.labels(newItems));
		boolean[] opened = new boolean[1];
		UiTestSupport.whenShell("New Model Definition", shell -> {
			opened[0] = true;
			shell.close();
		});
		newItems[0].notifyListeners(SWT.Selection, new Event());
		UiTestSupport.processEvents();
		assertTrue(opened[0], "the New Model Definition wizard opened");
	}

	@Test
	void newModelDefinitionWritesTheTemplateWhereThePersonSaysAndOpensIt() throws Exception {
		Files.writeString(dir.resolve("taken.model"), "x");
		NewModelFileWizard wizard = new NewModelFileWizard(window.getActivePage(), dir.resolve("licensing.model"));
		WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell shell = dialog.getShell();
		Button finish = UiTestSupport.find(shell, Button.class, b -> "Finish".equals(b.getText().replace("&", "")));
		assertTrue(finish.isEnabled(), "the proposed file is free");

		wizard.filePage().setPath(dir.resolve("notes.txt").toString());
		assertEquals("A model file's name ends with .model; 'notes.txt' does not.", wizard.filePage().getErrorMessage());
		assertFalse(finish.isEnabled());
		wizard.filePage().setPath(dir.resolve("taken.model").toString());
		assertEquals("taken.model exists already in " + dir + "; choose another name.", wizard.filePage().getErrorMessage());
		wizard.filePage().setPath(dir.resolve("no-such-folder/x.model").toString());
		assertEquals("The folder " + dir.resolve("no-such-folder") + " does not exist.", wizard.filePage().getErrorMessage());

		wizard.filePage().setPath(dir.resolve("sales.model").toString());
		UiTestSupport.click(finish);
		UiTestSupport.waitUntil("the new file's editor", () -> window.getActivePage().getActiveEditor() != null);
		Path created = dir.resolve("sales.model");
		assertEquals(created, fileOf(window.getActivePage().getActiveEditor()));
		assertTrue(Files.readString(created).contains("model \"sales\" {"), Files.readString(created));
		assertEquals(created, RecentFiles.ofWorkbench().list().get(0));
	}

	@Test
	void saveWritesTheEditedTextAndCloseAllClosesTheEditors() throws Exception {
		Path file = model("edited.model");
		ITextEditor editor = (ITextEditor) ModelFiles.open(window, List.of(file)).get(0);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		document.replace(0, 0, "// changed\n");
		assertTrue(editor.isDirty());
		MenuItem save = fileMenuItem("Save");
		assertTrue(save.isEnabled());
		save.notifyListeners(SWT.Selection, new Event());
		UiTestSupport.processEvents();
		assertFalse(editor.isDirty());
		assertEquals("// changed\n" + MODEL, Files.readString(file));

		model("other.model");
		ModelFiles.open(window, List.of(dir.resolve("other.model")));
		assertEquals(2, window.getActivePage().getEditorReferences().length);
		fileMenuItem("Close All Editors").notifyListeners(SWT.Selection, new Event());
		UiTestSupport.processEvents();
		assertEquals(0, window.getActivePage().getEditorReferences().length);
	}
}
