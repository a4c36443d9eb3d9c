package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.domain.ClientKey;
import org.seatkeeper.testing.KeyFiles;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.internal.wizards.ClientKeyWizard;

/** The client key wizard against the embedded server: keys taken, converted, refused; a read-only login refused. */
class ClientKeyWizardTest {

	@TempDir
	Path data;
	private TestServer server;
	private WizardDialog dialog;
	private ClientKeyWizard wizard;

	@BeforeEach
	void start() throws Exception {
		server = new TestServer(data.resolve("server"));
	}

	@AfterEach
	void stop() throws Exception {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
		server.close();
	}

	private ClientKeyWizard.KeyPage open() {
		wizard = new ClientKeyWizard(TestServer.connections());
		dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		ClientKeyWizard.KeyPage page = wizard.page();
		UiTestSupport.waitUntil("the server's key", () -> !page.currentKey().startsWith("Asking"));
		return page;
	}

	private static void choose(ClientKeyWizard.KeyPage page, Path file) {
		page.path().setText(file.toString());
		UiTestSupport.waitUntil("the check of " + file, () -> !page.checking());
		UiTestSupport.processEvents();
	}

	private Optional<ClientKey> serverKey() throws Exception {
		try (var admin = server.admin()) {
			return admin.clientKey(new NullProgressMonitor());
		}
	}

	@Test
	void aDerKeyIsCheckedShownAndUploaded() throws Exception {
		server.connect(50);
		byte[] der = KeyFiles.rsa(2048).getPublic().getEncoded();
		Path file = Files.write(data.resolve("client.der"), der);
		ClientKeyWizard.KeyPage page = open();
		assertEquals("None", page.currentKey());
		assertFalse(page.isPageComplete(), "no file yet");
		choose(page, file);
		assertTrue(page.isPageComplete());
		assertNull(page.getErrorMessage());
		assertEquals("RSA, 2048 bits, DER SubjectPublicKeyInfo", page.keyForm());
		assertEquals(ClientKey.fingerprint(der), page.fingerprint());
		assertFalse(page.convert().isEnabled(), "nothing to convert");
		// the shell's one child: the whole dialog (a shell's size counts its trim, its origin does not)
		UiTestSupport.screenshot(dialog.getShell().getChildren()[0], Screenshots.file("client-key-wizard.png"));
		assertTrue(wizard.performFinish());
		assertEquals(ClientKey.fingerprint(der), wizard.uploaded().fingerprint(), "the server's answer");
		assertArrayEquals(der, serverKey().orElseThrow().der());
	}

	@Test
	void aPemKeyIsUploadedOnlyOnceTheUserAgreesToConvertIt() throws Exception {
		server.connect(50);
		byte[] der = KeyFiles.rsa(2048).getPublic().getEncoded();
		Path file = Files.writeString(data.resolve("client.pem"), KeyFiles.pem("PUBLIC KEY", der));
		ClientKeyWizard.KeyPage page = open();
		choose(page, file);
		assertFalse(page.isPageComplete(), "not before the conversion is agreed");
		assertTrue(page.getMessage().startsWith("The file is PEM text; servers take DER"), page.getMessage());
		assertEquals("RSA, 2048 bits, PEM text (PUBLIC KEY), to be converted to DER SubjectPublicKeyInfo", page.keyForm());
		assertTrue(page.convert().isEnabled());
		page.convert().setSelection(true);
		page.convert().notifyListeners(SWT.Selection, null);
		assertTrue(page.isPageComplete());
		assertEquals(ClientKey.fingerprint(der), page.fingerprint(), "the fingerprint of the DER the server receives");
		assertTrue(wizard.performFinish());
		assertArrayEquals(der, serverKey().orElseThrow().der(), "the server keeps the DER form");
	}

	@Test
	void everyBadKindOfFileIsRefusedWithItsReasonAndNothingIsSent() throws Exception {
		server.connect(50);
		ClientKeyWizard.KeyPage page = open();
		Map<Path, String> files = KeyFiles.refused(Files.createDirectories(data.resolve("keys")));
		for (Map.Entry<Path, String> file : files.entrySet()) {
			choose(page, file.getKey());
			assertFalse(page.isPageComplete(), file.getKey().toString());
			String error = page.getErrorMessage();
			assertTrue(error != null && error.startsWith(file.getKey().getFileName() + " ") && error.contains(file.getValue()), error);
			assertEquals("Not a key the server takes", page.keyForm());
			assertEquals("", page.fingerprint());
		}
		choose(page, data.resolve("missing.der"));
		assertEquals(data.resolve("missing.der") + " does not exist.", page.getErrorMessage());
		assertEquals(Optional.empty(), serverKey());
	}

	@Test
	void aReadOnlyLoginIsToldItNeedsTheAdministratorRoleAndTheServerRefusesIt() throws Exception {
		server.createReader();
		server.connect(50, TestServer.READER, TestServer.READER_PASSWORD);
		Path file = Files.write(data.resolve("client.der"), KeyFiles.rsa(2048).getPublic().getEncoded());
		ClientKeyWizard.KeyPage page = open();
		choose(page, file);
		assertFalse(page.isPageComplete());
		assertTrue(page.getErrorMessage().startsWith("Only administrators may replace the server's client key, and your login (reader) "
				+ "lacks the administrator role (ROLE_ADMIN)."), page.getErrorMessage());
		// a server that names no roles lets the wizard try: its refusal is shown, and the wizard stays open
		assertFalse(wizard.performFinish());
		assertTrue(page.getErrorMessage().startsWith("The key was not uploaded to " + TestServer.connections().describe()
				+ ": Access denied: User reader may not do this: it needs ROLE_ADMIN"), page.getErrorMessage());
		assertEquals(Optional.empty(), serverKey());
	}
}
