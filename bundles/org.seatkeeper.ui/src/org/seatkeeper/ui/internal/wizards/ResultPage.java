package org.seatkeeper.ui.internal.wizards;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.seatkeeper.core.domain.CapabilityResult;
import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.core.offline.ExchangeHistory.Exchange;
import org.seatkeeper.core.offline.ExchangeHistory.Operation;
import org.seatkeeper.ui.internal.exchanges.ExchangeHistoryTable;
import org.seatkeeper.ui.internal.tables.Formats;
import org.seatkeeper.ui.internal.tables.RecordTable;

/** The last page: what was done, the confirmation request when the back office wants one, and the history. */
public final class ResultPage extends WizardPage {

	private final OfflineExchangeWizard wizard;
	private Text done;
	private Composite confirmation;
	private Label confirmationText;
	private RecordTable<Exchange> history;
	private Exchange confirmationSaved;

	ResultPage(OfflineExchangeWizard wizard) {
		super("result", "Done", null);
		this.wizard = wizard;
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(body);
		done = new Text(body, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP);
		done.setBackground(body.getBackground());
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(done);

		confirmation = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(confirmation);
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 6).exclude(true).applyTo(confirmation);
		confirmation.setVisible(false);
		confirmationText = new Label(confirmation, SWT.WRAP);
		confirmationText.setText("The back office wants a confirmation request now: a capability request that shows it the licenses this "
				+ "server holds after the response.");
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(confirmationText);
		Button save = new Button(confirmation, SWT.PUSH);
		save.setText("&Save the Confirmation Request...");
		save.setData("name", "confirmation");
		save.addListener(SWT.Selection, event -> {
			String chosen = WizardSupport.choose(getShell(), SWT.SAVE, "Save the Confirmation Request", new String[] { "*.bin", "*" },
					new String[] { "Request files (*.bin)", "All files" },
					OfflineExchangeWizard.defaultFolder().resolve(OfflineExchangeWizard.suggestedName(Operation.CONFIRMATION_REQUEST)));
			if (chosen != null) {
				saveConfirmation(Path.of(chosen));
			}
		});

		Group past = new Group(body, SWT.NONE);
		past.setText("Offline exchanges made with Seatkeeper");
		GridLayoutFactory.swtDefaults().applyTo(past);
		GridDataFactory.fillDefaults().grab(true, true).indent(0, 8).applyTo(past);
		history = ExchangeHistoryTable.create(past, wizard.history);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 130).applyTo(history.table());
		setControl(body);
	}

	@Override
	public org.eclipse.jface.wizard.IWizardPage getPreviousPage() {
		return null; // done: going back would repeat the exchange
	}

	/** Shows what was done. */
	void show(OfflineExchangeWizard.Outcome outcome) {
		Exchange exchange = outcome.exchange();
		StringBuilder text = new StringBuilder();
		CapabilityResult applied = outcome.applied();
		if (applied == null) {
			setDescription("The " + exchange.operation().label().toLowerCase(java.util.Locale.ROOT) + " is saved. Take it to the back office.");
			text.append("Saved ").append(exchange.file()).append('\n').append("Size: ").append(Formats.bytes(exchange.size())).append('\n')
					.append("SHA-256: ").append(exchange.sha256()).append('\n').append(exchange.result().replaceFirst("^Saved\\. ", ""));
			wizard.demoAnswer(Path.of(exchange.file())).ifPresent(command -> text.append("\n\nThis is the embedded demo server. Its demo ")
					.append("back office answers the request with:\n").append(command));
		} else {
			setDescription("The server applied the capability response.");
			text.append("Uploaded ").append(exchange.file()).append(" (").append(Formats.bytes(exchange.size())).append(", SHA-256 ")
					.append(exchange.sha256()).append(")\n");
			List<Feature> features = applied.features();
			text.append(features.isEmpty() ? "No feature record was added or changed." : "Feature records added or changed:");
			for (Feature feature : features) {
				text.append("\n  ").append(feature.name()).append(' ').append(feature.version()).append(" \u00d7").append(feature.count())
						.append(feature.activationId().isEmpty() ? "" : "  (" + feature.activationId() + ")");
			}
			boolean confirm = applied.confirmationRequestNeeded();
			((org.eclipse.swt.layout.GridData) confirmation.getLayoutData()).exclude = !confirm;
			confirmation.setVisible(confirm);
			if (confirm) {
				setMessage("The back office wants a confirmation request.", IMessageProvider.WARNING);
			}
		}
		done.setText(text.toString());
		done.getParent().layout(true, true);
	}

	private void saveConfirmation(Path target) {
		setErrorMessage(null);
		Exchange saved = wizard.runRequest(Operation.CONFIRMATION_REQUEST, target, "The confirmation of the response applied before",
				monitor -> wizard.connections.client(monitor).capabilityRequest(monitor), this);
		if (saved != null) {
			confirmationSaved = saved;
			confirmationText.setText("The confirmation request is saved in " + saved.file() + " (" + Formats.bytes(saved.size())
					+ ", SHA-256 " + saved.sha256() + "). Take it to the back office.");
			setMessage("The confirmation request is saved.", IMessageProvider.INFORMATION);
			confirmation.getParent().layout(true, true);
		}
	}

	/** Saves the confirmation request to {@code target}, as the button does after its file dialog; for tests. */
	public void saveConfirmationTo(Path target) {
		saveConfirmation(target);
	}

	/** The confirmation request saved from this page, or {@code null}. */
	public Exchange confirmationSaved() {
		return confirmationSaved;
	}

	/** Whether the page offers the confirmation request, for tests. */
	public boolean offersConfirmation() {
		return confirmation.getVisible();
	}

	/** What the page says was done, for tests. */
	public String doneText() {
		return done.getText();
	}

	/** The history table, for tests. */
	public RecordTable<Exchange> history() {
		return history;
	}
}
