package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.domain.ActivationCount;
import org.seatkeeper.core.domain.ClientKey;
import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.core.domain.HostId;
import org.seatkeeper.core.domain.Reservation;
import org.seatkeeper.core.domain.ReservationEntry;
import org.seatkeeper.core.domain.ReservationGroup;
import org.seatkeeper.core.offline.ActivationList.Row;
import org.seatkeeper.core.offline.ExchangeHistory;
import org.seatkeeper.core.offline.ExchangeHistory.Exchange;
import org.seatkeeper.core.offline.ExchangeHistory.Operation;
import org.seatkeeper.server.internal.cli.BackOfficeCommand;
import org.seatkeeper.server.offline.ExchangeFiles;
import org.seatkeeper.testing.server.TestLicenseServer;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.connection.ConnectionSettings;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.exchanges.ExchangeHistoryView;
import org.seatkeeper.ui.internal.features.FeaturesView;
import org.seatkeeper.ui.internal.reservations.ReservationsView;
import org.seatkeeper.ui.internal.wizards.ActivationsPage;
import org.seatkeeper.ui.internal.wizards.OfflineExchangeWizard;
import org.seatkeeper.ui.internal.wizards.OfflineExchangeWizard.Choice;
import org.seatkeeper.ui.internal.wizards.OperationPage;
import org.seatkeeper.ui.internal.wizards.ResponsePage;

/**
 * The offline exchange wizard against the embedded server and the back office of {@code seatkeeper
 * backoffice}: requests saved, responses previewed and applied, a tampered response refused, the
 * confirmation request, and a login without the offline role.
 */
class OfflineExchangeWizardTest {

	static final String ENTITLEMENTS = """
			{"entitlements": [
			  {"activationId": "ACT-NEW", "name": "f9", "version": "1.0", "count": 10, "expiry": "permanent"},
			  {"activationId": "ACT-F3", "name": "f3", "version": "1.5", "count": 8, "expiry": "permanent", "vendorString": "vs-f3"},
			  {"activationId": "ACT-F2", "name": "f2", "version": "2.0", "count": 4, "expiry": "permanent"}]}
			""";

	/** The dialog, with its Next button's action at hand. */
	static final class Dialog extends WizardDialog {
		Dialog(Shell shell, OfflineExchangeWizard wizard) {
			super(shell, wizard);
			setBlockOnOpen(false);
		}

		void next() {
			nextPressed();
		}
	}

	@TempDir
	Path data;
	private TestServer server;
	private Dialog dialog;
	private OfflineExchangeWizard wizard;
	private Path privateKey;
	private Path entitlements;
	private ExchangeHistory history;

	@BeforeEach
	void start() throws Exception {
		privateKey = data.resolve("back-office.pem");
		Path publicKey = data.resolve("producer.pem");
		backOffice("keygen", "--key", privateKey.toString(), "--public", publicKey.toString());
		entitlements = Files.writeString(data.resolve("entitlements.json"), ENTITLEMENTS);
		server = new TestServer(data.resolve("server"), publicKey).withFeatures();
		history = PlatformUI.getWorkbench().getService(ExchangeHistory.class);
	}

	@AfterEach
	void stop() throws Exception {
		close();
		server.close();
	}

	private void close() {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
		dialog = null;
	}

	/** Runs {@code seatkeeper backoffice} with {@code args}, as the command line does. */
	private static void backOffice(String... args) {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
		assertEquals(0, BackOfficeCommand.run(List.of(args), out, out), output.toString(StandardCharsets.UTF_8));
	}

	private Path respond(Path request, String name, String... more) {
		Path response = data.resolve(name);
		List<String> args = new ArrayList<>(List.of("respond", "--request", request.toString(), "--entitlements", entitlements.toString(),
				"--key", privateKey.toString(), "--out", response.toString()));
		args.addAll(List.of(more));
		backOffice(args.toArray(String[]::new));
		return response;
	}

	private OperationPage open() {
		close();
		wizard = new OfflineExchangeWizard(TestServer.connections(), history);
		dialog = new Dialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.open();
		OperationPage page = wizard.operationPage();
		UiTestSupport.waitUntil("what the server waits for", () -> !page.loading());
		return page;
	}

