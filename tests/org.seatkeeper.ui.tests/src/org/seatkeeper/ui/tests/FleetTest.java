package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.domain.FeatureSummary;
import org.seatkeeper.core.fleet.FleetSurvey.Row;
import org.seatkeeper.core.fleet.FleetSurvey.State;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.features.FeaturesView;
import org.seatkeeper.ui.internal.fleet.FleetOverviewView;
import org.seatkeeper.ui.internal.fleet.FleetStatus;
import org.seatkeeper.ui.internal.fleet.ServersView;
import org.seatkeeper.ui.internal.views.ServerView;

/**
 * Several embedded servers in the window: the License Servers view choosing the current server, views
 * following it with their filter and sort, a view pinned to its server and a second instance showing
 * another, servers going down and coming back, wanting a login, or showing a certificate no authority
 * vouches for, and the Fleet Overview.
 */
class FleetTest {

	@TempDir
	Path dir;
	private TestServer berlin;
	private TestServer paris;
	private IWorkbenchPage page;
	private ServerConnections fleet;
	private FleetStatus status;

	@BeforeEach
	void start() throws Exception {
		berlin = new TestServer(dir.resolve("berlin")).withFeatures();
		paris = new TestServer(dir.resolve("paris"));
		paris.server.licensing().addFeatures(List.of(TestServer.record("f4", "1.0", 8, null, 0, "ACT-F4"),
				TestServer.record("g1", "1.0", 2, null, 0, "ACT-G1"), TestServer.record("f5", "1.0", 6, null, 0, "ACT-F5")));
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		fleet = TestServer.connections();
		status = FleetStatus.of(PlatformUI.getWorkbench());
		TestServer.answerLoginsAs("admin", TestServer.ADMIN_PASSWORD);
		TestServer.put(new ServerEntry("Berlin", "http://127.0.0.1:" + berlin.port(), "Europe", "", "The production server", false));
		TestServer.put(new ServerEntry("Paris", "http://127.0.0.1:" + paris.port(), "Europe", "", "", false));
	}

	@AfterEach
	void stop() throws Exception {
		for (IViewReference reference : page.getViewReferences()) {
			if (reference.getSecondaryId() != null) {
				page.hideView(reference);
			}
		}
		IViewPart features = page.findView(SeatkeeperUi.FEATURES_VIEW_ID);
		if (features instanceof ServerView<?> view) {
			view.server().pin(null);
		}
		berlin.close();
		paris.close();
		TestServer.pointViewsBack();
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
	}

	private void makeCurrent(String name) {
		fleet.setCurrent(name);
		UiTestSupport.processEvents();
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.processEvents();
	}

	private static List<String> names(FeaturesView view) {
		return view.summaryTable().table().items().stream().map(FeatureSummary::name).toList();
	}

	private ServersView serversView() throws Exception {
		return (ServersView) page.showView(SeatkeeperUi.SERVERS_VIEW_ID);
	}

	/** Asks every server now, and waits for the answers. */
	private void survey() {
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		status.refresh();
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.processEvents();
	}

	private State state(String name) {
		return status.row(name).map(Row::state).orElse(null);
	}

	@Test
	void selectingAServerInTheLicenseServersViewMovesEveryViewToItAndKeepsTheirFilterAndSort() throws Exception {
		makeCurrent("Berlin");
		FeaturesView features = (FeaturesView) page.showView(SeatkeeperUi.FEATURES_VIEW_ID);
		UiTestSupport.waitUntil("Berlin's features", () -> names(features).size() == 3);
		features.filterField().setText("f");
		features.summaryTable().table().sortBy(0, false);
		UiTestSupport.waitUntil("the filter", () -> names(features).equals(List.of("f3", "f2", "f1")));
		assertEquals("Features \u2013 Berlin", features.getPartName());

		ServersView servers = serversView();
		ServerEntry paris = fleet.list().orElseThrow().find("Paris").orElseThrow();
		servers.viewer().setSelection(new StructuredSelection(paris), true);
		assertEquals("Paris", fleet.currentName(), "selecting a server makes it current");
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.waitUntil("Paris's features, filtered and sorted as before", () -> names(features).equals(List.of("f5", "f4")));
		assertEquals("f", features.filterField().getText());
		assertEquals("Features \u2013 Paris", features.getPartName(), "the title names the server");
		assertTrue(features.getTitleToolTip().contains("127.0.0.1:" + this.paris.port()), features.getTitleToolTip());
	}

