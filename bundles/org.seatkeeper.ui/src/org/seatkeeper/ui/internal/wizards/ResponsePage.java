package org.seatkeeper.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.ClientKey;
import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.core.domain.OfflineRequest;
import org.seatkeeper.core.files.LimitedFiles;
import org.seatkeeper.server.offline.ExchangeFiles;
import org.seatkeeper.server.offline.OfflineFileException;
import org.seatkeeper.server.offline.ResponsePreview;
import org.seatkeeper.server.offline.ResponsePreview.Change;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.tables.Formats;
import org.seatkeeper.ui.internal.tables.RecordTable;

/**
 * The capability response to upload, and what is known of it before it is sent: its size and checksum
 * and, for a file in Seatkeeper's format, which request it answers and what it will change on the server.
 * The signature is checked by the server only, with its producer key.
 */
public final class ResponsePage extends WizardPage {

	/** Response files larger than this are refused unread. */
	static final long LARGEST_RESPONSE = 16L * 1024 * 1024;

	/**
	 * A file read and looked at.
	 *
	 * @param file    the file
	 * @param bytes   its content
	 * @param sha256  its checksum
	 * @param format  what the file is, for people
	 * @param answers which request it answers, for people
	 * @param preview what it will change, for a Seatkeeper response
	 * @param warning what the user should know before the upload, or {@code null}
	 */
	public record Checked(Path file, byte[] bytes, String sha256, String format, String answers, ResponsePreview preview, String warning) {
	}

	private record Refused(String reason) {
	}

	private final OfflineExchangeWizard wizard;
	private Text path;
	private Label size;
	private Text checksum;
	private Label format;
	private Label answers;
	private Label summary;
	private RecordTable<Change> changes;
	private Checked checked;
	private int checks;

