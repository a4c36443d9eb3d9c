package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.domain.ReservationGroup;
import org.seatkeeper.core.reservations.ReservationsJson;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.reservations.AddReservationsDialog;
import org.seatkeeper.ui.internal.reservations.ReservationsView;

/** The Reservations view: statuses, add and submit, delete, import and export, edit in place, and a model that forbids them. */
class ReservationsViewTest {

	static final String JSON = """
			{"reservationGroups":[{"name":"eng","reservations":[{"hostId":{"type":"STRING","value":"dev-a"},
			"reservationEntries":[{"featureName":"f1","featureVersion":"1.0","featureCount":3}]}]}]}
			""";

	@TempDir
	Path data;
	private TestServer server;
	private ReservationsView view;

	@BeforeEach
	void open() throws Exception {
		server = new TestServer(data.resolve("server")).withFeatures();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		view = (ReservationsView) page.showView(SeatkeeperUi.RESERVATIONS_VIEW_ID);
		server.connect(50);
		UiTestSupport.waitUntil("the reservations", () -> view.current() != null);
	}

	@AfterEach
	void close() throws Exception {
		server.close();
	}

	private List<ReservationGroup> serverGroups() throws Exception {
		try (LicenseServerClient admin = server.admin()) {
			return admin.reservationGroups(new NullProgressMonitor());
		}
	}

	private void settle() {
		for (int i = 0; i < 3; i++) {
			UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
			UiTestSupport.processEvents();
		}
	}

	@Test
	void addedEntriesWaitAsPendingThenSubmitMakesTheGroup() throws Exception {
		view.addPending(AddReservationsDialog.groups(List.of(new AddReservationsDialog.Entry("eng", "STRING", "dev-a", "f1", "1.0", 3),
				new AddReservationsDialog.Entry("eng", "STRING", "dev-b", "f2", "2.0", 9))));
		Table table = view.rowsTable().table().table();
		assertEquals(List.of("Status", "Device ID", "ID Type", "Reservation Group", "Feature Name", "Version", "Count"),
				FeaturesViewTest.columns(table));
		assertEquals(2, table.getItemCount());
		assertEquals(List.of("\u2713", "dev-a", "STRING", "eng  (to add)", "f1", "1.0", "3"), FeaturesViewTest.row(table, 0));
		assertEquals("\u2717", FeaturesViewTest.row(table, 1).get(0), "9 of f2 cannot be satisfied: the server has 4");
		assertTrue(serverGroups().isEmpty(), "nothing is sent before Submit");

		// the server refuses a group it cannot satisfy: the pending groups stay, with the server's reason
		view.submit();
		settle();
		UiTestSupport.waitUntil("the refusal", () -> view.problem() != null);
		assertEquals(1, view.pendingAdds().size());
		assertTrue(serverGroups().isEmpty());

		table.setSelection(1);
		view.markForDeletion(); // a pending group is simply dropped
		assertTrue(view.pendingAdds().isEmpty());
		view.addPending(AddReservationsDialog.groups(List.of(new AddReservationsDialog.Entry("eng", "STRING", "dev-a", "f1", "1.0", 3),
				new AddReservationsDialog.Entry("ops", "STRING", "dev-c", "f3", "1.5", 1))));
		view.submit();
		settle();
		UiTestSupport.waitUntil("the groups on the server", () -> view.current().groups().size() == 2);
		assertTrue(view.pendingAdds().isEmpty());
		assertEquals(List.of("eng", "ops"), serverGroups().stream().map(ReservationGroup::name).sorted().toList());
	}

	@Test
	void aReadOnlyLoginFindsTheWritesDisabledAndTheServerRefusesThemWithItsReason() throws Exception {
		server.createReader();
		server.connect(50, TestServer.READER, TestServer.READER_PASSWORD);
		UiTestSupport.waitUntil("the reader's reservations", () -> view.current() != null && !view.addButton().isEnabled());
		assertFalse(view.submitButton().isEnabled());
		Label pending = UiTestSupport.find(view.getSite().getShell(), Label.class,
				l -> l.isVisible() && l.getText().contains("reservations are read-only"));
		assertTrue(pending.getText().contains("ROLE_RESERVATIONS"), pending.getText());

		// groups made pending before the login changed: the server refuses them, and they stay pending
		view.addPending(AddReservationsDialog.groups(List.of(new AddReservationsDialog.Entry("eng", "STRING", "dev-a", "f1", "1.0", 1))));
		view.submit();
		settle();
		UiTestSupport.waitUntil("the refusal", () -> view.problem() != null);
		assertEquals("Access denied: User reader may not do this: it needs ROLE_RESERVATIONS", view.problem());
		assertEquals(1, view.pendingAdds().size(), "nothing is lost");
		assertTrue(serverGroups().isEmpty());
	}

	@Test
	void aDeviceInTwoGroupsIsRefusedBeforeAnythingIsSent() {
		view.addPending(AddReservationsDialog.groups(List.of(new AddReservationsDialog.Entry("eng", "STRING", "dev-a", "f1", "1.0", 1))));
		view.addPending(AddReservationsDialog.groups(List.of(new AddReservationsDialog.Entry("ops", "STRING", "dev-a", "f2", "2.0", 1))));
		assertTrue(view.problem().contains("dev-a"), view.problem());
		assertEquals(1, view.pendingAdds().size());
	}

