package org.seatkeeper.ui.internal.fleet;

import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.seatkeeper.core.client.ServerAddress;
import org.seatkeeper.core.fleet.FleetSurvey.Row;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.core.fleet.ServerList;
import org.seatkeeper.ui.internal.jobs.Background;

/**
 * Adds, edits or duplicates a server of the list: name, address, group, user and notes, each checked as
 * typed (what is wrong and where is said at the top, and OK stays off until all is right). "Test
 * Connection" asks the server as given, in a Job, and says what it answered. The embedded demo server's
 * address is not the person's to give.
 */
public class ServerEntryDialog extends TitleAreaDialog {

	private static final int TEST_ID = IDialogConstants.CLIENT_ID + 1;

	private final String title;
	private final ServerList list;
	private final ServerEntry initial;
	/** The name of the entry edited, which it may keep; {@code null} for a new entry. */
	private final String editedName;
	private final FleetStatus status;
	private Text name;
	private Text address;
	private Combo group;
	private Text user;
	private Text notes;
	private Label testResult;
	private Label trust;
	private Button forget;
	/** The address whose trusted certificates {@link #trust} shows, and the fingerprint it shows. */
	private ServerAddress trustShownFor;
	private String pinned;
	private ServerEntry result;

	/**
	 * @param initial    what the fields start with, or {@code null} for empty ones
	 * @param editedName the name of the entry being edited, or {@code null} when adding one
	 */
	public ServerEntryDialog(Shell parent, String title, ServerList list, ServerEntry initial, String editedName, FleetStatus status) {
		super(parent);
		this.title = title;
		this.list = list;
		this.initial = initial;
		this.editedName = editedName;
		this.status = status;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** As wide as the fields need, the message above them wrapped to that width, not one long line. */
	@Override
	protected org.eclipse.swt.graphics.Point getInitialSize() {
		return getShell().computeSize(620, SWT.DEFAULT, true);
	}

	private boolean embedded() {
		return initial != null && initial.embedded();
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title);
		setMessage(embedded() ? Messages.EntryDialog_embeddedMessage : Messages.EntryDialog_message);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(10, 7).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		name = text(body, Messages.EntryDialog_name, "name", SWT.BORDER);
		name.setTextLimit(ServerEntry.MAX_NAME);
		address = text(body, Messages.EntryDialog_address, "address", SWT.BORDER);
		address.setMessage("https://lls.example.com:7070");
		new Label(body, SWT.NONE).setText(Messages.EntryDialog_certificate);
		Composite trustRow = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(trustRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(trustRow);
		trust = new Label(trustRow, SWT.WRAP);
		trust.setData("name", "trust");
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(trust);
		forget = new Button(trustRow, SWT.PUSH);
		forget.setText(Messages.EntryDialog_forget);
		forget.setToolTipText(Messages.EntryDialog_forgetTip);
		forget.setData("name", "forgetTrust");
		forget.setEnabled(false);
		forget.addListener(SWT.Selection, e -> forgetTrust());
		new Label(body, SWT.NONE).setText(Messages.EntryDialog_group);
		group = new Combo(body, SWT.DROP_DOWN | SWT.BORDER);
		group.setData("name", "group");
		group.setItems(list.groups().toArray(String[]::new));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		user = text(body, Messages.EntryDialog_user, "user", SWT.BORDER);
		user.setMessage("admin");
		Label notesLabel = new Label(body, SWT.NONE);
		notesLabel.setText(Messages.EntryDialog_notes);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(notesLabel);
		notes = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		notes.setData("name", "notes");
		GridDataFactory.fillDefaults().grab(true, true).hint(380, 70).applyTo(notes);
		new Label(body, SWT.NONE);
		testResult = new Label(body, SWT.WRAP);
		testResult.setData("name", "testResult");
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(testResult);
		if (initial != null) {
			name.setText(initial.name());
			address.setText(initial.url());
			group.setText(initial.group());
			user.setText(initial.user());
			notes.setText(initial.notes());
		}
		address.setEnabled(!embedded());
		for (Control field : new Control[] { name, address, group, user }) {
			field.addListener(SWT.Modify, e -> validate());
		}
		name.setFocus();
		name.selectAll();
		return area;
	}

	private static Text text(Composite body, String label, String key, int style) {
		new Label(body, SWT.NONE).setText(label);
		Text text = new Text(body, style);
		text.setData("name", key);
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button test = createButton(parent, TEST_ID, Messages.EntryDialog_test, false);
		test.setToolTipText(Messages.EntryDialog_testTip);
		test.setData("name", "test");
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	/** The entry the fields make, or why they make none (then shown at the top). */
	private Optional<ServerEntry> validate() {
		String problem = null;
		ServerEntry entry = null;
		try {
			entry = new ServerEntry(name.getText(), embedded() ? "" : address.getText(), group.getText(), user.getText(), notes.getText(),
					embedded());
			Optional<ServerEntry> same = list.find(entry.name());
			if (same.isPresent() && (editedName == null || !same.get().name().equalsIgnoreCase(editedName))) {
				problem = NLS.bind(Messages.EntryDialog_nameTaken, same.get().name());
			}
		} catch (IllegalArgumentException e) {
			problem = e.getMessage();
		}
		if (name.getText().isBlank()) {
			problem = Messages.EntryDialog_nameMissing;
		} else if (!embedded() && address.getText().isBlank()) {
			problem = Messages.EntryDialog_addressMissing;
		}
		setErrorMessage(problem);
		showTrust(problem == null ? entry : null);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem == null);
			getButton(TEST_ID).setEnabled(problem == null || embedded());
		}
		return problem == null ? Optional.ofNullable(entry) : Optional.empty();
	}

