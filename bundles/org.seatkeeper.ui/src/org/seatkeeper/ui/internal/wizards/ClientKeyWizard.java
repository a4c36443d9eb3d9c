package org.seatkeeper.ui.internal.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.ClientKey;
import org.seatkeeper.core.domain.Role;
import org.seatkeeper.core.files.LimitedFiles;
import org.seatkeeper.core.keys.ClientKeyFile;
import org.seatkeeper.ui.internal.connection.ServerConnections;

/**
 * Uploads the client public key a server uses to check REST licensing requests. The chosen file is read
 * and checked in the background before anything is sent ({@link ClientKeyFile}); a PEM key is converted
 * only when the user agrees; the upload needs the administrator role.
 */
public final class ClientKeyWizard extends Wizard {

	/** Files larger than this are no public key; they are not read whole. */
	static final long LARGEST_KEY_FILE = 64 * 1024;

	private final ServerConnections connections;
	private final KeyPage page = new KeyPage();
	private ClientKey uploaded;

	public ClientKeyWizard(ServerConnections connections) {
		this.connections = connections;
		setWindowTitle("Upload Client Public Key");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	/** The key the server answered after the upload, or null before. */
	public ClientKey uploaded() {
		return uploaded;
	}

	/** The page, for tests. */
	public KeyPage page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		ClientKeyFile.Accepted key = page.accepted;
		if (key == null) {
			return false;
		}
		try {
			uploaded = WizardSupport.call(getContainer(), "Uploading the client key to " + connections.describe(),
					monitor -> connections.client(monitor).uploadClientKey(key.der(), monitor));
		} catch (InvocationTargetException e) {
			String message = "The key was not uploaded to " + connections.describe() + ": " + WizardSupport.reason(e);
			ILog.of(getClass()).log(Status.warning(message, e.getCause()));
			page.setErrorMessage(message);
			return false;
		} catch (InterruptedException e) {
			page.setMessage("The upload was cancelled; the server keeps the key it had.", IMessageProvider.WARNING);
			return false;
		}
		return true;
	}

	/** The page: the server and its current key, the file, and what the check found in it. */
	public final class KeyPage extends WizardPage {

		private Text path;
		private Button convert;
		private Label current;
		private Label form;
		private Text fingerprint;
		private ClientKeyFile.Accepted accepted;
		private String refusal;
		private int checks;