	ResponsePage(OfflineExchangeWizard wizard) {
		super("response", Messages.Response_title, null);
		this.wizard = wizard;
		setDescription(Messages.Response_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		path = WizardSupport.fileField(body, Messages.Response_file, Messages.Response_fileHint, Messages.Response_title, SWT.OPEN,
				new String[] { "*.bin", "*" }, new String[] { Messages.Response_files, Messages.Wizards_allFiles });
		path.addModifyListener(event -> check());

		size = field(body, Messages.Response_size);
		new Label(body, SWT.NONE).setText(Messages.Response_sha256);
		checksum = new Text(body, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP);
		checksum.setBackground(body.getBackground());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(460, SWT.DEFAULT).applyTo(checksum);
		format = field(body, Messages.Response_format);
		answers = field(body, Messages.Response_answers);
		summary = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(520, SWT.DEFAULT).indent(0, 6).applyTo(summary);
		changes = new RecordTable<Change>(body, SWT.SINGLE)
				.column(Messages.Response_change, 80, c -> effect(c.effect()))
				.column(Messages.Response_feature, 120, Change::name)
				.column(Messages.Response_version, 70, Change::version)
				.column(Messages.Response_activation, 120, Change::activationId)
				.column(Messages.Response_count, 70, c -> c.effect() == ResponsePreview.Effect.ADDED ? String.valueOf(c.countAfter())
						: c.countBefore() == c.countAfter() ? String.valueOf(c.countAfter()) : c.countBefore() + " \u2192 " + c.countAfter())
				.column(Messages.Response_expiry, 120, c -> c.effect() == ResponsePreview.Effect.REMOVED || java.util.Objects.equals(c.expiryBefore(), c.expiryAfter())
						|| c.effect() == ResponsePreview.Effect.ADDED ? OfflineExchangeWizard.expiry(c.effect() == ResponsePreview.Effect.REMOVED
								? c.expiryBefore() : c.expiryAfter())
						: OfflineExchangeWizard.expiry(c.expiryBefore()) + " \u2192 " + OfflineExchangeWizard.expiry(c.expiryAfter()));
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(600, 200).applyTo(changes.table());
		setControl(body);
		show(null);
	}

	private static Label field(Composite body, String title) {
		new Label(body, SWT.NONE).setText(title);
		Label value = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(460, SWT.DEFAULT).applyTo(value);
		return value;
	}

	static String effect(ResponsePreview.Effect effect) {
		return switch (effect) {
		case ADDED -> Messages.Response_added;
		case CHANGED -> Messages.Response_changed;
		case UNCHANGED -> Messages.Response_unchanged;
		case REMOVED -> Messages.Response_removed;
		};
	}

	/** The path field, for tests. */
	public Text path() {
		return path;
	}

	/** Whether the chosen file is being read, for tests. */
	public boolean checking() {
		return checks > 0;
	}

	/** The file as read and looked at, when it may be uploaded. */
	public Checked checked() {
		return checked;
	}

	/** The page's fields as shown: size, checksum, format, answers and summary; for tests. */
	public List<String> shown() {
		return List.of(size.getText(), checksum.getText(), format.getText(), answers.getText(), summary.getText());
	}

	/** The changes shown, for tests. */
	public RecordTable<Change> changes() {
		return changes;
	}

	/** Reads and looks at the chosen file in a Job; the newest choice wins. */
	private void check() {
		checked = null;
		String text = path.getText().strip();
		if (text.isEmpty()) {
			show(null);
			return;
		}
		Path file;
		try {
			file = Path.of(text).toAbsolutePath();
		} catch (InvalidPathException e) {
			show(new Refused(NLS.bind(Messages.Wizards_notAFileName, text)));
			return;
		}
		checks++;
		setPageComplete(false);
		format.setText(Messages.Wizards_reading);
		WizardSupport.inBackground(NLS.bind(Messages.Wizards_readingFile, file.getFileName()), path, monitor -> look(file, monitor), result -> {
			checks--;
			if (path.getText().strip().equals(text)) {
				show(result);
			}
		});
	}

	/** A {@link Checked} or a {@link Refused}. */
	private Object look(Path file, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 4);
		byte[] bytes;
		try {
			bytes = LimitedFiles.read(file, LARGEST_RESPONSE, Messages.Response_aResponse);
		} catch (LimitedFiles.UnsuitableFileException e) {
			return new Refused(e.getMessage());
		} catch (IOException e) {
			return new Refused(NLS.bind(Messages.Wizards_unreadable, file, e.getMessage()));
		}
		progress.worked(1);
		String sha256 = ClientKey.fingerprint(bytes);
		Optional<ExchangeFiles.Kind> kind = ExchangeFiles.recognise(bytes);
		if (kind.isEmpty()) {
			return new Checked(file, bytes, sha256, Messages.Response_foreignFormat, Messages.Response_unknown, null,
					Messages.Response_foreignNoPreview);
		}
		if (kind.get() == ExchangeFiles.Kind.REQUEST) {
			return new Refused(NLS.bind(Messages.Response_isRequest, file.getFileName()));
		}
		try {
			ExchangeFiles.Decoded decoded = ExchangeFiles.decode(bytes, ExchangeFiles.Kind.RESPONSE);
			LicenseServerClient client = wizard.connections.client(progress.split(1));
			String instance = client.health(progress.split(1)).instanceId();
			List<OfflineRequest> waiting = client.offlineRequests(progress.split(1));
			List<Feature> features = client.features(progress.split(1));
			List<ResponsePreview.Held> held = features.stream().map(f -> new ResponsePreview.Held(f.activationId(), f.name(), f.version(),
					f.count(), f.expiry() == null || f.expiry().isPermanent() ? null : f.expiry().date())).toList();
			ResponsePreview peek = ResponsePreview.of(decoded.payload(), List.of(), Set.of());
			Optional<OfflineRequest> request = waiting.stream().filter(r -> r.requestId().equals(peek.requestId())).findFirst();
			if (!instance.isEmpty() && !instance.equals(peek.instanceId())) {
				return new Refused(NLS.bind(Messages.Response_otherInstance, new Object[] { file.getFileName(), peek.instanceId(), instance }));
			}
			if (request.isEmpty()) {
				return new Refused(NLS.bind(Messages.Response_notWaiting, file.getFileName(), peek.requestId()));
			}
			ResponsePreview preview = ResponsePreview.of(decoded.payload(), held, request.get().activations().keySet());
			String answered = (request.get().activations().isEmpty() ? Messages.Response_capabilityRequest
					: NLS.bind(Messages.Response_activationRequest, String.join(", ", request.get().activations().keySet())))
					+ (request.get().created() == null ? "" : NLS.bind(Messages.Response_of, Formats.time(request.get().created())))
					+ (preview.issued() == null ? "" : NLS.bind(Messages.Response_issued, Formats.time(preview.issued())));
			return new Checked(file, bytes, sha256, NLS.bind(Messages.Response_signed, decoded.signature().length), answered, preview,
					overages(preview, features));
		} catch (OfflineFileException e) {
			return new Refused(NLS.bind(Messages.Wizards_fileProblem, file.getFileName(), e.getMessage()));
		} catch (ServerException e) {
			return new Refused(NLS.bind(Messages.Response_serverUnasked, ServerConnections.explain(e)));
		}
	}

