package org.seatkeeper.ui.internal.wizards;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
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
		super("operation", "Offline Server Updates", null);
		this.wizard = wizard;
		setDescription("Exchange files with the back office for a server that cannot reach it.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		new Label(body, SWT.NONE).setText("Server:");
		Label server = new Label(body, SWT.NONE);
		server.setText(wizard.connections.describe());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(server);
		new Label(body, SWT.NONE).setText("Waiting for:");
		waiting = new Label(body, SWT.WRAP);
		waiting.setText("Asking the server\u2026");
		GridDataFactory.fillDefaults().grab(true, false).hint(440, SWT.DEFAULT).applyTo(waiting);

		Composite choices = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(choices);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(0, 10).applyTo(choices);
		option(choices, Choice.CAPABILITY_REQUEST, "Download a &capability request",
				"The server's identity and the licenses it holds, for the back office to answer. Use it also as the confirmation "
						+ "request when the back office asks for one after a response.");
		option(choices, Choice.ACTIVATION_REQUEST, "Generate an offline &activation request",
				"Activation ids with the copies that should remain on the server: more to add licenses, fewer or 0 to return them.");
		option(choices, Choice.UPLOAD_RESPONSE, "&Upload a capability response",
				"The file the back office answered with. You see what it changes before it is applied.");
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
		WizardSupport.inBackground("Reading the server's waiting offline requests", waiting, monitor -> {
			try {
				return waitingText(wizard.connections.client(monitor), monitor);
			} catch (ServerException e) {
				return "Unknown: " + ServerConnections.explain(e);
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
			return "Unknown: this server does not list the requests it waits an answer for.";
		}
		return requests.get().isEmpty() ? "No response: every request this server made has been answered." : waitingText(requests.get());
	}

	private static String waitingText(List<OfflineRequest> requests) {
		StringBuilder text = new StringBuilder(requests.size() == 1 ? "The response to 1 request: " : "The responses to " + requests.size()
				+ " requests: ");
		int shown = 0;
		for (OfflineRequest request : requests) {
			if (shown++ == 3) {
				text.append(", \u2026");
				break;
			}
			text.append(shown > 1 ? ", " : "").append(request.activations().isEmpty() ? "capability request"
					: "activation request (" + String.join(", ", request.activations().keySet()) + ")")
					.append(request.created() == null ? "" : " of " + Formats.time(request.created()));
		}
		return text.toString();
	}

	private void update() {
		if (wizard.connections.lacks(Role.OFFLINE)) {
			setErrorMessage("Offline exchanges need the offline role (ROLE_OFFLINE), and your login ("
					+ wizard.connections.session().map(s -> s.user()).orElse("?") + ") lacks it. Log in as a user who has it: License Server > "
					+ "Log In...");
			setPageComplete(false);
			return;
		}
		setErrorMessage(null);
		setPageComplete(true);
	}
}