	/** Saves a request of {@code choice} (with {@code rows} for an activation request) to {@code file} through the wizard. */
	private Exchange saveRequest(Choice choice, List<Row> rows, Path file) {
		open().choose(choice);
		dialog.next();
		if (choice == Choice.ACTIVATION_REQUEST) {
			assertSame(wizard.activationsPage(), dialog.getCurrentPage());
			wizard.activationsPage().setRows(rows);
			assertTrue(wizard.activationsPage().isPageComplete(), wizard.activationsPage().getErrorMessage());
			dialog.next();
		}
		assertSame(wizard.savePage(), dialog.getCurrentPage());
		wizard.savePage().path().setText(file.toString());
		UiTestSupport.waitUntil("the check of " + file, () -> !wizard.savePage().checking());
		UiTestSupport.processEvents();
		assertTrue(wizard.savePage().isPageComplete(), wizard.savePage().getErrorMessage());
		dialog.next();
		assertSame(wizard.resultPage(), dialog.getCurrentPage(), String.valueOf(wizard.savePage().getErrorMessage()));
		return wizard.outcome().exchange();
	}

	/** Chooses {@code file} on the response page and waits for what is known of it. */
	private ResponsePage chooseResponse(Path file) {
		open().choose(Choice.UPLOAD_RESPONSE);
		dialog.next();
		ResponsePage page = wizard.responsePage();
		assertSame(page, dialog.getCurrentPage());
		return look(page, file);
	}

	private static ResponsePage look(ResponsePage page, Path file) {
		page.path().setText(file.toString());
		UiTestSupport.waitUntil("the look at " + file, () -> !page.checking());
		UiTestSupport.processEvents();
		return page;
	}

	private List<String> features() throws Exception {
		try (var admin = server.admin()) {
			return admin.features(new NullProgressMonitor()).stream().map(f -> f.name() + " " + f.version() + " \u00d7" + f.count()).sorted()
					.toList();
		}
	}

