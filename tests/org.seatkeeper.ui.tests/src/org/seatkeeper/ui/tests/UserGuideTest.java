package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.help.UserGuide;

/** The user guide: Help › Seatkeeper User Guide opens its contents, F1 in a view opens that view's page, and no link is broken. */
class UserGuideTest {

	private final List<URL> opened = new ArrayList<>();

	@AfterEach
	void browserAgain() {
		UserGuide.openWith(null);
	}

	@Test
	void helpMenuOpensTheContents() throws Exception {
		UserGuide.openWith(opened::add);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		MenuItem[] help = WorkbenchWindowTest.shown(window.getShell().getMenuBar().getItems()[3]);
		MenuItem guide = java.util.Arrays.stream(help).filter(i -> i.getText().replace("&", "").startsWith("Seatkeeper User Guide"))
				.findFirst().orElseThrow(() -> new AssertionError("no Help › Seatkeeper User Guide"));
		guide.notifyListeners(SWT.Selection, new Event());
		UiTestSupport.processEvents();
		assertEquals(1, opened.size());
		assertTrue(opened.get(0).toString().endsWith("guide/index.html"), opened.toString());
		assertTrue(Files.readString(Path.of(opened.get(0).toURI())).contains("<title>Seatkeeper User Guide"));
	}

	@Test
	void f1InAViewOpensItsPage() throws Exception {
		UserGuide.openWith(opened::add);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		String[][] views = { { SeatkeeperUi.DEVICES_VIEW_ID, "devices.html" }, { SeatkeeperUi.POOLS_VIEW_ID, "pools.html" },
				{ SeatkeeperUi.SIGNATURES_VIEW_ID, "signatures.html" } };
		for (String[] view : views) {
			page.showView(view[0]);
			UiTestSupport.processEvents();
			ParameterizedCommand bound = bindings.getPerfectMatch(org.eclipse.jface.bindings.keys.KeySequence.getInstance("F1")) == null ? null
					: bindings.getPerfectMatch(org.eclipse.jface.bindings.keys.KeySequence.getInstance("F1")).getParameterizedCommand();
			assertEquals("org.seatkeeper.ui.guideForPart", bound == null ? null : bound.getId(), "F1 in " + view[0]);
			PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(bound, null);
			assertTrue(opened.get(opened.size() - 1).toString().endsWith("guide/" + view[1]), opened.toString());
		}
	}

	@Test
	void everyPageExistsAndEveryLinkLeadsToAPage() throws Exception {
		Path folder = Path.of(UserGuide.url(UserGuide.CONTENTS).toURI()).getParent();
		List<String> pages = new ArrayList<>(List.of(UserGuide.CONTENTS, "model-files.html", "server.html", "cli.html"));
		for (String view : new String[] { SeatkeeperUi.SERVERS_VIEW_ID, SeatkeeperUi.FLEET_VIEW_ID, SeatkeeperUi.FEATURES_VIEW_ID,
				SeatkeeperUi.DEVICES_VIEW_ID, SeatkeeperUi.RESERVATIONS_VIEW_ID,
				SeatkeeperUi.POOLS_VIEW_ID, SeatkeeperUi.SERVER_PROPERTIES_VIEW_ID, SeatkeeperUi.ABOUT_VIEW_ID,
				SeatkeeperUi.OFFLINE_EXCHANGES_VIEW_ID, SeatkeeperUi.SIGNATURES_VIEW_ID, SeatkeeperUi.USAGE_HISTORY_VIEW_ID,
				SeatkeeperUi.PEAK_REPORT_VIEW_ID, SeatkeeperUi.ALERTS_VIEW_ID }) {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			pages.add(UserGuide.pageFor(page.showView(view)));
		}
		// License Servers and the Fleet Overview share one page, and so do Usage History, the Peak Report and Alerts
		assertEquals(14, pages.stream().distinct().count(), "every other view has a page of its own: " + pages);
		Pattern link = Pattern.compile("(?:href|src)=\"([^\"#]+)\"");
		int pictures = 0;
		try (var files = Files.list(folder)) {
			for (Path html : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String text = Files.readString(html);
				assertTrue(text.contains("<h1>"), html + " has a title");
				Matcher m = link.matcher(text);
				while (m.find()) {
					assertTrue(Files.exists(folder.resolve(m.group(1))), html.getFileName() + " links to " + m.group(1));
					pictures += m.group(1).endsWith(".png") ? 1 : 0;
				}
				if (!List.of("cli.html", "server.html").contains(html.getFileName().toString())) {
					assertTrue(text.contains("<img src=\"images/"), html.getFileName() + " shows a screenshot");
				}
			}
		}
		for (String page : pages) {
			assertTrue(Files.exists(folder.resolve(page)), page);
		}
		assertTrue(pictures >= 12, "screenshots in the guide: " + pictures);
	}
}
