package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.domain.Pool;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.pools.PoolsView;

/** The Named License Pools view: pools, the model shown highlighted, upload (valid and refused) and delete. */
class PoolsViewTest {

	static final String MODEL = """
			model "split" {
			  // engineering gets four counts of f1
			  partitions {
			    partition "eng" { "f1" 1.0 4 }
			  }
			  on hostname("~/dev-.*/") { use "eng" accept }
			  on any() { use "default" accept }
			}
			""";

	@TempDir
	Path data;
	private TestServer server;
	private PoolsView view;

	@BeforeEach
	void open() throws Exception {
		server = new TestServer(data.resolve("server")).withFeatures();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		view = (PoolsView) page.showView(SeatkeeperUi.POOLS_VIEW_ID);
		server.connect(50);
		UiTestSupport.waitUntil("the pools", () -> view.current() != null);
	}

	@AfterEach
	void close() throws Exception {
		server.close();
	}

	private void uploadAndWait(Path file) {
		view.uploadFile(file);
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.processEvents();
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.processEvents();
	}

	@Test
	void withoutAModelEveryCountIsInTheDefaultPool() {
		assertEquals(1, view.current().pools().size());
		Tree tree = view.poolsViewer().getTree();
		assertEquals(List.of("Pool / Feature", "Version", "Expiration Date", "Allocated", "Used", "Status"),
				java.util.Arrays.stream(tree.getColumns()).map(c -> c.getText()).toList());
		TreeItem pool = tree.getItem(0);
		assertTrue(pool.getText(0).startsWith("Default pool"), pool.getText(0));
		assertEquals(4, pool.getItemCount(), "a row for each feature record");
		assertEquals("", view.modelText());
	}

	@Test
	void anUploadedModelMakesItsPoolsAndIsShownHighlighted() throws Exception {
		Path file = Files.writeString(data.resolve("split.model"), MODEL);
		uploadAndWait(file);
		UiTestSupport.waitUntil("the model", () -> view.modelText().equals(MODEL));
		Pool eng = view.current().pools().stream().filter(p -> p.name().equals("eng")).findFirst().orElseThrow();
		assertEquals(4, eng.allocated());
		Tree tree = view.poolsViewer().getTree();
		TreeItem engRow = java.util.Arrays.stream(tree.getItems()).filter(i -> i.getText(0).startsWith("eng")).findFirst().orElseThrow();
		assertEquals(List.of("f1", "1.0", "4"), List.of(engRow.getItem(0).getText(0), engRow.getItem(0).getText(1), engRow.getItem(0).getText(3)));
		// highlighted: "model" is a keyword, the comment is a comment, so they are styled differently
		StyleRange keyword = view.modelViewer().getTextWidget().getStyleRangeAtOffset(0);
		StyleRange comment = view.modelViewer().getTextWidget().getStyleRangeAtOffset(MODEL.indexOf("//") + 3);
		assertNotNull(keyword);
		assertNotNull(comment);
		assertTrue(!keyword.similarTo(comment), "keyword and comment styles differ");
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.processEvents();
		assertTrue(view.deleteButton().isEnabled(), "a model is active: it can be deleted");
		view.tabs().setSelection(1);
		view.getSite().getShell().setSize(1280, 800);
		UiTestSupport.screenshot(view.getSite().getShell(), Screenshots.file("pools-model.png"));
	}

	@Test
	void aPoolTheNewModelDeletesIsShownWhileItsCountsAreInUseAndAShortLineAsADeficit() throws Exception {
		uploadAndWait(Files.writeString(data.resolve("two.model"), """
				model "two" {
				  partitions {
				    partition "eng" { "f1" 1.0 4 }
				    partition "sales" { "f1" 1.0 4 }
				  }
				  on hostname("~/s-.*/") { use "sales" accept }
				}
				"""));
		UiTestSupport.waitUntil("the model", () -> view.current().model().name().equals("two"));
		server.checkout("s-1", "[{\"name\":\"f1\",\"version\":\"1.0\",\"count\":3}]");
		uploadAndWait(Files.writeString(data.resolve("one.model"), """
				model "one" {
				  partitions {
				    partition "eng" { "f1" 1.0 20 }
				  }
				}
				"""));
		UiTestSupport.waitUntil("the new model", () -> view.current().model().name().equals("one"));
		Pool sales = view.current().pools().stream().filter(p -> p.name().equals("sales")).findFirst().orElseThrow();
		assertTrue(sales.deleted());
		assertEquals(3, sales.used());
		Tree tree = view.poolsViewer().getTree();
		TreeItem salesRow = java.util.Arrays.stream(tree.getItems()).filter(i -> i.getText(0).startsWith("sales")).findFirst()
				.orElseThrow();
		assertEquals("Deleted by the model; kept while in use", salesRow.getText(5));
		TreeItem engRow = java.util.Arrays.stream(tree.getItems()).filter(i -> i.getText(0).startsWith("eng")).findFirst().orElseThrow();
		assertEquals("12", engRow.getText(3), "15 counts of f1, 3 of them in use in sales");
		assertEquals("DEFICIT", engRow.getItem(0).getText(5));
		assertEquals("DEFICIT", engRow.getText(5), "a pool shows the worst status of its slices");
		view.tabs().setSelection(0);
		view.poolsViewer().expandAll();
		view.getSite().getShell().setSize(1280, 800);
		UiTestSupport.processEvents();
		UiTestSupport.screenshot(view.getSite().getShell(), Screenshots.file("pools-deleted-and-deficit.png"));
	}