	@Test
	void theRoundTripGeneratesARequestAppliesTheBackOfficesResponseAndTheFeaturesAppear() throws Exception {
		server.connect(50);
		IWorkbenchPage workbenchPage = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		FeaturesView features = (FeaturesView) workbenchPage.showView(SeatkeeperUi.FEATURES_VIEW_ID);
		UiTestSupport.waitUntil("the features", () -> features.detailsTable().all().size() == 4);

		// ids and counts are checked before anything is asked
		OperationPage first = open();
		assertEquals("No response: every request this server made has been answered.", first.waiting());
		UiTestSupport.screenshot(dialog.getShell().getChildren()[0], Screenshots.file("offline-wizard-operation.png"));
		first.choose(Choice.ACTIVATION_REQUEST);
		dialog.next();
		wizard.activationsPage().setRows(List.of(new Row("ACT-NEW", "ten")));
		assertFalse(wizard.activationsPage().isPageComplete());
		assertEquals("Row 1 (ACT-NEW): the count 'ten' is not a whole number", wizard.activationsPage().getErrorMessage());
		// the server's activations are listed; a double-click adds one with the copies it has
		UiTestSupport.waitUntil("the server's activations", () -> !wizard.activationsPage().loading());
		assertEquals(List.of(new ActivationsPage.Held("ACT-F1", "f1 1.0 \u00d710", 10), new ActivationsPage.Held("ACT-F1B", "f1 1.0 \u00d75", 5),
				new ActivationsPage.Held("ACT-F2", "f2 2.0 \u00d74", 4), new ActivationsPage.Held("ACT-F3", "f3 1.5 \u00d73", 3)),
				wizard.activationsPage().held());
		wizard.activationsPage().add(wizard.activationsPage().held().get(3));
		UiTestSupport.processEvents();
		assertEquals("Row 1 (ACT-NEW): the count 'ten' is not a whole number", wizard.activationsPage().getErrorMessage());
		UiTestSupport.screenshot(dialog.getShell().getChildren()[0], Screenshots.file("offline-wizard-activations.png"));
		wizard.activationsPage().setRows(List.of(new Row("ACT-NEW", "10")));
		wizard.activationsPage().add(wizard.activationsPage().held().get(3));
		assertEquals(List.of(new ActivationCount("ACT-NEW", 10), new ActivationCount("ACT-F3", 3)), wizard.activationsPage().activations());
		close();

		Path request = data.resolve("out/request.bin");
		Exchange saved = saveRequest(Choice.ACTIVATION_REQUEST,
				List.of(new Row("ACT-NEW", "10"), new Row("ACT-F3", "5"), new Row("", ""), new Row("ACT-F2", "0")), request);
		byte[] requestBytes = Files.readAllBytes(request);
		assertEquals(ExchangeFiles.Kind.REQUEST, ExchangeFiles.recognise(requestBytes).orElseThrow());
		assertEquals(List.of(new ActivationCount("ACT-NEW", 10), new ActivationCount("ACT-F3", 5), new ActivationCount("ACT-F2", 0)),
				wizard.activationsPage().activations());
		assertEquals(Operation.ACTIVATION_REQUEST, saved.operation());
		assertEquals(requestBytes.length, saved.size());
		assertEquals(ClientKey.fingerprint(requestBytes), saved.sha256());
		String done = wizard.resultPage().doneText();
		assertTrue(done.startsWith("Saved " + request + "\nSize: " + String.format("%,d bytes", requestBytes.length) + "\nSHA-256: "
				+ saved.sha256()), done);
		assertTrue(done.endsWith("ACT-NEW \u00d710, ACT-F3 \u00d75, ACT-F2 \u00d70 (return)"), done);
		UiTestSupport.waitUntil("the history on the last page", () -> !wizard.resultPage().history().items().isEmpty()
				&& wizard.resultPage().history().items().get(0).equals(saved));
		assertTrue(wizard.canFinish());
		assertNull(wizard.resultPage().getPreviousPage(), "done: no way back to repeat it");

		Path response = respond(request, "response.bin");
		byte[] responseBytes = Files.readAllBytes(response);
		ResponsePage page = chooseResponse(response);
		assertNull(page.getErrorMessage());
		assertTrue(page.isPageComplete());
		List<String> shown = page.shown();
		assertEquals(String.format("%,d bytes", responseBytes.length), shown.get(0));
		assertEquals(ClientKey.fingerprint(responseBytes), shown.get(1));
		assertEquals("Seatkeeper capability response, signed (64-byte Ed25519 signature, which the server checks with its producer key)",
				shown.get(2));
		assertTrue(shown.get(3).startsWith("The activation request for ACT-NEW, ACT-F3, ACT-F2 of "), shown.get(3));
		assertEquals("1 feature record added, 1 changed, 1 removed. No confirmation request is needed.", shown.get(4));
		assertEquals(List.of("Added f9 1.0 ACT-NEW 10 permanent", "Changed f3 1.5 ACT-F3 3 \u2192 5 permanent",
				"Removed f2 2.0 ACT-F2 4 \u2192 0 permanent"), page.changes().items().stream()
						.map(c -> page.changes().asText(List.of(c)).lines().skip(1).findFirst().orElseThrow().replace('\t', ' ')).toList());
		UiTestSupport.screenshot(dialog.getShell().getChildren()[0], Screenshots.file("offline-wizard.png"));
		assertEquals(List.of("f1 1.0 \u00d710", "f1 1.0 \u00d75", "f2 2.0 \u00d74", "f3 1.5 \u00d73"), features(), "nothing applied yet");

		dialog.next();
		assertSame(wizard.resultPage(), dialog.getCurrentPage(), String.valueOf(page.getErrorMessage()));
		assertEquals(List.of("f3 1.5 \u00d75", "f9 1.0 \u00d710"), wizard.outcome().applied().features().stream()
				.map(f -> f.name() + " " + f.version() + " \u00d7" + f.count()).sorted().toList());
		assertFalse(wizard.resultPage().offersConfirmation());
		assertEquals("Uploaded " + response + " (" + String.format("%,d bytes", responseBytes.length) + ", SHA-256 "
				+ ClientKey.fingerprint(responseBytes) + ")\nFeature records added or changed:\n  f9 1.0 \u00d710  (ACT-NEW)\n  f3 1.5 \u00d75  (ACT-F3)",
				wizard.resultPage().doneText());
		UiTestSupport.screenshot(dialog.getShell().getChildren()[0], Screenshots.file("offline-wizard-done.png"));
		assertEquals(List.of("f1 1.0 \u00d710", "f1 1.0 \u00d75", "f3 1.5 \u00d75", "f9 1.0 \u00d710"), features());

		// the Features view reloads by itself
		UiTestSupport.waitUntil("the new features in the view", () -> features.detailsTable().all().stream()
				.map(f -> f.name() + " " + f.count()).sorted().toList().equals(List.of("f1 10", "f1 5", "f3 5", "f9 10")));
		Feature added = features.detailsTable().all().stream().filter(f -> f.name().equals("f9")).findFirst().orElseThrow();
		assertEquals("ACT-NEW", added.activationId());

		// the history view lists both exchanges, newest first
		ExchangeHistoryView view = (ExchangeHistoryView) workbenchPage.showView(SeatkeeperUi.OFFLINE_EXCHANGES_VIEW_ID);
		UiTestSupport.waitUntil("the history view", () -> view.table().items().size() >= 2);
		List<Exchange> latest = view.table().items().subList(0, 2);
		assertEquals(List.of(Operation.RESPONSE_UPLOAD, Operation.ACTIVATION_REQUEST), latest.stream().map(Exchange::operation).toList());
		assertEquals(List.of(response.toString(), request.toString()), latest.stream().map(Exchange::file).toList());
		assertEquals("Applied: 2 feature records added or changed", latest.get(0).result());
		assertEquals(ClientKey.fingerprint(responseBytes), latest.get(0).sha256());
		assertTrue(latest.get(0).succeeded());
		UiTestSupport.screenshot(view.table().table().getParent(), Screenshots.file("offline-exchanges-view.png"));
		workbenchPage.hideView(view);
	}

