package org.seatkeeper.ui.internal.wizards;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.OptionalParts;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.OfflineRequest;
import org.seatkeeper.core.domain.Role;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.tables.Formats;
import org.seatkeeper.ui.internal.wizards.OfflineExchangeWizard.Choice;

/** The first page: which exchange, for which server, and what the server waits for. */
public final class OperationPage extends WizardPage {

	private final OfflineExchangeWizard wizard;
	private Choice choice = Choice.CAPABILITY_REQUEST;
	private Label waiting;
	private final Button[] buttons = new Button[Choice.values().length];
	private int loads;

	OperationPage(OfflineExchangeWizard wizard) {
		super("operation", Messages.Operation_title, null);
		this.wizard = wizard;
		setDescription(Messages.Operation_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.Wizards_server);
		Label server = new Label(body, SWT.NONE);
		server.setText(wizard.connections.describe());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(server);
		new Label(body, SWT.NONE).setText(Messages.Operation_waitingFor);
		waiting = new Label(body, SWT.WRAP);
		waiting.setText(Messages.Wizards_asking);
		GridDataFactory.fillDefaults().grab(true, false).hint(440, SWT.DEFAULT).applyTo(waiting);

		Composite choices = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(choices);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(0, 10).applyTo(choices);
		option(choices, Choice.CAPABILITY_REQUEST, Messages.Operation_capability, Messages.Operation_capabilityTip);
		option(choices, Choice.ACTIVATION_REQUEST, Messages.Operation_activation, Messages.Operation_activationTip);
		option(choices, Choice.UPLOAD_RESPONSE, Messages.Operation_upload, Messages.Operation_uploadTip);
		buttons[choice.ordinal()].setSelection(true);
		setControl(body);
		loadWaiting();
		update();
	}

	private void option(Composite parent, Choice value, String label, String explanation) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(label);
		button.setData("name", value.name());
		button.addListener(SWT.Selection, event -> {
			if (button.getSelection()) {
				choice = value;
				update();
			}
		});
		buttons[value.ordinal()] = button;
		Label text = new Label(parent, SWT.WRAP);
		text.setText(explanation);
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).indent(22, 0).applyTo(text);
		GridDataFactory.fillDefaults().indent(0, 8).applyTo(button);
	}

	/** What the user chose. */
	public Choice choice() {
		return choice;
	}

	/** Chooses {@code value}, as a click on its button does; for tests. */
	public void choose(Choice value) {
		for (Button button : buttons) {
			button.setSelection(button == buttons[value.ordinal()]);
		}
		choice = value;
		update();
	}

	/** What the page says the server waits for, for tests. */
	public String waiting() {
		return waiting.getText();
	}

	/** Whether the page is still asking the server, for tests. */
	public boolean loading() {
		return loads > 0;
	}

	private void loadWaiting() {
		loads++;
		WizardSupport.inBackground(Messages.Operation_reading, waiting, monitor -> {
			try {
				return waitingText(wizard.connections.client(monitor), monitor);
			} catch (ServerException e) {
				return NLS.bind(Messages.Wizards_unknown, ServerConnections.explain(e));
			}
		}, text -> {
			loads--;
			waiting.setText(text);
			waiting.getParent().layout();
		});
	}

	/** What the server waits for, in words; a server that does not list its requests is said to. */
	private static String waitingText(LicenseServerClient client, org.eclipse.core.runtime.IProgressMonitor monitor)
			throws ServerException {
		Optional<List<OfflineRequest>> requests = new OptionalParts().ask(() -> client.offlineRequests(monitor));
		if (requests.isEmpty()) {
			return Messages.Operation_unlisted;
		}
		return requests.get().isEmpty() ? Messages.Operation_noneWaiting : waitingText(requests.get());
	}

	private static String waitingText(List<OfflineRequest> requests) {
		StringBuilder text = new StringBuilder(requests.size() == 1 ? Messages.Operation_waitingOne
				: NLS.bind(Messages.Operation_waitingMany, requests.size())).append(' ');
		int shown = 0;
		for (OfflineRequest request : requests) {
			if (shown++ == 3) {
				text.append(", \u2026");
				break;
			}
			text.append(shown > 1 ? ", " : "").append(request.activations().isEmpty() ? Messages.Operation_capabilityRequest
					: NLS.bind(Messages.Operation_activationRequest, String.join(", ", request.activations().keySet())))
					.append(request.created() == null ? "" : NLS.bind(Messages.Response_of, Formats.time(request.created())));
		}
		return text.toString();
	}

	private void update() {
		if (wizard.connections.lacks(Role.OFFLINE)) {
			setErrorMessage(NLS.bind(Messages.Operation_offlineRole, wizard.connections.session().map(s -> s.user()).orElse("?")));
			setPageComplete(false);
			return;
		}
		setErrorMessage(null);
		setPageComplete(true);
	}
}