	@Test
	void aRefusedModelShowsTheServersReasonAndKeepsTheCurrentModel() throws Exception {
		uploadAndWait(Files.writeString(data.resolve("split.model"), MODEL));
		UiTestSupport.waitUntil("the model", () -> view.modelText().equals(MODEL));
		uploadAndWait(Files.writeString(data.resolve("broken.model"), "model \"broken\" { partitions { partition \"x\" { \"f1\" 1.0 } } }"));
		UiTestSupport.waitUntil("the refusal", () -> view.problem() != null);
		assertTrue(view.problem().startsWith("Invalid model posted"), view.problem());
		assertEquals(MODEL, view.modelText(), "the current model stays");
		assertEquals("split", view.current().model().name());
	}

	@Test
	void deletingTheModelReturnsToTheDefaultPool() throws Exception {
		uploadAndWait(Files.writeString(data.resolve("split.model"), MODEL));
		UiTestSupport.waitUntil("the model", () -> view.modelText().equals(MODEL));
		view.deleteModelNow();
		UiTestSupport.waitUntil("the default model", () -> view.current().model().isDefault() && view.modelText().isEmpty());
		assertEquals(1, view.current().pools().size());
	}

	@Test
	void aFileThatCannotBeReadIsReportedWithItsName() {
		Path missing = data.resolve("missing.model");
		view.uploadFile(missing);
		UiTestSupport.waitUntil("the problem", () -> view.problem() != null);
		assertTrue(view.problem().contains(missing.toString()), view.problem());
	}

	@Test
	void compareWithEditorShowsTheEditorsModelBesideTheOneTheServerApplies() throws Exception {
		Path file = java.nio.file.Files.writeString(data.resolve("pools.model"), MODEL);
		uploadAndWait(file);
		String edited = MODEL.replace("\"f1\" 1.0 4", "\"f1\" 1.0 6");
		Path other = java.nio.file.Files.writeString(data.resolve("edited.model"), edited);
		IWorkbenchPage page = view.getSite().getPage();
		org.seatkeeper.ui.internal.files.ModelFiles.open(page.getWorkbenchWindow(), List.of(other));
		page.activate(view);
		view.tabs().setSelection(1);
		org.eclipse.swt.widgets.Button compare = UiTestSupport.find(view.tabs(), org.eclipse.swt.widgets.Button.class,
				b -> b.getText().replace("&", "").startsWith("Compare with Editor"));
		UiTestSupport.click(compare);
		UiTestSupport.waitUntil("the compare editor", () -> page.getActiveEditor() != null
				&& page.getActiveEditor().getEditorInput() instanceof org.seatkeeper.ui.internal.pools.ModelCompareInput);
		org.seatkeeper.ui.internal.pools.ModelCompareInput input = (org.seatkeeper.ui.internal.pools.ModelCompareInput) page
				.getActiveEditor().getEditorInput();
		assertEquals(edited, input.leftText(), "the editor's text on the left");
		assertEquals(MODEL, input.rightText(), "the server's on the right");
		UiTestSupport.screenshot(view.getSite().getShell(), Screenshots.file("compare-with-server.png"));
		page.closeAllEditors(false);

		// the same text: no compare editor, the status line says so
		org.seatkeeper.ui.internal.files.ModelFiles.open(page.getWorkbenchWindow(), List.of(file));
		page.activate(view);
		UiTestSupport.click(compare);
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.processEvents();
		assertEquals(1, page.getEditorReferences().length, "only the model's own editor");
		page.closeAllEditors(false);
	}
}