		KeyPage() {
			super("key", "Client Public Key", null);
			setDescription("The server checks REST licensing requests with this RSA key of " + ClientKeyFile.BITS + " bits.");
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
			new Label(body, SWT.NONE).setText("Server:");
			Label server = new Label(body, SWT.NONE);
			server.setText(connections.describe());
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(server);
			new Label(body, SWT.NONE).setText("Key on the server:");
			current = new Label(body, SWT.NONE);
			current.setText("Asking the server\u2026");
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(current);

			path = WizardSupport.fileField(body, "&Key file:", "A public key: DER (.der) or PEM (.pem)", "Client Public Key", SWT.OPEN,
					new String[] { "*.der;*.pem;*.pub;*.key", "*" }, new String[] { "Public keys (*.der, *.pem, *.pub, *.key)", "All files" });
			path.addModifyListener(event -> check());

			convert = new Button(body, SWT.CHECK);
			convert.setText("&Convert the PEM text to DER before the upload");
			convert.setEnabled(false);
			convert.addListener(SWT.Selection, event -> update());
			GridDataFactory.fillDefaults().span(3, 1).indent(0, 4).applyTo(convert);

			Group key = new Group(body, SWT.NONE);
			key.setText("The key in the file");
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(key);
			GridDataFactory.fillDefaults().span(3, 1).grab(true, false).indent(0, 6).applyTo(key);
			new Label(key, SWT.NONE).setText("Form:");
			form = new Label(key, SWT.WRAP);
			form.setText("No file chosen");
			GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(form);
			new Label(key, SWT.NONE).setText("SHA-256:");
			fingerprint = new Text(key, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
			GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(fingerprint);
			setControl(body);
			loadCurrentKey();
			update();
		}

		/** The path field, for tests. */
		public Text path() {
			return path;
		}

		/** The conversion check box, for tests. */
		public Button convert() {
			return convert;
		}

		/** What the page says of the key on the server, for tests. */
		public String currentKey() {
			return current.getText();
		}

		/** What the page says of the file's key, for tests. */
		public String keyForm() {
			return form.getText();
		}

		/** The fingerprint shown, for tests. */
		public String fingerprint() {
			return fingerprint.getText();
		}

		/** Whether a check of the chosen file is under way, for tests. */
		public boolean checking() {
			return checks > 0;
		}

		private void loadCurrentKey() {
			WizardSupport.inBackground("Reading the server's client key", current, monitor -> {
				try {
					Optional<ClientKey> key = connections.client(monitor).clientKey(monitor);
					return key.map(k -> "SHA-256 " + k.fingerprint()).orElse("None");
				} catch (ServerException e) {
					return "Unknown: " + ServerConnections.explain(e);
				}
			}, text -> {
				current.setText(text);
				current.getParent().layout();
			});
		}

		/** Reads and checks the chosen file in a Job; the newest choice wins. */
		private void check() {
			accepted = null;
			refusal = null;
			String chosen = path.getText().trim();
			if (chosen.isEmpty()) {
				update();
				return;
			}
			form.setText("Checking\u2026");
			checks++;
			WizardSupport.inBackground("Checking " + chosen, path, monitor -> read(chosen), result -> show(chosen, result));
		}

		private static ClientKeyFile.Check read(String chosen) {
			Path file = Path.of(chosen);
			String name = file.getFileName() == null ? chosen : file.getFileName().toString();
			try {
				return ClientKeyFile.check(name, LimitedFiles.read(file, LARGEST_KEY_FILE, "a public key"));
			} catch (LimitedFiles.UnsuitableFileException e) {
				return new ClientKeyFile.Refused(e.getMessage());
			} catch (IOException | RuntimeException e) {
				return new ClientKeyFile.Refused(chosen + " cannot be read: " + e.getMessage());
			}
		}

		private void show(String chosen, ClientKeyFile.Check result) {
			checks--;
			if (!path.getText().trim().equals(chosen)) {
				return; // a newer choice is being checked
			}
			if (result instanceof ClientKeyFile.Accepted key) {
				accepted = key;
			} else {
				refusal = ((ClientKeyFile.Refused) result).reason();
			}
			update();
		}

		private void update() {
			if (form == null || form.isDisposed()) {
				return;
			}
			boolean pem = accepted != null && accepted.fromPem() != null;
			convert.setEnabled(pem);
			if (!pem) {
				convert.setSelection(false);
			}
			if (accepted != null) {
				form.setText("RSA, " + accepted.bits() + " bits, " + (pem ? "PEM text (" + accepted.fromPem() + "), " + (convert.getSelection()
						? "converted to DER SubjectPublicKeyInfo" : "to be converted to DER SubjectPublicKeyInfo") : "DER SubjectPublicKeyInfo"));
				fingerprint.setText(accepted.fingerprint());
			} else if (checks == 0) {
				form.setText(refusal == null ? "No file chosen" : "Not a key the server takes");
				fingerprint.setText("");
			}
			form.getParent().layout();
			String denied = connections.lacks(Role.ADMIN)
					? "Only administrators may replace the server's client key, and your login (" + connections.session().map(s -> s.user())
							.orElse("?") + ") lacks the administrator role (ROLE_ADMIN). Log in as an administrator: License Server > Log In..."
					: null;
			setErrorMessage(denied != null ? denied : refusal);
			if (pem && !convert.getSelection()) {
				setMessage("The file is PEM text; servers take DER. Tick the box to upload it converted.", IMessageProvider.WARNING);
			} else if (accepted != null) {
				setMessage("The key can be uploaded. It replaces the server's key.", IMessageProvider.INFORMATION);
			} else {
				setMessage(null);
			}
			setPageComplete(denied == null && accepted != null && (!pem || convert.getSelection()));
		}
	}
}