	@Test
	void aPinnedViewKeepsItsServerAndASecondInstanceShowsAnotherSideBySide() throws Exception {
		makeCurrent("Berlin");
		FeaturesView features = (FeaturesView) page.showView(SeatkeeperUi.FEATURES_VIEW_ID);
		features.filterField().setText("");
		UiTestSupport.waitUntil("Berlin's features", () -> names(features).size() == 3);
		features.server().pin("Berlin");
		makeCurrent("Paris");
		assertEquals(List.of("f1", "f2", "f3"), names(features).stream().sorted().toList(), "a pinned view stays on its server");
		assertEquals("Features \u2013 Berlin", features.getPartName());
		assertTrue(features.getTitleToolTip().startsWith("Pinned to Berlin"), features.getTitleToolTip());
		org.eclipse.ui.XMLMemento memento = org.eclipse.ui.XMLMemento.createWriteRoot("view");
		features.saveState(memento);
		assertEquals("Berlin", memento.getString("pinnedServer"), "the pin is kept with the window's layout");

		ServerView.openPinned(page, SeatkeeperUi.FEATURES_VIEW_ID, "Paris");
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		FeaturesView second = (FeaturesView) List.of(page.getViewReferences()).stream()
				.filter(r -> SeatkeeperUi.FEATURES_VIEW_ID.equals(r.getId()) && r.getSecondaryId() != null).findFirst().orElseThrow()
				.getView(false);
		second.filterField().setText("");
		UiTestSupport.waitUntil("Paris's features in the second view", () -> names(second).size() == 3);
		assertEquals(Optional.of("Paris"), second.server().pinned());
		assertEquals("Features \u2013 Paris", second.getPartName());
		makeCurrent("Berlin");
		assertEquals(3, names(second).size());
		assertTrue(names(second).contains("g1"), "the second view stays on Paris: " + names(second));

		// renaming the pinned server: the view follows it; removing it: the view follows the current server
		fleet.change(list -> list.replace("Berlin", list.find("Berlin").orElseThrow().withName("Berlin HQ")), Map.of("Berlin", "Berlin HQ"));
		UiTestSupport.processEvents();
		assertEquals(Optional.of("Berlin HQ"), features.server().pinned());
		assertEquals("Berlin HQ", fleet.currentName(), "the current server was renamed too");
		fleet.change(list -> list.remove("Paris"), Map.of());
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		UiTestSupport.processEvents();
		assertEquals(Optional.empty(), second.server().pinned(), "its server left the list");
		assertEquals("Features \u2013 Berlin HQ", second.getPartName());
	}

	@Test
	void aServerGoingDownAndComingBackAndOneWantingALogin() throws Exception {
		makeCurrent("Berlin");
		serversView();
		survey();
		assertEquals(State.UP, state("Berlin"));
		assertEquals(State.LOGIN_NEEDED, state("Paris"), "no login is known for Paris: the survey never asks for one");

		berlin.stop();
		survey();
		assertEquals(State.DOWN, state("Berlin"));
		assertFalse(status.row("Berlin").orElseThrow().detail().isEmpty(), "a down server's row says why");
		berlin.restart();
		survey();
		assertEquals(State.UP, state("Berlin"), "back");

		fleet.connection("Paris").orElseThrow().logIn(new org.seatkeeper.core.client.Credentials("admin",
				TestServer.ADMIN_PASSWORD.toCharArray()), false, null);
		survey();
		assertEquals(State.UP, state("Paris"), "logged in");
		assertEquals(3, status.row("Paris").orElseThrow().features());
	}