	@Test
	void aResponseThatLeavesFewerCountsThanDevicesUseIsAppliedAndTheFeaturesViewShowsTheOverage() throws Exception {
		server.connect(50);
		server.checkout("dev-a", "[{\"name\":\"f3\",\"version\":\"1.5\",\"count\":3}]");
		try (var admin = server.admin()) {
			admin.addReservationGroups(List.of(ReservationGroup.of("lab", List.of(Reservation.of(new HostId("STRING", "r-1"),
					List.of(ReservationEntry.of("f2", "2.0", 3)))))), new NullProgressMonitor());
		}
		IWorkbenchPage workbenchPage = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		FeaturesView features = (FeaturesView) workbenchPage.showView(SeatkeeperUi.FEATURES_VIEW_ID);
		Path request = data.resolve("request.bin");
		saveRequest(Choice.ACTIVATION_REQUEST, List.of(new Row("ACT-F3", "1"), new Row("ACT-F2", "2")), request);
		ResponsePage page = chooseResponse(respond(request, "response.bin"));
		assertTrue(page.isPageComplete());
		assertEquals("Devices use more than this response leaves: f3 1.5 (3 in use, 1 left). The server accepts it; the difference is "
				+ "an overage until those devices return or renew.", page.getMessage());
		dialog.next();
		assertSame(wizard.resultPage(), dialog.getCurrentPage(), String.valueOf(page.getErrorMessage()));
		close();
		UiTestSupport.waitUntil("f3 with one count", () -> features.detailsTable().all().stream()
				.anyMatch(f -> f.name().equals("f3") && f.count() == 1));
		Feature f3 = features.detailsTable().all().stream().filter(f -> f.name().equals("f3")).findFirst().orElseThrow();
		assertEquals(3, f3.used(), "the device keeps what it holds");
		assertEquals(2, f3.overage());
		features.tabs().setSelection(1);
		org.eclipse.swt.widgets.Table table = features.detailsTable().table().table();
		int overage = java.util.Arrays.asList(table.getColumns()).stream().map(c -> c.getText()).toList().indexOf("Overage");
		features.detailsTable().setFilter("f3");
		UiTestSupport.waitUntil("the f3 row", () -> table.getItemCount() == 1);
		assertEquals("2", table.getItem(0).getText(overage));
		try (var admin = server.admin()) {
			assertEquals(List.of("f3"), admin.overages(new NullProgressMonitor()).stream().map(Feature::name).toList());
		}
		features.getSite().getShell().setSize(1280, 800);
		UiTestSupport.processEvents();
		UiTestSupport.screenshot(features.getSite().getShell(), Screenshots.file("features-overage.png"));

		// the reservation the 2 counts of f2 left can no longer cover is disabled, and the Reservations view says so
		ReservationsView reservations = (ReservationsView) workbenchPage.showView(SeatkeeperUi.RESERVATIONS_VIEW_ID);
		reservations.refresh();
		UiTestSupport.waitUntil("the disabled reservation", () -> reservations.rowsTable().all().stream()
				.anyMatch(r -> r.status().entry().disabled()));
		ReservationsView.Row row = reservations.rowsTable().all().get(0);
		assertFalse(row.status().satisfied());
		assertEquals("the server disabled it: its counts of f2 were reduced and no longer cover it; it is served again when they do",
				row.status().reason());
		UiTestSupport.processEvents();
		assertEquals("\u2717 Disabled", reservations.rowsTable().table().table().getItem(0).getText(0));
		UiTestSupport.screenshot(reservations.getSite().getShell(), Screenshots.file("reservations-disabled.png"));
		workbenchPage.hideView(reservations);
	}