	private void show(Object result) {
		if (size.isDisposed()) {
			return;
		}
		checked = result instanceof Checked c ? c : null;
		size.setText(checked == null ? "" : Formats.bytes(checked.bytes().length));
		checksum.setText(checked == null ? "" : checked.sha256());
		format.setText(checked == null ? "" : checked.format());
		answers.setText(checked == null ? "" : checked.answers());
		ResponsePreview preview = checked == null ? null : checked.preview();
		changes.setItems(preview == null ? List.of() : preview.changes());
		summary.setText(preview == null ? "" : summary(preview));
		setErrorMessage(result instanceof Refused refused ? refused.reason() : null);
		if (checked != null && checked.warning() != null) {
			setMessage(checked.warning(), IMessageProvider.WARNING);
		} else if (checked != null) {
			setMessage(Messages.Response_next, IMessageProvider.INFORMATION);
		} else {
			setMessage(null);
		}
		setPageComplete(checked != null);
		size.getParent().layout(true, true);
	}

	/**
	 * A warning when the response leaves records fewer counts than devices use now, or null: the server
	 * accepts it, and the difference is an overage until those devices return or renew.
	 */
	static String overages(ResponsePreview preview, List<Feature> features) {
		List<String> short_ = new java.util.ArrayList<>();
		for (ResponsePreview.Change change : preview.changes()) {
			if (change.effect() != ResponsePreview.Effect.CHANGED && change.effect() != ResponsePreview.Effect.REMOVED) {
				continue;
			}
			for (Feature f : features) {
				int inUse = f.used() - f.overdraftUsed();
				if (f.activationId().equals(change.activationId()) && f.name().equals(change.name()) && f.version().equals(change.version())
						&& change.countAfter() < inUse) {
					short_.add(NLS.bind(Messages.Response_shortBy, new Object[] { f.name(), f.version(), inUse, change.countAfter() }));
				}
			}
		}
		return short_.isEmpty() ? null
				: NLS.bind(Messages.Response_overages, String.join(", ", short_));
	}

	static String summary(ResponsePreview preview) {
		long added = preview.count(ResponsePreview.Effect.ADDED);
		long changed = preview.count(ResponsePreview.Effect.CHANGED);
		long removed = preview.count(ResponsePreview.Effect.REMOVED);
		String text = added + changed + removed == 0 ? Messages.Response_noChanges
				: NLS.bind(added == 1 ? Messages.Response_changesOne : Messages.Response_changes, new Object[] { added, changed, removed });
		return text + (preview.confirmationRequestNeeded() ? Messages.Response_confirmationNeeded : Messages.Response_noConfirmation);
	}
}