	@Test
	void theEmbeddedServerIsAskedAsSoonAsItRunsNotAtTheNextInterval() throws Exception {
		serversView();
		makeCurrent("Berlin");
		fleet.change(list -> list.remove(ServerEntry.DEMO_NAME), Map.of()); // its server stops
		fleet.change(list -> list.add(ServerEntry.demo()), Map.of());
		survey();
		assertEquals(Optional.empty(), status.row(ServerEntry.DEMO_NAME), "not running: not asked, and no old figures shown");
		makeCurrent(ServerEntry.DEMO_NAME); // the views start it
		UiTestSupport.waitUntil("the demo server's figures", () -> status.row(ServerEntry.DEMO_NAME).isPresent());
		assertEquals(State.UP, state(ServerEntry.DEMO_NAME));
	}

	@Test
	void aCertificateNoAuthorityVouchesForIsTrustedThroughADialogThatNamesTheServer() throws Exception {
		TestServer secure = TestServer.https(dir.resolve("secure"));
		try {
			TestServer.put(ServerEntry.of("Secure lab", "https://127.0.0.1:" + secure.port()));
			List<String> seen = new ArrayList<>();
			UiTestSupport.whenShell("Untrusted Certificate", shell -> {
				org.eclipse.jface.dialogs.TitleAreaDialog dialog = (org.eclipse.jface.dialogs.TitleAreaDialog) shell.getData();
				seen.add(dialog.getShell().getText() + ": " + UiTestSupport.find(shell, Text.class, t -> "server".equals(t.getData("name"))).getText());
				seen.add(UiTestSupport.find(shell, Text.class, t -> "fingerprint".equals(t.getData("name"))).getText());
				UiTestSupport.screenshot(shell, Screenshots.file("trust-dialog.png"));
				UiTestSupport.find(shell, org.eclipse.swt.widgets.Button.class, b -> b.getText().replace("&", "").equals("Trust This Certificate"))
						.notifyListeners(SWT.Selection, new Event());
			});
			FeaturesView features = (FeaturesView) page.showView(SeatkeeperUi.FEATURES_VIEW_ID);
			features.filterField().setText("");
			makeCurrent("Secure lab");
			UiTestSupport.waitUntil("the dialog to be answered", () -> seen.size() == 2);
			assertEquals("Untrusted Certificate: Secure lab  (127.0.0.1:" + secure.port() + ")", seen.get(0), "the dialog names the server");
			assertTrue(seen.get(1).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), seen.get(1));
			UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
			UiTestSupport.waitUntil("the features once trusted", () -> features.current() != null && features.problem() == null);
			String pins = Files.readString(fleet.listFile().path().toAbsolutePath().resolveSibling("trusted-certificates"));
			assertTrue(pins.contains("127.0.0.1:" + secure.port() + " " + seen.get(1)), pins);

			// the server's dialog shows the certificate trusted for it, and forgets it
			List<String> trust = new ArrayList<>();
			UiTestSupport.whenShell("Edit \u201cSecure lab\u201d", shell -> {
				org.eclipse.swt.widgets.Label label = UiTestSupport.find(shell, org.eclipse.swt.widgets.Label.class,
						l -> "trust".equals(l.getData("name")));
				UiTestSupport.waitUntil("the trusted certificate", () -> label.getText().startsWith("Trusted by"));
				trust.add(label.getText());
				UiTestSupport.find(shell, org.eclipse.swt.widgets.Button.class, b -> "forgetTrust".equals(b.getData("name")))
						.notifyListeners(SWT.Selection, new Event());
				UiTestSupport.waitUntil("the certificate forgotten", () -> label.getText().startsWith("Checked against"));
				trust.add(label.getText());
				UiTestSupport.find(shell, org.eclipse.swt.widgets.Button.class, b -> b.getText().equals("Cancel"))
						.notifyListeners(SWT.Selection, new Event());
			});
			serversView().editing().edit(fleet.list().orElseThrow().find("Secure lab").orElseThrow());
			assertEquals("Trusted by its fingerprint: " + seen.get(1), trust.get(0));
			assertTrue(trust.get(1).startsWith("Checked against the Java trust store; none trusted by fingerprint"), trust.get(1));
			assertFalse(Files.readString(fleet.listFile().path().toAbsolutePath().resolveSibling("trusted-certificates")).contains(seen.get(1)),
					"forgotten in the file too");
		} finally {
			secure.close();
		}
	}

	@Test
	void theFleetOverviewShowsEveryServerOneDownSortsFiltersMakesCurrentAndExportsCsv() throws Exception {
		int dead;
		try (ServerSocket socket = new ServerSocket(0)) {
			dead = socket.getLocalPort(); // nothing listens there once closed
		}
		TestServer.put(new ServerEntry("Tokyo", "http://127.0.0.1:" + dead, "Asia", "", "", false));
		fleet.connection("Paris").orElseThrow().logIn(new org.seatkeeper.core.client.Credentials("admin",
				TestServer.ADMIN_PASSWORD.toCharArray()), false, null);
		makeCurrent("Berlin");
		FleetOverviewView overview = (FleetOverviewView) page.showView(SeatkeeperUi.FLEET_VIEW_ID);
		survey();
		UiTestSupport.waitUntil("the rows of Berlin, Paris and Tokyo", () -> overview.shown().stream()
				.filter(l -> List.of("Berlin", "Paris", "Tokyo").contains(l.server().name()) && l.row().isPresent()).count() == 3);
		List<String> byName = overview.shown().stream().map(l -> l.server().name()).toList();
		assertTrue(byName.containsAll(List.of("Berlin", "Paris", "Tokyo")), byName.toString());
		FleetOverviewView.Line tokyo = overview.shown().stream().filter(l -> l.server().name().equals("Tokyo")).findFirst().orElseThrow();
		assertEquals(State.DOWN, tokyo.row().orElseThrow().state());

		overview.sortBy(4, true); // features, most first
		assertEquals(List.of("Berlin", "Paris"), overview.shown().stream().map(l -> l.server().name()).filter(n -> !n.startsWith("Demo") && !n.equals("Tokyo")).toList());
		assertEquals("Tokyo", overview.shown().get(overview.shown().size() - 1).server().name(), "a down server has no figures: last");
		overview.filter().setText("asia");
		assertEquals(List.of("Tokyo"), overview.shown().stream().map(l -> l.server().name()).toList());
		overview.filter().setText("");

		Path csv = dir.resolve("fleet.csv");
		overview.exportCsv(csv);
		UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals("name,group,address,state,detail,version,features,used,count,percent_in_use,nearest_expiry,devices,answered_ms", lines.get(0));
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("Berlin,Europe,127.0.0.1:" + berlin.port() + ",UP,,")), lines.toString());
		assertEquals("Tokyo", lines.get(lines.size() - 1).split(",")[0], "the rows as shown: sorted by features, most first");
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("Tokyo,Asia,127.0.0.1:" + dead + ",DOWN,")), lines.toString());

		int parisRow = overview.shown().indexOf(overview.shown().stream().filter(l -> l.server().name().equals("Paris")).findFirst().orElseThrow());
		overview.viewer().getTable().setSelection(parisRow);
		overview.viewer().getTable().notifyListeners(SWT.DefaultSelection, new Event());
		UiTestSupport.processEvents();
		assertEquals("Paris", fleet.currentName(), "double-click makes the server current");

		// the pictures of the README and the guide: each view maximized in a 1280 x 800 window
		ServersView servers = serversView();
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		window.setBounds(0, 0, 1280, 800);
		for (IViewPart part : List.of(servers, overview)) {
			page.activate(part);
			page.setPartState(page.getReference(part), IWorkbenchPage.STATE_MAXIMIZED);
			UiTestSupport.processEvents();
			UiTestSupport.screenshot(window, Screenshots.file(part == servers ? "license-servers.png" : "fleet-overview.png"));
			page.setPartState(page.getReference(part), IWorkbenchPage.STATE_RESTORED);
		}
	}
}