	@Test
	void aTamperedResponseIsRefusedByTheServerAndNothingChanges() throws Exception {
		server.connect(50);
		Path request = data.resolve("request.bin");
		saveRequest(Choice.ACTIVATION_REQUEST, List.of(new Row("ACT-F3", "8")), request);
		byte[] genuine = Files.readAllBytes(respond(request, "response.bin"));
		byte[] tampered = genuine.clone();
		int at = new String(genuine, StandardCharsets.ISO_8859_1).indexOf("\"count\":8");
		tampered[at + 8] = '9';
		Path file = Files.write(data.resolve("tampered.bin"), tampered);
		List<String> before = features();

		ResponsePage page = chooseResponse(file);
		assertTrue(page.isPageComplete(), "the framing is sound; only the server can check the signature");
		List<org.eclipse.core.runtime.IStatus> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
		org.eclipse.core.runtime.ILogListener listener = (status, plugin) -> logged.add(status);
		org.eclipse.core.runtime.Platform.addLogListener(listener);
		try {
			dialog.next();
		} finally {
			org.eclipse.core.runtime.Platform.removeLogListener(listener);
		}
		assertEquals(List.of(), logged, "the server's refusal is shown on the page, not written to the Error Log");
		assertSame(page, dialog.getCurrentPage(), "the wizard stays on the page");
		String error = page.getErrorMessage();
		assertTrue(error.startsWith("The server refused the response, and nothing changed: ") && error.contains("signature is not valid"),
				error);
		assertEquals(before, features(), "nothing changed");
		Exchange refused = history.exchanges().get(0);
		assertEquals(Operation.RESPONSE_UPLOAD, refused.operation());
		assertFalse(refused.succeeded());
		assertEquals(ClientKey.fingerprint(tampered), refused.sha256());
		assertTrue(refused.result().startsWith("Refused: "), refused.result());

		// files that are not responses are refused before anything is sent, with the reason
		look(page, request);
		assertFalse(page.isPageComplete());
		assertEquals("request.bin is a request, not a response: take it to the back office, and upload the response it gives you.",
				page.getErrorMessage());
		look(page, Files.write(data.resolve("cut.bin"), Arrays.copyOf(genuine, genuine.length - 3)));
		assertEquals("cut.bin: The capability response is damaged: its signature does not end where the file ends", page.getErrorMessage());
		look(page, data.resolve("missing.bin"));
		assertEquals(data.resolve("missing.bin") + " does not exist.", page.getErrorMessage());
		look(page, Files.write(data.resolve("vendor.bin"), new byte[] { 0x30, 0x11, 0x02, 0x01 }));
		assertNull(page.getErrorMessage(), "another format may be the server's own: it decides");
		assertTrue(page.getMessage().startsWith("This file is not in Seatkeeper's format"), page.getMessage());
		assertEquals("Not in Seatkeeper's format: no preview. The server checks the file when it is uploaded.", page.shown().get(2));

		// the genuine response still works, once
		look(page, data.resolve("response.bin"));
		assertTrue(page.isPageComplete(), String.valueOf(page.getErrorMessage()));
		dialog.next();
		assertSame(wizard.resultPage(), dialog.getCurrentPage(), String.valueOf(page.getErrorMessage()));
		assertTrue(features().contains("f3 1.5 \u00d78"), features().toString());
		ResponsePage again = chooseResponse(data.resolve("response.bin"));
		assertFalse(again.isPageComplete());
		assertTrue(again.getErrorMessage().startsWith("response.bin answers request "), again.getErrorMessage());
		assertTrue(again.getErrorMessage().endsWith("which this server is not waiting for: it was applied already, or a newer exchange "
				+ "replaced it. Generate a new request."), again.getErrorMessage());
	}

