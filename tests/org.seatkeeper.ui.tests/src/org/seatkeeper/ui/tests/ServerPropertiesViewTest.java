package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.domain.HostId;
import org.seatkeeper.core.domain.HostIds;
import org.seatkeeper.core.domain.Setting;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.properties.ServerPropertiesView;

/** The License Server Properties view: groups, checked edits, Save, producer-only settings and a read-only login. */
class ServerPropertiesViewTest {

	@TempDir
	Path data;
	private TestServer server;
	private ServerPropertiesView view;

	@BeforeEach
	void open() throws Exception {
		server = new TestServer(data);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		view = (ServerPropertiesView) page.showView(SeatkeeperUi.SERVER_PROPERTIES_VIEW_ID);
		server.connect(50);
		UiTestSupport.waitUntil("the settings", () -> view.current() != null && !view.groups().isEmpty());
	}

	@AfterEach
	void close() throws Exception {
		server.close();
	}

	private String serverValue(String name) throws Exception {
		try (LicenseServerClient admin = server.admin()) {
			return admin.settings(new NullProgressMonitor()).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow()
					.value();
		}
	}

	@Test
	void showsTheEightGroupsOfTheGuide() {
		assertEquals(List.of("General", "Secure REST API", "Server Sync", "License Generation", "Server-to-Server Sync",
				"Capability Polling", "Locally Deployed License Server", "Logging"),
				view.groups().stream().map(ServerPropertiesView.Group::label).toList());
		assertEquals(8, view.viewer().getTree().getItemCount());
	}

	@Test
	void aValidEditIsSavedAndABadOneIsRefusedWithTheReason() throws Exception {
		assertTrue(view.edit("security.token.duration", "forever").isPresent());
		assertTrue(view.problem().contains("expected a time such as 30s"), view.problem());
		assertTrue(view.pendingChanges().isEmpty(), "a bad value is not kept");

		assertTrue(view.edit("security.token.duration", "2h").isEmpty());
		assertTrue(view.edit("logging.threshold", "warn").isEmpty());
		assertEquals(List.of("security.token.duration: 1d \u2192 2h", "logging.threshold: info \u2192 warn"), view.pendingChanges());
		assertTrue(view.saveButton().isEnabled());
		view.save(false);
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.waitUntil("the save", () -> view.pendingChanges().isEmpty());
		assertEquals("2h", serverValue("security.token.duration"));
		assertEquals("warn", serverValue("logging.threshold"));
		Setting saved = view.groups().stream().flatMap(g -> g.settings().stream()).filter(s -> s.name().equals("logging.threshold"))
				.findFirst().orElseThrow();
		assertEquals("warn", saved.value());
		assertFalse(view.saveButton().isEnabled());
	}

	@Test
	void theServersHostidIsChosenAmongThoseOfItsMachineAndSavedWithTheSettings() throws Exception {
		HostIds offered = view.hostIds();
		assertNotNull(offered, "the embedded server lists its hostids");
		assertTrue(offered.all().size() >= 2, "an Ethernet address and the server's STRING id: " + offered.all());
		// the first row of General, with the hostid in use
		TreeItem general = view.viewer().getTree().getItem(0);
		view.viewer().setExpandedState(view.groups().get(0), true);
		assertEquals("Server hostid", general.getItem(0).getText(0));
		HostId selected = offered.selected();
		assertEquals(selected.value() + " (" + selected.type() + ")", general.getItem(0).getText(1));
		assertTrue(general.getItem(0).getText(3).contains(offered.all().size() + " hostids"), general.getItem(0).getText(3));
		assertTrue(view.getContentDescription().endsWith("hostid " + selected.value() + " (" + selected.type() + ")"),
				view.getContentDescription());

		HostId other = offered.all().stream().filter(id -> !id.equals(selected)).findFirst().orElseThrow();
		view.selectHostId(other);
		assertEquals(other.value() + " (" + other.type() + ")", general.getItem(0).getText(1));
		assertEquals(List.of("Server hostid: " + selected.value() + " (" + selected.type() + ") \u2192 " + other.value() + " (" + other.type()
				+ ")"), view.pendingChanges());
		assertTrue(view.saveButton().isEnabled());
		assertTrue(view.edit("logging.threshold", "warn").isEmpty());
		view.save(false);
		UiTestSupport.waitUntil("the save", () -> view.pendingChanges().isEmpty());
		try (LicenseServerClient admin = server.admin()) {
			assertEquals(other, admin.hostIds(new NullProgressMonitor()).selected());
		}
		assertEquals("warn", serverValue("logging.threshold"));
		assertEquals(other, view.hostIds().selected());
		assertFalse(view.saveButton().isEnabled());

		// choosing the one in use again is no change; one the machine does not have is refused
		view.selectHostId(other);
		assertTrue(view.pendingChanges().isEmpty());
		assertThrows(IllegalArgumentException.class, () -> view.selectHostId(new HostId("ETHERNET", "000000000000")));
	}

	@Test
	void aSettingIsShownInThePropertiesView() throws Exception {
		Setting threshold = view.groups().stream().flatMap(g -> g.settings().stream()).filter(s -> s.name().equals("logging.threshold"))
				.findFirst().orElseThrow();
		view.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(threshold), true);
		java.util.Map<String, String> shown = PropertiesViewTest.propertiesOf(view);
		assertEquals("logging.threshold", shown.get("Name"));
		assertEquals("info", shown.get("Default value"));
		assertEquals("yes", shown.get("Editable"));
		assertEquals("Logging", shown.get("Group"), "the group's name, not its id");
		assertEquals(null, shown.get("Group label"));
	}

	@Test
	void producerOnlySettingsAreReadOnlyWithTheReason() {
		Setting enabled = view.groups().stream().flatMap(g -> g.settings().stream()).filter(s -> s.name().equals("security.enabled"))
				.findFirst().orElseThrow();
		assertFalse(enabled.editable());
		String refused = view.edit("security.enabled", "false").orElseThrow();
		assertTrue(refused.contains("Only the producer can change this setting"), refused);
		assertTrue(view.pendingChanges().isEmpty());
	}

	@Test
	void aReadOnlyLoginCannotSaveAndIsToldWhy() throws Exception {
		server.createReader();
		server.connect(50, TestServer.READER, TestServer.READER_PASSWORD);
		UiTestSupport.waitUntil("the settings", () -> view.current() != null && !view.groups().isEmpty());
		UiTestSupport.waitUntil("the reader's login", () -> TestServer.connections().lacks(org.seatkeeper.core.domain.Role.ADMIN));
		view.edit("logging.threshold", "warn");
		UiTestSupport.processEvents();
		assertFalse(view.saveButton().isEnabled(), "the role is known up front");
		// the server refuses too, with its reason, and the edit is kept
		view.save(false);
		UiTestSupport.waitUntil("the refusal", () -> view.problem() != null);
		assertTrue(view.problem().toLowerCase().contains("denied") || view.problem().contains("ROLE_ADMIN"), view.problem());
		assertEquals(List.of("logging.threshold: info \u2192 warn"), view.pendingChanges());
		assertEquals("info", serverValue("logging.threshold"));
	}

	@Test
	void screenshot() throws Exception {
		Setting duration = view.groups().stream().flatMap(g -> g.settings().stream()).filter(s -> s.name().equals("security.token.duration"))
				.findFirst().orElseThrow();
		view.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(duration), true);
		PropertiesViewTest.propertiesOf(view);
		view.getSite().getShell().setSize(1280, 860);
		UiTestSupport.screenshot(view.getSite().getShell(), Screenshots.file("server-properties.png"));
	}
}
