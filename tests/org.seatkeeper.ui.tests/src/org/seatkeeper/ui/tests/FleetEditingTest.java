package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.core.fleet.ServerList;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.fleet.ServerListEditing;
import org.seatkeeper.ui.internal.fleet.ServersView;

/** The License Servers view's dialogs: edit with Test Connection, duplicate, move to a group, remove, import and export. */
class FleetEditingTest {

	@TempDir
	Path dir;
	private TestServer berlin;
	private ServerConnections fleet;
	private ServerListEditing editing;

	@BeforeEach
	void start() throws Exception {
		berlin = new TestServer(dir.resolve("berlin")).withFeatures();
		fleet = TestServer.connections();
		TestServer.answerLoginsAs("admin", TestServer.ADMIN_PASSWORD);
		TestServer.put(new ServerEntry("Berlin", "http://127.0.0.1:" + berlin.port(), "Europe", "", "", false));
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		editing = ((ServersView) page.showView(SeatkeeperUi.SERVERS_VIEW_ID)).editing();
	}

	@AfterEach
	void stop() throws Exception {
		berlin.close();
		TestServer.pointViewsBack();
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
	}

	private ServerList list() throws Exception {
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		return fleet.listFile().read();
	}

	private static Button button(Shell shell, String text) {
		return UiTestSupport.find(shell, Button.class, b -> text.equals(b.getText().replace("&", "")));
	}

	private static Text field(Shell shell, String name) {
		return UiTestSupport.find(shell, Text.class, t -> name.equals(t.getData("name")));
	}

	@Test
	void editingTestsTheServerAsGivenAndRenamingKeepsItCurrent() throws Exception {
		fleet.setCurrent("Berlin");
		// the views ask Berlin, and log in (as the login dialog would): the test then knows the login
		UiTestSupport.processEvents();
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.waitUntil("the login", () -> fleet.session().isPresent());
		List<String> seen = new ArrayList<>();
		UiTestSupport.whenShell("Edit \u201cBerlin\u201d", shell -> {
			Label result = UiTestSupport.find(shell, Label.class, l -> "testResult".equals(l.getData("name")));
			button(shell, "Test Connection").notifyListeners(SWT.Selection, new Event());
			UiTestSupport.waitUntil("the test's answer", () -> !result.getText().startsWith("Asking"));
			seen.add(result.getText());
			field(shell, "address").setText("127.0.0.1:1");
			button(shell, "Test Connection").notifyListeners(SWT.Selection, new Event());
			UiTestSupport.waitUntil("the test's answer", () -> !result.getText().startsWith("Asking"));
			seen.add(result.getText());
			field(shell, "address").setText("http://127.0.0.1:" + berlin.port());
			field(shell, "name").setText("Berlin HQ");
			field(shell, "notes").setText("Rack 4");
			button(shell, "OK").notifyListeners(SWT.Selection, new Event());
		});
		editing.edit(fleet.list().orElseThrow().find("Berlin").orElseThrow());
		assertTrue(seen.get(0).matches("Up: version .+, 4 feature records, 0 % in use; answered in \\d+ ms\\."), seen.get(0));
		assertTrue(seen.get(1).startsWith("Down: "), seen.get(1));
		ServerEntry edited = list().find("Berlin HQ").orElseThrow();
		assertEquals("Rack 4", edited.notes());
		assertEquals("Europe", edited.group());
		assertEquals("Berlin HQ", fleet.currentName(), "the current server was renamed");
	}

	@Test
	void duplicateMoveToAGroupAndRemove() throws Exception {
		List<String> proposed = new ArrayList<>();
		UiTestSupport.whenShell("Duplicate \u201cBerlin\u201d", shell -> {
			proposed.add(field(shell, "name").getText());
			field(shell, "name").setText("Berlin staging");
			button(shell, "OK").notifyListeners(SWT.Selection, new Event());
		});
		editing.duplicate(list().find("Berlin").orElseThrow());
		assertEquals(List.of("Berlin (copy)"), proposed);
		assertEquals("http://127.0.0.1:" + berlin.port(), list().find("Berlin staging").orElseThrow().url());

		UiTestSupport.whenShell("Move to Group", shell -> {
			UiTestSupport.find(shell, Combo.class, c -> "group".equals(c.getData("name"))).setText("Test systems");
			button(shell, "OK").notifyListeners(SWT.Selection, new Event());
		});
		editing.moveToGroup(List.of(list().find("Berlin staging").orElseThrow()));
		assertEquals("Test systems", list().find("Berlin staging").orElseThrow().group());
		assertEquals(List.of("Europe", "Test systems"), List.copyOf(list().groups()));

		UiTestSupport.answerDialog("Remove Servers", "OK");
		editing.remove(List.of(list().find("Berlin staging").orElseThrow()));
		assertTrue(list().find("Berlin staging").isEmpty());
	}

	@Test
	void anImportedListAddsItsServersAndKeepsThoseOfTheSameName() throws Exception {
		Path exported = dir.resolve("exported.json");
		Files.writeString(exported, ServerList.empty().add(ServerEntry.of("Berlin", "10.0.0.1")).add(ServerEntry.of("Lyon", "10.0.0.2"))
				.toJson());
		List<String> said = new ArrayList<>();
		UiTestSupport.whenShell("Import Server List", shell -> {
			said.add(UiTestSupport.find(shell, Label.class, l -> l.getText().contains("added")).getText());
			button(shell, "OK").notifyListeners(SWT.Selection, new Event());
		});
		editing.importFrom(exported);
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.waitUntil("the summary", () -> !said.isEmpty());
		assertEquals("1 server added from exported.json. These were in the list already and are kept as they are: Berlin.", said.get(0));
		assertEquals("10.0.0.2", list().find("Lyon").orElseThrow().url());
		assertEquals("http://127.0.0.1:" + berlin.port(), list().find("Berlin").orElseThrow().url(), "kept as it was");

		Path broken = dir.resolve("broken.json");
		Files.writeString(broken, "{\"version\":1,\"servers\":[{\"name\":\"X\",\"url\":\"ftp://x\"}]}");
		List<String> refused = new ArrayList<>();
		UiTestSupport.whenShell("Import Server List", shell -> {
			refused.add(UiTestSupport.find(shell, Label.class, l -> l.getText().contains("not imported")).getText());
			button(shell, "OK").notifyListeners(SWT.Selection, new Event());
		});
		ServerList before = list();
		editing.importFrom(broken);
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.waitUntil("the refusal", () -> !refused.isEmpty());
		assertTrue(refused.get(0).startsWith(broken + " was not imported, and the list is as it was: "), refused.get(0));
		assertTrue(refused.get(0).contains("ftp://x"), refused.get(0));
		assertEquals(before, list());
	}
}
