package org.seatkeeper.ui.internal.wizards;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
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
		super("result", Messages.Result_title, null);
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
		confirmationText.setText(Messages.Result_wantsConfirmation);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(confirmationText);
		Button save = new Button(confirmation, SWT.PUSH);
		save.setText(Messages.Result_saveConfirmation);
		save.setData("name", "confirmation");
		save.addListener(SWT.Selection, event -> {
			String chosen = WizardSupport.choose(getShell(), SWT.SAVE, Messages.Result_saveConfirmationTitle, new String[] { "*.bin", "*" },
					new String[] { Messages.Save_requestFiles, Messages.Wizards_allFiles },
					OfflineExchangeWizard.defaultFolder().resolve(OfflineExchangeWizard.suggestedName(Operation.CONFIRMATION_REQUEST)));
			if (chosen != null) {
				saveConfirmation(Path.of(chosen));
			}
		});

		Group past = new Group(body, SWT.NONE);
		past.setText(Messages.Result_history);
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
			setDescription(NLS.bind(Messages.Result_saved, exchange.operation().label().toLowerCase(java.util.Locale.ROOT)));
			String result = exchange.result();
			text.append(NLS.bind(Messages.Result_savedFile, new Object[] { exchange.file(), Formats.bytes(exchange.size()), exchange.sha256(),
					result.startsWith(Messages.Offline_saved + " ") ? result.substring(Messages.Offline_saved.length() + 1) : result }));
			wizard.demoAnswer(Path.of(exchange.file())).ifPresent(command -> text.append("\n\n").append(NLS.bind(Messages.Result_demo, command)));
		} else {
			setDescription(Messages.Result_applied);
			text.append(NLS.bind(Messages.Result_uploaded, new Object[] { exchange.file(), Formats.bytes(exchange.size()), exchange.sha256() }))
					.append('\n');
			List<Feature> features = applied.features();
			text.append(features.isEmpty() ? Messages.Result_noChange : Messages.Result_changed);
			for (Feature feature : features) {
				text.append("\n  ").append(feature.name()).append(' ').append(feature.version()).append(" \u00d7").append(feature.count())
						.append(feature.activationId().isEmpty() ? "" : "  (" + feature.activationId() + ")");
			}
			boolean confirm = applied.confirmationRequestNeeded();
			((org.eclipse.swt.layout.GridData) confirmation.getLayoutData()).exclude = !confirm;
			confirmation.setVisible(confirm);
			if (confirm) {
				setMessage(Messages.Result_wantsConfirmationShort, IMessageProvider.WARNING);
			}
		}
		done.setText(text.toString());
		done.getParent().layout(true, true);
	}

	private void saveConfirmation(Path target) {
		setErrorMessage(null);
		Exchange saved = wizard.runRequest(Operation.CONFIRMATION_REQUEST, target, Messages.Result_confirmationSummary,
				monitor -> wizard.connections.client(monitor).capabilityRequest(monitor), this);
		if (saved != null) {
			confirmationSaved = saved;
			confirmationText.setText(NLS.bind(Messages.Result_confirmationSaved, new Object[] { saved.file(), Formats.bytes(saved.size()),
					saved.sha256() }));
			setMessage(Messages.Result_confirmationSavedShort, IMessageProvider.INFORMATION);
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
