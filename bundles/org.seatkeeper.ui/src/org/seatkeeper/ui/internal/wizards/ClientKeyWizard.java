package org.seatkeeper.ui.internal.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
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
		setWindowTitle(Messages.ClientKey_window);
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
			uploaded = WizardSupport.call(getContainer(), NLS.bind(Messages.ClientKey_uploading, connections.describe()),
					monitor -> connections.client(monitor).uploadClientKey(key.der(), monitor));
		} catch (InvocationTargetException e) {
			String message = NLS.bind(Messages.ClientKey_notUploaded, connections.describe(), WizardSupport.reason(e));
			WizardSupport.logIfUnexpected(e, message);
			page.setErrorMessage(message);
			return false;
		} catch (InterruptedException e) {
			page.setMessage(Messages.ClientKey_cancelled, IMessageProvider.WARNING);
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
			super("key", Messages.ClientKey_title, null);
			setDescription(NLS.bind(Messages.ClientKey_description, ClientKeyFile.BITS));
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
			new Label(body, SWT.NONE).setText(Messages.Wizards_server);
			Label server = new Label(body, SWT.NONE);
			server.setText(connections.describe());
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(server);
			new Label(body, SWT.NONE).setText(Messages.ClientKey_onServer);
			current = new Label(body, SWT.NONE);
			current.setText(Messages.Wizards_asking);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(current);

			path = WizardSupport.fileField(body, Messages.ClientKey_file, Messages.ClientKey_fileHint, Messages.ClientKey_title, SWT.OPEN,
					new String[] { "*.der;*.pem;*.pub;*.key", "*" }, new String[] { Messages.ClientKey_files, Messages.Wizards_allFiles });
			path.addModifyListener(event -> check());

			convert = new Button(body, SWT.CHECK);
			convert.setText(Messages.ClientKey_convert);
			convert.setEnabled(false);
			convert.addListener(SWT.Selection, event -> update());
			GridDataFactory.fillDefaults().span(3, 1).indent(0, 4).applyTo(convert);

			Group key = new Group(body, SWT.NONE);
			key.setText(Messages.ClientKey_inFile);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(key);
			GridDataFactory.fillDefaults().span(3, 1).grab(true, false).indent(0, 6).applyTo(key);
			new Label(key, SWT.NONE).setText(Messages.ClientKey_form);
			form = new Label(key, SWT.WRAP);
			form.setText(Messages.ClientKey_noFile);
			GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(form);
			new Label(key, SWT.NONE).setText(Messages.Response_sha256);
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
			WizardSupport.inBackground(Messages.ClientKey_reading, current, monitor -> {
				try {
					Optional<ClientKey> key = connections.client(monitor).clientKey(monitor);
					return key.map(k -> NLS.bind(Messages.ClientKey_fingerprint, k.fingerprint())).orElse(Messages.ClientKey_none);
				} catch (ServerException e) {
					return NLS.bind(Messages.Wizards_unknown, ServerConnections.explain(e));
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
			form.setText(Messages.ClientKey_checking);
			checks++;
			WizardSupport.inBackground(NLS.bind(Messages.ClientKey_checkingFile, chosen), path, monitor -> read(chosen), result -> show(chosen, result));
		}

		private static ClientKeyFile.Check read(String chosen) {
			Path file = Path.of(chosen);
			String name = file.getFileName() == null ? chosen : file.getFileName().toString();
			try {
				return ClientKeyFile.check(name, LimitedFiles.read(file, LARGEST_KEY_FILE, Messages.ClientKey_aPublicKey));
			} catch (LimitedFiles.UnsuitableFileException e) {
				return new ClientKeyFile.Refused(e.getMessage());
			} catch (IOException | RuntimeException e) {
				return new ClientKeyFile.Refused(NLS.bind(Messages.Wizards_unreadable, chosen, e.getMessage()));
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
				form.setText(!pem ? NLS.bind(Messages.ClientKey_der, accepted.bits())
						: NLS.bind(convert.getSelection() ? Messages.ClientKey_pemConverted : Messages.ClientKey_pemToConvert, accepted.bits(),
								accepted.fromPem()));
				fingerprint.setText(accepted.fingerprint());
			} else if (checks == 0) {
				form.setText(refusal == null ? Messages.ClientKey_noFile : Messages.ClientKey_notTaken);
				fingerprint.setText("");
			}
			form.getParent().layout();
			String denied = connections.lacks(Role.ADMIN)
					? NLS.bind(Messages.ClientKey_adminOnly, connections.session().map(s -> s.user()).orElse("?"))
					: null;
			setErrorMessage(denied != null ? denied : refusal);
			if (pem && !convert.getSelection()) {
				setMessage(Messages.ClientKey_pemWarning, IMessageProvider.WARNING);
			} else if (accepted != null) {
				setMessage(Messages.ClientKey_ready, IMessageProvider.INFORMATION);
			} else {
				setMessage(null);
			}
			setPageComplete(denied == null && accepted != null && (!pem || convert.getSelection()));
		}
	}
}
