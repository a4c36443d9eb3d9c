package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.signatures.Keyword;
import org.seatkeeper.signatures.ToolkitColumn;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.signatures.CrossVersionSignaturesView;

/** The Cross-Version Signatures view as a producer uses it: ticks, typed versions, a license file. */
class CrossVersionSignaturesViewTest {

	static final String LICENSE = """
			SERVER licsrv 0050569A1B2C 27000
			VENDOR demod
			# the new release uses time zones
			FEATURE cad demod 2.0 31-dec-2027 10 TZ=EUROPE_CET \\
			    NOTICE="BORROW is not used here" SIGN=0123
			INCREMENT viewer demod 1.5 permanent uncounted HOSTID=ANY BORROW=168
			""";

	@TempDir
	Path folder;
	private CrossVersionSignaturesView view;

	@BeforeEach
	void open() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		view = (CrossVersionSignaturesView) page.showView(SeatkeeperUi.SIGNATURES_VIEW_ID);
		view.chooseToolkits(List.of(), "");
		view.chooseKeywords(List.of());
		view.pasteLicense("");
	}

	/** Ticks a box of a check list as a click on it does. */
	private static void tick(Table list, String text) {
		org.eclipse.swt.widgets.TableItem item = java.util.Arrays.stream(list.getItems()).filter(i -> i.getText().equals(text))
				.findFirst().orElseThrow();
		item.setChecked(true);
		Event click = new Event();
		click.item = item;
		click.detail = SWT.CHECK;
		list.notifyListeners(SWT.Selection, click);
	}

	private static List<String> row(Table table, int index) {
		return FeaturesViewTest.row(table, index);
	}

	@Test
	void tickingAColumnAndAKeywordAsAUserWouldGivesTheValue() {
		Table columns = UiTestSupport.find(view.getSite().getShell(), Table.class, t -> "columns".equals(t.getData("name")));
		Table keywords = UiTestSupport.find(view.getSite().getShell(), Table.class, t -> "keywords".equals(t.getData("name")));
		assertEquals(List.of("7.1-7.2", "8.0", "8.1-8.3", "8.4", "9.0-10.8.n", "11.0-11.4.1", "11.5-11.6.1"),
				java.util.Arrays.stream(columns.getItems()).map(i -> i.getText()).toList());
		assertTrue(view.selectText().startsWith("Tick the toolkit versions"), view.selectText());
		tick(columns, "11.0-11.4.1");
		assertTrue(view.selectText().startsWith("Tick the keywords"), view.selectText());
		tick(keywords, "VM_PLATFORMS");
		Table table = view.resultTable();
		assertEquals(List.of("Keyword", "11.0-11.4.1"), FeaturesViewTest.columns(table));
		assertEquals(List.of("VM_PLATFORMS", "11.4"), row(table, 0));
		assertEquals("Select these FlexNet Publisher Versions: 11.4", view.selectText());
	}

	@Test
	void typedVersionsAndSeveralKeywordsMakeOneColumnEachWithTheReasons() {
		view.chooseKeywords(List.of(Keyword.BORROW, Keyword.SUPERSEDE_SIGN, Keyword.TZ));
		Text versions = UiTestSupport.find(view.getSite().getShell(), Text.class, t -> "versions".equals(t.getData("name")));
		versions.setText("11.0, 8.4 11.5");
		Table table = view.resultTable();
		assertEquals(List.of("Keyword", "11.0 (11.0-11.4.1)", "8.4", "11.5 (11.5-11.6.1)"), FeaturesViewTest.columns(table));
		assertEquals(List.of("BORROW", "\u2014 not needed", "\u2014 not needed", "\u2014 not needed"), row(table, 0));
		assertEquals(List.of("SUPERSEDE_SIGN", "11.4", "8.4", "\u2014 not needed"), row(table, 1));
		assertEquals(List.of("TZ", "11.4", "8.4", "11.6"), row(table, 2));
		assertEquals("Select these FlexNet Publisher Versions: 11.6, 11.4, 8.4", view.selectText());
		assertTrue(view.advice().need(Keyword.TZ, "8.4").orElseThrow().reason().contains("select FlexNet Publisher Version 8.4"));
		// the reminder about license servers is always there
		assertTrue(UiTestSupport.findAll(view.getSite().getShell(), Label.class,
				l -> l.getText().startsWith("A cross-version signature helps older applications only")).size() == 1);
	}

	@Test
	void aVersionOutsideTheTableIsToldAndTheRestAnswered() {
		view.chooseKeywords(List.of(Keyword.TZ));
		view.chooseToolkits(List.of(ToolkitColumn.V8_4), "11.7 abc");
		assertEquals(List.of("Keyword", "8.4"), FeaturesViewTest.columns(view.resultTable()));
		assertEquals("Toolkit 11.7 is newer than the table's last column (11.5-11.6.1): the table does not say what it needs.\n"
				+ "'abc' is not a toolkit version: write it as numbers separated by dots, e.g. 11.0 or 10.8.3", view.problemsText());
		view.chooseToolkits(List.of(ToolkitColumn.V8_4), "");
		assertEquals("", view.problemsText());
	}

	@Test
	void anOpenedLicenseFileTicksItsKeywordsAndSaysWhere() throws Exception {
		Path license = Files.writeString(folder.resolve("demo.lic"), LICENSE);
		view.chooseToolkits(List.of(ToolkitColumn.V9_0_TO_10_8), "");
		view.openLicense(license).join();
		UiTestSupport.waitUntil("the license to be read", () -> view.isTicked(Keyword.TZ));
		assertTrue(view.isTicked(Keyword.BORROW), "BORROW=168 on the INCREMENT line");
		assertFalse(view.isTicked(Keyword.FLOAT_OK));
		assertEquals("Found line 4 (FEATURE cad): TZ; line 6 (INCREMENT viewer): BORROW.", view.licenseFindings());
		assertEquals("Select these FlexNet Publisher Versions: 10.8", view.selectText());

		view.openLicense(folder.resolve("missing.lic")).join();
		UiTestSupport.waitUntil("the failure", () -> view.licenseFindings().contains("cannot be read"));
		assertTrue(view.licenseFindings().contains("missing.lic"), view.licenseFindings());
		assertEquals("Select these FlexNet Publisher Versions: 10.8", view.selectText(), "what was shown stays");
	}

	@Test
	void screenshot() {
		view.chooseToolkits(List.of(ToolkitColumn.V8_4, ToolkitColumn.V9_0_TO_10_8), "11.0");
		view.pasteLicense(LICENSE);
		view.chooseKeywords(List.of(Keyword.TZ, Keyword.BORROW, Keyword.VM_PLATFORMS));
		view.getSite().getShell().setSize(1280, 860);
		UiTestSupport.screenshot(view.getSite().getShell(), Screenshots.file("cross-version-signatures.png"));
	}
}
