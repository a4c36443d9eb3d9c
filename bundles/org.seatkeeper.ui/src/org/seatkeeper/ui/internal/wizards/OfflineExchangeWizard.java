package org.seatkeeper.ui.internal.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.IPageChangingListener;
import org.eclipse.jface.dialogs.PageChangingEvent;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.ActivationCount;
import org.seatkeeper.core.domain.CapabilityResult;
import org.seatkeeper.core.domain.ClientKey;
import org.seatkeeper.core.files.AtomicFiles;
import org.seatkeeper.core.offline.ExchangeHistory;
import org.seatkeeper.core.offline.ExchangeHistory.Exchange;
import org.seatkeeper.core.offline.ExchangeHistory.Operation;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.tables.Formats;

/**
 * The offline exchange with the back office, for servers that cannot reach it: write a capability request
 * or an offline activation request to a file, or upload the back office's capability response after
 * seeing what it will change. Every exchange goes to the {@link ExchangeHistory}, shown on the last page.
 *
 * <p>The work is done when the user leaves the file page with Next, in the wizard's container (forked,
 * cancellable); a failure keeps the user on that page with the reason.
 */
public final class OfflineExchangeWizard extends Wizard implements IPageChangingListener {

	/** What the wizard does; the user picks it on the first page. */
	public enum Choice {
		CAPABILITY_REQUEST, ACTIVATION_REQUEST, UPLOAD_RESPONSE
	}

	/**
	 * What was done, shown on the last page.
	 *
	 * @param exchange the history entry
	 * @param applied  what the server said of an uploaded response, or {@code null} for a request
	 */
	public record Outcome(Exchange exchange, CapabilityResult applied) {
	}

	private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	final ServerConnections connections;
	final ExchangeHistory history;
	private final OperationPage operationPage;
	private final ActivationsPage activationsPage;
	private final SavePage savePage;
	private final ResponsePage responsePage;
	private final ResultPage resultPage;
	private Outcome outcome;

	public OfflineExchangeWizard(ServerConnections connections, ExchangeHistory history) {
		this.connections = connections;
		this.history = history;
		operationPage = new OperationPage(this);
		activationsPage = new ActivationsPage(connections);
		savePage = new SavePage(this);
		responsePage = new ResponsePage(this);
		resultPage = new ResultPage(this);
		setWindowTitle(Messages.Operation_title);
		setNeedsProgressMonitor(true);
		setHelpAvailable(false);
	}

	@Override
	public void addPages() {
		addPage(operationPage);
		addPage(activationsPage);
		addPage(savePage);
		addPage(responsePage);
		addPage(resultPage);
	}

	@Override
	public void setContainer(IWizardContainer container) {
		if (getContainer() instanceof WizardDialog old) {
			old.removePageChangingListener(this);
		}
		super.setContainer(container);
		if (container instanceof WizardDialog dialog) {
			dialog.addPageChangingListener(this);
		}
	}

	@Override
	public IWizardPage getNextPage(IWizardPage page) {
		if (page == operationPage) {
			return switch (operationPage.choice()) {
			case CAPABILITY_REQUEST -> savePage;
			case ACTIVATION_REQUEST -> activationsPage;
			case UPLOAD_RESPONSE -> responsePage;
			};
		}
		if (page == activationsPage) {
			return savePage;
		}
		if (page == savePage || page == responsePage) {
			return resultPage;
		}
		return null;
	}

	@Override
	public IWizardPage getPreviousPage(IWizardPage page) {
		if (page == savePage) {
			return operationPage.choice() == Choice.ACTIVATION_REQUEST ? activationsPage : operationPage;
		}
		return page == operationPage ? null : operationPage;
	}

	@Override
	public boolean canFinish() {
		return outcome != null;
	}

	@Override
	public boolean performFinish() {
		return outcome != null;
	}

	/** The exchange is made when the user leaves the save or response page forward. */
	@Override
	public void handlePageChanging(PageChangingEvent event) {
		if (event.getTargetPage() != resultPage || outcome != null) {
			return;
		}
		Outcome done = event.getCurrentPage() == savePage ? saveRequest() : uploadResponse();
		if (done == null) {
			event.doit = false;
			return;
		}
		outcome = done;
		resultPage.show(done);
	}

	/** What was done, or {@code null} before. */
	public Outcome outcome() {
		return outcome;
	}

	public OperationPage operationPage() {
		return operationPage;
	}

	public ActivationsPage activationsPage() {
		return activationsPage;
	}

	public SavePage savePage() {
		return savePage;
	}

	public ResponsePage responsePage() {
		return responsePage;
	}

	public ResultPage resultPage() {
		return resultPage;
	}

	/** A file name for a new request of {@code operation}, e.g. {@code activation-request-20261123-101500.bin}. */
	static String suggestedName(Operation operation) {
		String kind = switch (operation) {
		case ACTIVATION_REQUEST -> "activation-request";
		case CONFIRMATION_REQUEST -> "confirmation-request";
		default -> "capability-request";
		};
		return kind + "-" + FILE_STAMP.format(Instant.now().atZone(ZoneId.systemDefault())) + ".bin";
	}

	// ---- the exchanges

	/** A request that the server writes and the wizard saves. */
	@FunctionalInterface
	interface RequestMaker {
		byte[] make(IProgressMonitor monitor) throws ServerException;
	}

	private Outcome saveRequest() {
		Path target = savePage.target();
		Operation operation = operationPage.choice() == Choice.ACTIVATION_REQUEST ? Operation.ACTIVATION_REQUEST : Operation.CAPABILITY_REQUEST;
		List<ActivationCount> activations = activationsPage.activations();
		String summary = operation == Operation.ACTIVATION_REQUEST ? describe(activations) : Messages.Offline_noActivations;
		Exchange exchange = runRequest(operation, target, summary, monitor -> operation == Operation.ACTIVATION_REQUEST
				? connections.client(monitor).activationRequest(activations, monitor)
				: connections.client(monitor).capabilityRequest(monitor), savePage);
		return exchange == null ? null : new Outcome(exchange, null);
	}