	/** Says how the certificate of {@code entry}'s server is trusted: by the Java trust store, or by a fingerprint pinned here. */
	private void showTrust(ServerEntry entry) {
		ServerAddress address = entry == null || entry.embedded() ? null : entry.address();
		if (java.util.Objects.equals(address, trustShownFor) && trust.getText().length() > 0) {
			return;
		}
		trustShownFor = address;
		pinned = null;
		forget.setEnabled(false);
		if (entry != null && entry.embedded()) {
			trust.setText(Messages.EntryDialog_trustEmbedded);
		} else if (address == null) {
			trust.setText("\u2013");
		} else if (!address.isHttps()) {
			trust.setText(Messages.EntryDialog_trustHttp);
		} else {
			trust.setText(Messages.EntryDialog_trustChecking);
			Background.work(Messages.EntryDialog_trustChecking, monitor -> status.fleet().trustedFor(address)).deliverTo(trust)
					.onSuccess(pins -> {
						if (address.equals(trustShownFor)) {
							pinned = pins.isEmpty() ? null : pins.get(0);
							trust.setText(pinned == null ? Messages.EntryDialog_trustStore : NLS.bind(Messages.EntryDialog_trustPinned, pinned));
							forget.setEnabled(pinned != null);
							trust.getParent().layout();
						}
					}).schedule();
		}
		trust.getParent().layout();
	}

	/** Trusts the pinned certificate no more: the server asks again when it shows it. */
	private void forgetTrust() {
		ServerAddress address = trustShownFor;
		String fingerprint = pinned;
		if (address == null || fingerprint == null) {
			return;
		}
		forget.setEnabled(false);
		Background.work(Messages.EntryDialog_forget, monitor -> {
			status.fleet().forgetTrust(address, fingerprint);
			return address;
		}).deliverTo(trust).onSuccess(done -> {
			trustShownFor = null;
			showTrust(validate().orElse(null));
		}).onFailure(failure -> trust.setText(failure.message())).schedule();
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == TEST_ID) {
			validate().ifPresent(this::test);
			return;
		}
		super.buttonPressed(buttonId);
	}

	private void test(ServerEntry entry) {
		testResult.setText(NLS.bind(Messages.EntryDialog_testing, entry.embedded() ? entry.name() : entry.address().hostAndPort()));
		getButton(TEST_ID).setEnabled(false);
		Background.work(NLS.bind(Messages.EntryDialog_testing, entry.name()),
				monitor -> status.test(entry, editedName == null ? Optional.empty() : status.fleet().connection(editedName)))
				.deliverTo(testResult).onSuccess(row -> {
					showTest(row);
					getButton(TEST_ID).setEnabled(true);
				}).onFailure(failure -> {
					testResult.setText(failure.message());
					getButton(TEST_ID).setEnabled(true);
				}).schedule();
	}

	private void showTest(Optional<Row> row) {
		testResult.setText(row.map(Figures::testResult).orElse(Messages.Fleet_notStarted));
		testResult.getParent().layout();
	}

	@Override
	protected void okPressed() {
		Optional<ServerEntry> entry = validate();
		if (entry.isEmpty()) {
			return;
		}
		result = entry.get();
		super.okPressed();
	}

	/** The entry the person gave, after OK. */
	public ServerEntry result() {
		return result;
	}
}
