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
		super("response", "Capability Response", null);
		this.wizard = wizard;
		setDescription("Choose the file the back office answered with; see what it changes; Next applies it.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		path = WizardSupport.fileField(body, "&File:", "The capability response (.bin)", "Capability Response", SWT.OPEN,
				new String[] { "*.bin", "*" }, new String[] { "Response files (*.bin)", "All files" });
		path.addModifyListener(event -> check());

		size = field(body, "Size:");
		new Label(body, SWT.NONE).setText("SHA-256:");
		checksum = new Text(body, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP);
		checksum.setBackground(body.getBackground());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(460, SWT.DEFAULT).applyTo(checksum);
		format = field(body, "Format:");
		answers = field(body, "Answers:");
		summary = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(520, SWT.DEFAULT).indent(0, 6).applyTo(summary);
		changes = new RecordTable<Change>(body, SWT.SINGLE)
				.column("Change", 80, c -> effect(c.effect()))
				.column("Feature", 120, Change::name)
				.column("Version", 70, Change::version)
				.column("Activation", 120, Change::activationId)
				.column("Count", 70, c -> c.effect() == ResponsePreview.Effect.ADDED ? String.valueOf(c.countAfter())
						: c.countBefore() == c.countAfter() ? String.valueOf(c.countAfter()) : c.countBefore() + " \u2192 " + c.countAfter())
				.column("Expiry", 120, c -> c.effect() == ResponsePreview.Effect.REMOVED || java.util.Objects.equals(c.expiryBefore(), c.expiryAfter())
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
		case ADDED -> "Added";
		case CHANGED -> "Changed";
		case UNCHANGED -> "Unchanged";
		case REMOVED -> "Removed";
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
			show(new Refused("'" + text + "' is not a file name"));
			return;
		}
		checks++;
		setPageComplete(false);
		format.setText("Reading\u2026");
		WizardSupport.inBackground("Reading " + file.getFileName(), path, monitor -> look(file, monitor), result -> {
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
			bytes = LimitedFiles.read(file, LARGEST_RESPONSE, "a capability response");
		} catch (LimitedFiles.UnsuitableFileException e) {
			return new Refused(e.getMessage());
		} catch (IOException e) {
			return new Refused(file + " cannot be read: " + e.getMessage());
		}
		progress.worked(1);
		String sha256 = ClientKey.fingerprint(bytes);
		Optional<ExchangeFiles.Kind> kind = ExchangeFiles.recognise(bytes);
		if (kind.isEmpty()) {
			return new Checked(file, bytes, sha256, "Not in Seatkeeper's format: no preview. The server checks the file when it is uploaded.",
					"Unknown", null, "This file is not in Seatkeeper's format, so what it changes cannot be shown before it is applied.");
		}
		if (kind.get() == ExchangeFiles.Kind.REQUEST) {
			return new Refused(file.getFileName() + " is a request, not a response: take it to the back office, and upload the response "
					+ "it gives you.");
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
				return new Refused(file.getFileName() + " is for server instance " + peek.instanceId() + ", not for this server ("
						+ instance + "). Upload it to the server that made the request.");
			}
			if (request.isEmpty()) {
				return new Refused(file.getFileName() + " answers request " + peek.requestId() + ", which this server is not waiting for: "
						+ "it was applied already, or a newer exchange replaced it. Generate a new request.");
			}
			ResponsePreview preview = ResponsePreview.of(decoded.payload(), held, request.get().activations().keySet());
			String answered = (request.get().activations().isEmpty() ? "The capability request"
					: "The activation request for " + String.join(", ", request.get().activations().keySet()))
					+ (request.get().created() == null ? "" : " of " + Formats.time(request.get().created()))
					+ (preview.issued() == null ? "" : "; issued by the back office " + Formats.time(preview.issued()));
			return new Checked(file, bytes, sha256, "Seatkeeper capability response, signed (" + decoded.signature().length
					+ "-byte Ed25519 signature, which the server checks with its producer key)", answered, preview,
					overages(preview, features));
		} catch (OfflineFileException e) {
			return new Refused(file.getFileName() + ": " + e.getMessage());
		} catch (ServerException e) {
			return new Refused("The server could not be asked what the response changes: " + ServerConnections.explain(e));
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
			setMessage("Next uploads the response. The server applies all of it or, if any check fails, nothing.", IMessageProvider.INFORMATION);
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
					short_.add(f.name() + " " + f.version() + " (" + inUse + " in use, " + change.countAfter() + " left)");
				}
			}
		}
		return short_.isEmpty() ? null
				: "Devices use more than this response leaves: " + String.join(", ", short_) + ". The server accepts it; the "
						+ "difference is an overage until those devices return or renew.";
	}

	static String summary(ResponsePreview preview) {
		long added = preview.count(ResponsePreview.Effect.ADDED);
		long changed = preview.count(ResponsePreview.Effect.CHANGED);
		long removed = preview.count(ResponsePreview.Effect.REMOVED);
		String text = added + " feature record" + (added == 1 ? "" : "s") + " added, " + changed + " changed, " + removed + " removed";
		if (added + changed + removed == 0) {
			text = "No feature record changes";
		}
		return text + (preview.confirmationRequestNeeded() ? ". The back office will want a confirmation request afterwards."
				: ". No confirmation request is needed.");
	}
}