	/**
	 * Has the server write a request of {@code operation}, saves it to {@code target} in one step, and records
	 * it; answers the record, or {@code null} when it failed, after telling {@code page} why.
	 */
	Exchange runRequest(Operation operation, Path target, String summary, RequestMaker maker,
			org.eclipse.jface.dialogs.DialogPage page) {
		String server = connections.describe();
		Exchange done;
		try {
			// off the UI thread: the server's answer, the file, and the history entry, also of a failure
			done = WizardSupport.call(getContainer(), NLS.bind(Messages.Offline_asking, server, operation.label().toLowerCase(Locale.ROOT)), monitor -> {
				try {
					byte[] request = maker.make(monitor);
					if (monitor.isCanceled()) {
						return null; // nothing is written
					}
					monitor.subTask(NLS.bind(Messages.Offline_saving, target));
					AtomicFiles.write(target, request);
					return record(new Exchange(Instant.now(), server, operation, target.toString(), request.length,
							ClientKey.fingerprint(request), true, Messages.Offline_saved + " " + summary));
				} catch (ServerException | IOException e) {
					record(new Exchange(Instant.now(), server, operation, target.toString(), 0, "", false, NLS.bind(Messages.Offline_failed, failure(e, target))));
					throw e;
				}
			});
		} catch (InvocationTargetException e) {
			String message = NLS.bind(Messages.Offline_notSaved, operation.label().toLowerCase(Locale.ROOT), failure(e.getCause(), target));
			WizardSupport.logIfUnexpected(e, message);
			page.setErrorMessage(message);
			return null;
		} catch (InterruptedException e) {
			done = null;
		}
		if (done == null) {
			page.setMessage(Messages.Offline_cancelled, IMessageProvider.WARNING);
		}
		return done;
	}

	/** What to tell the user of {@code failure}, met while asking for or saving {@code target}. */
	private static String failure(Throwable failure, Path target) {
		return failure instanceof ServerException refusal ? ServerConnections.explain(refusal)
				: failure instanceof IOException io ? NLS.bind(Messages.Offline_notWritten, target, io.getMessage()) : String.valueOf(failure);
	}

	private Outcome uploadResponse() {
		ResponsePage.Checked checked = responsePage.checked();
		if (checked == null) {
			return null;
		}
		String server = connections.describe();
		Path file = checked.file();
		CapabilityResult[] applied = new CapabilityResult[1];
		Exchange exchange;
		try {
			// off the UI thread: the upload and the history entry, also of a refusal
			exchange = WizardSupport.call(getContainer(), NLS.bind(Messages.Offline_uploading, file.getFileName(), server), monitor -> {
				try {
					CapabilityResult result = connections.client(monitor).uploadCapabilityResponse(checked.bytes(), monitor);
					applied[0] = result;
					int records = result.features().size();
					return record(new Exchange(Instant.now(), server, Operation.RESPONSE_UPLOAD, file.toString(), checked.bytes().length,
							checked.sha256(), true, NLS.bind(records == 1 ? Messages.Offline_appliedOne : Messages.Offline_applied, records)
									+ (result.confirmationRequestNeeded() ? Messages.Offline_wantsConfirmation : "")));
				} catch (ServerException e) {
					record(new Exchange(Instant.now(), server, Operation.RESPONSE_UPLOAD, file.toString(), checked.bytes().length,
							checked.sha256(), false, NLS.bind(Messages.Offline_refused, ServerConnections.explain(e))));
					throw e;
				}
			});
		} catch (InvocationTargetException e) {
			String message = NLS.bind(Messages.Offline_responseRefused, WizardSupport.reason(e));
			WizardSupport.logIfUnexpected(e, message);
			responsePage.setErrorMessage(message);
			return null;
		} catch (InterruptedException e) {
			responsePage.setMessage(Messages.Offline_uploadCancelled,
					IMessageProvider.WARNING);
			return null;
		}
		connections.serverChanged();
		return new Outcome(exchange, applied[0]);
	}

	/**
	 * Adds to the history (which writes its file: not on the UI thread); a history that cannot be written is
	 * reported, and the exchange stands. Answers {@code exchange}.
	 */
	private Exchange record(Exchange exchange) {
		try {
			history.add(exchange);
		} catch (IOException e) {
			ILog.of(getClass()).log(Status.warning(NLS.bind(Messages.Offline_historyNotWritten, history.file(), e.getMessage()), e));
		}
		return exchange;
	}

	/** How the embedded demo server's back office answers {@code request}, when the wizard talks to that server. */
	Optional<String> demoAnswer(Path request) {
		String name = request.getFileName().toString();
		Path response = request.resolveSibling(name.contains("request") ? name.replaceFirst("request", "response") : "response-" + name);
		return connections.embeddedServer().flatMap(server -> server.demoBackOfficeCommand(request, response));
	}

	static String describe(List<ActivationCount> activations) {
		StringBuilder text = new StringBuilder();
		for (ActivationCount activation : activations) {
			text.append(text.isEmpty() ? "" : ", ").append(activation.activationId()).append(" \u00d7").append(activation.count())
					.append(activation.count() == 0 ? " " + Messages.Offline_return : "");
		}
		return text.toString();
	}

	static String expiry(LocalDate date) {
		return date == null ? Messages.Offline_permanent : Formats.date(date);
	}

	/** The folder requests are suggested in: the user's home. */
	static Path defaultFolder() {
		return Path.of(System.getProperty("user.home", "."));
	}
}