	@Test
	void aCapabilityRequestIsSavedAndTheConfirmationTheBackOfficeAsksForIsOffered() throws Exception {
		server.connect(50);
		Path request = data.resolve("capability.bin");
		Exchange saved = saveRequest(Choice.CAPABILITY_REQUEST, List.of(), request);
		assertEquals(Operation.CAPABILITY_REQUEST, saved.operation());
		assertEquals(ExchangeFiles.Kind.REQUEST, ExchangeFiles.recognise(Files.readAllBytes(request)).orElseThrow());
		assertTrue(open().waiting().startsWith("The response to 1 request: capability request of "), wizard.operationPage().waiting());

		Path response = respond(request, "response.bin", "--ask-confirmation");
		ResponsePage page = chooseResponse(response);
		assertEquals("No feature record changes. The back office will want a confirmation request afterwards.", page.shown().get(4));
		dialog.next();
		assertSame(wizard.resultPage(), dialog.getCurrentPage(), String.valueOf(page.getErrorMessage()));
		assertTrue(wizard.outcome().applied().confirmationRequestNeeded());
		assertTrue(wizard.resultPage().offersConfirmation());
		Path confirmation = data.resolve("confirmation.bin");
		wizard.resultPage().saveConfirmationTo(confirmation);
		Exchange confirmed = wizard.resultPage().confirmationSaved();
		assertNotNull(confirmed, wizard.resultPage().getErrorMessage());
		assertEquals(Operation.CONFIRMATION_REQUEST, confirmed.operation());
		assertArrayEquals(Files.readAllBytes(confirmation), Files.readAllBytes(Path.of(confirmed.file())));
		assertEquals(ClientKey.fingerprint(Files.readAllBytes(confirmation)), confirmed.sha256());
		assertEquals(confirmed, history.exchanges().get(0));
	}

	@Test
	void aLoginWithoutTheOfflineRoleIsToldAndASaveThatCannotBeWrittenKeepsTheUserOnThePage() throws Exception {
		server.createReader();
		server.connect(50, TestLicenseServer.READER, TestLicenseServer.READER_PASSWORD);
		OperationPage page = open();
		assertFalse(page.isPageComplete());
		assertEquals("Offline exchanges need the offline role (ROLE_OFFLINE), and your login (reader) lacks it. Log in as a user who has it: "
				+ "License Server > Log In...", page.getErrorMessage());
		assertTrue(page.waiting().startsWith("Unknown: Access denied"), page.waiting());
		close();

		server.connect(50);
		Path locked = Files.createDirectories(data.resolve("locked"));
		Path blocker = Files.writeString(data.resolve("a-file"), "not a folder");
		open().choose(Choice.CAPABILITY_REQUEST);
		dialog.next();
		wizard.savePage().path().setText(blocker.resolve("request.bin").toString());
		UiTestSupport.waitUntil("the check", () -> !wizard.savePage().checking());
		UiTestSupport.processEvents();
		assertFalse(wizard.savePage().isPageComplete());
		assertEquals(blocker + " is a file, not a folder", wizard.savePage().getErrorMessage());
		wizard.savePage().path().setText(locked.toString());
		UiTestSupport.waitUntil("the check", () -> !wizard.savePage().checking());
		UiTestSupport.processEvents();
		assertEquals(locked + " is a folder; name a file in it", wizard.savePage().getErrorMessage());
	}

	@Test
	void theEmbeddedDemoServerWorksOutOfTheBoxWithItsDemoBackOffice() throws Exception {
		ServerConnections.store(ConnectionSettings.DEFAULTS);
		TestServer.connections().reconnect();
		Path request = data.resolve("demo-request.bin");
		saveRequest(Choice.ACTIVATION_REQUEST, List.of(new Row("ACT-CLOUD-SYNC-1.0", "5")), request);
		String done = wizard.resultPage().doneText();
		int at = done.indexOf("./seatkeeper backoffice respond ");
		assertTrue(done.contains("This is the embedded demo server. Its demo back office answers the request with:\n") && at > 0, done);
		// run the command shown, as the seatkeeper script would
		List<String> command = List.of(done.substring(at + "./seatkeeper backoffice ".length()).strip().split(" "));
		assertEquals(List.of("respond", "--request", request.toString()), command.subList(0, 3));
		assertEquals(data.resolve("demo-response.bin").toString(), command.get(command.size() - 1));
		backOffice(command.toArray(String[]::new));

		ResponsePage page = chooseResponse(data.resolve("demo-response.bin"));
		assertTrue(page.isPageComplete(), String.valueOf(page.getErrorMessage()));
		dialog.next();
		assertSame(wizard.resultPage(), dialog.getCurrentPage(), String.valueOf(page.getErrorMessage()));
		assertEquals(List.of("Cloud_Sync 1.0 \u00d75"), wizard.outcome().applied().features().stream()
				.map(f -> f.name() + " " + f.version() + " \u00d7" + f.count()).toList());
	}
}