	@Test
	void groupsMarkedForDeletionGoOnSubmit() throws Exception {
		try (LicenseServerClient admin = server.admin()) {
			admin.addReservationGroups(AddReservationsDialog.groups(List.of(new AddReservationsDialog.Entry("eng", "STRING", "dev-a", "f1",
					"1.0", 1))), new NullProgressMonitor());
		}
		view.refresh();
		settle();
		UiTestSupport.waitUntil("the group", () -> view.current().groups().size() == 1);
		Table table = view.rowsTable().table().table();
		table.setSelection(0);
		view.markForDeletion();
		assertEquals("eng  (to delete)", FeaturesViewTest.row(table, 0).get(3));
		assertEquals(1, serverGroups().size(), "still there until Submit");
		view.submit();
		settle();
		UiTestSupport.waitUntil("the deletion", () -> view.current().groups().isEmpty());
		assertTrue(serverGroups().isEmpty());
	}

	@Test
	void importMakesPendingGroupsAndExportWritesTheDocumentedJson() throws Exception {
		Path in = Files.writeString(data.resolve("in.json"), JSON);
		view.importFile(in);
		settle();
		assertEquals(1, view.pendingAdds().size());
		view.submit();
		settle();
		UiTestSupport.waitUntil("the imported group", () -> view.current().groups().size() == 1);
		Path out = data.resolve("out.json");
		view.exportFile(out);
		settle();
		String written = Files.readString(out);
		List<ReservationGroup> back = ReservationsJson.read(written);
		assertEquals("eng", back.get(0).name());
		assertEquals("dev-a", back.get(0).reservations().get(0).hostId().value());
		assertEquals(3, back.get(0).reservations().get(0).entries().get(0).count());
		try (var files = Files.list(data)) {
			assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList(), "no partial file left");
		}
	}

	@Test
	void aBadImportFileIsRefusedWithEveryProblem() throws Exception {
		Path in = Files.writeString(data.resolve("bad.json"), "{\"reservationGroups\":[{\"name\":\"\",\"reservations\":[]}]}");
		List<org.eclipse.core.runtime.IStatus> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
		org.eclipse.core.runtime.ILogListener listener = (status, plugin) -> logged.add(status);
		org.eclipse.core.runtime.Platform.addLogListener(listener);
		try {
			view.importFile(in);
			settle();
			view.importFile(data.resolve("missing.json"));
			settle();
			assertTrue(view.problem().endsWith("missing.json does not exist."), view.problem());
		} finally {
			org.eclipse.core.runtime.Platform.removeLogListener(listener);
		}
		assertEquals(List.of(), logged, "a file the user chose is their problem: shown in the view, not logged");
		view.importFile(in);
		settle();
		assertTrue(view.problem().startsWith("bad.json is not a reservations file Seatkeeper can import: "), view.problem());
		assertTrue(view.pendingAdds().isEmpty());
	}

	@Test
	void editingAGroupThatTheServerRefusesKeepsTheOldGroup() throws Exception {
		ReservationGroup old;
		try (LicenseServerClient admin = server.admin()) {
			old = admin.addReservationGroups(AddReservationsDialog.groups(List.of(new AddReservationsDialog.Entry("eng", "STRING", "dev-a",
					"f1", "1.0", 2))), new NullProgressMonitor()).get(0);
		}
		view.replaceGroup(old, AddReservationsDialog.groups(List.of(new AddReservationsDialog.Entry("eng", "STRING", "dev-a", "f1", "1.0",
				99))).get(0));
		settle();
		UiTestSupport.waitUntil("the refusal", () -> view.problem() != null);
		assertTrue(view.problem().endsWith("The group was restored as it was."), view.problem());
		assertEquals(2, serverGroups().get(0).reservations().get(0).entries().get(0).count());
	}

	@Test
	void anActiveModelExplainsWhyReservationsCannotBeUsed() throws Exception {
		try (LicenseServerClient admin = server.admin()) {
			admin.uploadModel(PoolsViewTest.MODEL, new NullProgressMonitor());
		}
		view.refresh();
		settle();
		UiTestSupport.waitUntil("the note", () -> view.current().model() != null && !view.current().model().isDefault());
		org.eclipse.swt.widgets.Label note = UiTestSupport.find(view.getSite().getShell(), org.eclipse.swt.widgets.Label.class,
				l -> "problem".equals(l.getData("name")) && l.isVisible() && l.getText().startsWith("A model definition is active"));
		assertTrue(note.getText().contains("Named License Pools"), note.getText());
		assertFalse(view.addButton().isEnabled());
	}

	@Test
	void screenshot() {
		view.addPending(AddReservationsDialog.groups(List.of(new AddReservationsDialog.Entry("eng", "STRING", "dev-a", "f1", "1.0", 3),
				new AddReservationsDialog.Entry("eng", "STRING", "dev-b", "f2", "2.0", 9),
				new AddReservationsDialog.Entry("ops", "ETHERNET", "0a1b2c3d4e5f", "f3", "1.5", 1))));
		view.getSite().getShell().setSize(1280, 800);
		UiTestSupport.screenshot(view.getSite().getShell(), Screenshots.file("reservations-view.png"));
		assertTrue(view.submitButton().isEnabled(), "pending groups can be submitted");
	}
}
