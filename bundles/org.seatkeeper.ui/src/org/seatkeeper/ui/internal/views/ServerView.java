package org.seatkeeper.ui.internal.views;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.seatkeeper.core.client.ApiPart;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.OptionalParts;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.client.Session;
import org.seatkeeper.core.client.UntrustedCertificateException;
import org.seatkeeper.core.files.LimitedFiles;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.connection.LoginHandler;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.jobs.Background.Failure;
import org.seatkeeper.ui.internal.jobs.Background;
import org.seatkeeper.ui.internal.tables.RecordTable;

/**
 * A view of something on the license server. It loads in a Job (family {@link SeatkeeperUi#JOB_FAMILY})
 * with progress and cancellation, shows the result on the UI thread, and when the server cannot be
 * reached or refuses, says so in a banner at the top with a Retry button, keeping what it showed
 * before. F5 (Refresh) reloads; the Settings can reload it every few seconds; another server in the
 * Settings reloads it at once.
 *
 * @param <T> what one load brings
 */
public abstract class ServerView<T> extends ViewPart {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
	private static final String SEPARATOR = "  \u00b7  ";

	/** The server this view shows: the current one, or the one it is pinned to. */
	protected ViewServer connections;
	/** The server named in the memento this view was restored with, or handed to a new instance. */
	private String pinnedAtStart;
	/** The view's name in the registry, before the server's name is added to it. */
	private String baseName;
	private static final String PINNED = "pinnedServer";
	/** The servers new instances are pinned to, by secondary id, until they start. */
	private static final java.util.Map<String, String> PINS_FOR_NEW = new java.util.concurrent.ConcurrentHashMap<>();
	private Composite banner;
	private Label bannerIcon;
	private Label bannerText;
	private Composite missingRow;
	private Label missingText;
	/** The parts of the API the server was found not to offer since it was chosen. */
	private final Set<ApiPart> missing = EnumSet.noneOf(ApiPart.class);
	private Button loginButton;
	private Label serverLabel;
	private Job loadJob;
	private T current;
	private String problem;
	/** The last failure of a Job written to the Error Log, until a Job succeeds; only a new one is logged. */
	private String loggedProblem;
	private String shownServer = "";
	private final Runnable connectionListener = () -> inUi(this::connectionChanged);
	private final Runnable autoRefresh = this::autoRefresh;
	/** The context in which F1 opens the user guide's page of the active view. */
	public static final String GUIDE_CONTEXT = "org.seatkeeper.ui.contexts.views";
	/** The sashes' weights and the columns' widths the person chose, kept between openings. */
	protected final RememberedLayout layout = new RememberedLayout();

	@Override
	public void init(org.eclipse.ui.IViewSite site, org.eclipse.ui.IMemento memento) throws org.eclipse.ui.PartInitException {
		super.init(site, memento);
		layout.restoreFrom(memento);
		String secondary = site.getSecondaryId();
		pinnedAtStart = secondary == null ? null : PINS_FOR_NEW.remove(secondary);
		if (pinnedAtStart == null && memento != null) {
			pinnedAtStart = memento.getString(PINNED);
		}
	}

	@Override
	public void saveState(org.eclipse.ui.IMemento memento) {
		super.saveState(memento);
		layout.saveTo(memento);
		if (connections != null) {
			connections.pinned().ifPresent(name -> memento.putString(PINNED, name));
		}
	}

	/**
	 * Opens another instance of the view {@code viewId} (a secondary id), pinned to the server named
	 * {@code server}, so that two servers are side by side.
	 */
	public static void openPinned(org.eclipse.ui.IWorkbenchPage page, String viewId, String server) throws org.eclipse.ui.PartInitException {
		String secondary = java.util.UUID.randomUUID().toString();
		PINS_FOR_NEW.put(secondary, server);
		try {
			page.showView(viewId, secondary, org.eclipse.ui.IWorkbenchPage.VIEW_ACTIVATE);
		} finally {
			PINS_FOR_NEW.remove(secondary);
		}
	}

	/** The server this view shows. */
	public ViewServer server() {
		return connections;
	}

	@Override
	public final void createPartControl(Composite parent) {
		ServerConnections fleet = PlatformUI.getWorkbench().getService(ServerConnections.class);
		connections = new ViewServer(fleet, pinnedAtStart);
		baseName = getPartName();
		ServerViewActions.contribute(this, getViewSite().getActionBars(), fleet);
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(root);

		Composite header = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 3).applyTo(header);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		serverLabel = new Label(header, SWT.NONE);
		serverLabel.setData("name", "server");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(serverLabel);
		loginButton = new Button(header, SWT.PUSH);
		loginButton.setText(Messages.ServerView_logIn);
		loginButton.setToolTipText(Messages.ServerView_logInTip);
		loginButton.addListener(SWT.Selection, e -> LoginHandler.logIn(getSite().getShell(), connections));

		banner = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(8, 6).applyTo(banner);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(banner);
		banner.setVisible(false);
		bannerIcon = new Label(banner, SWT.NONE);
		bannerText = new Label(banner, SWT.WRAP);
		bannerText.setData("name", "problem");
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(bannerText);
		Button retry = new Button(banner, SWT.PUSH);
		retry.setText(Messages.ServerView_retry);
		retry.setData("name", "retry");
		retry.addListener(SWT.Selection, e -> {
			connections.reconnect();
		});

		missingRow = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 4).applyTo(missingRow);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(missingRow);
		missingRow.setVisible(false);
		new Label(missingRow, SWT.NONE)
				.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK));
		missingText = new Label(missingRow, SWT.WRAP);
		missingText.setData("name", "missing");
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(missingText);

		Composite content = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(content);
		createContent(content);

		onRefresh(getSite(), this::refresh);
		activateGuideContext(getSite());
		connections.addListener(connectionListener);
		updateHeader();
		refresh();
		scheduleAutoRefresh();
	}

	/** Makes F1 open the user guide's page of the part of {@code site} while it is active. */
	public static void activateGuideContext(org.eclipse.ui.IWorkbenchPartSite site) {
		org.eclipse.ui.contexts.IContextService contexts = site.getService(org.eclipse.ui.contexts.IContextService.class);
		if (contexts != null) {
			contexts.activateContext(GUIDE_CONTEXT);
		}
	}

	/** Runs {@code action} on the workbench's Refresh (F5) while the part of {@code site} is active. */
	public static void onRefresh(org.eclipse.ui.IWorkbenchPartSite site, Runnable action) {
		site.getService(IHandlerService.class).activateHandler(IWorkbenchCommandConstants.FILE_REFRESH, new AbstractHandler() {
			@Override
			public Object execute(ExecutionEvent event) {
				action.run();
				return null;
			}
		});
	}

	/** Builds the view's own controls into {@code parent}. */
	protected abstract void createContent(Composite parent);

	/**
	 * Loads what the view shows; runs in a Job. The parts of the API the server may not offer are asked
	 * through {@code parts}: the view then shows what the server gave, and one line about the rest.
	 */
	protected abstract T load(LicenseServerClient client, OptionalParts parts, IProgressMonitor monitor) throws ServerException;

	/** Shows what {@link #load} brought; runs on the UI thread. */
	protected abstract void show(T loaded);

	/** What the job is called in the Progress view, e.g. "Loading features". */
	protected abstract String loadingWhat();

	/** What the view last loaded, or {@code null}. */
	public T current() {
		return current;
	}

	/** Why the last load failed, or {@code null} when it worked. */
	public String problem() {
		return problem;
	}

	/** Loads again (the running load, if any, is cancelled). */
	public void refresh() {
		if (loadJob != null) {
			loadJob.cancel();
		}
		long generation = connections.generation();
		OptionalParts parts = new OptionalParts();
		loadJob = runInJob(loadingWhat(), monitor -> {
			try {
				return load(connections.client(monitor), parts, monitor);
			} catch (UntrustedCertificateException untrusted) {
				if (connections.offerTrust(untrusted)) { // asked once per certificate and run; Retry asks again
					return load(connections.client(monitor), parts, monitor);
				}
				throw untrusted;
			}
		}, loaded -> {
			if (generation == connections.generation()) {
				current = loaded;
				clearProblem();
				show(loaded);
				noteMissing(parts.missing());
			}
		});
	}

	/**
	 * What it means for this view that the server does not offer {@code part}, e.g. "the Summary tab is
	 * computed from the feature records"; {@code null} to say only that it is missing.
	 */
	protected String consequence(ApiPart part) {
		return null;
	}

	/** A note on what the loaded records leave out, put after the missing parts; {@code null} for none. */
	protected String recordsNote() {
		return null;
	}

	/** Adds {@code parts} to those the server does not offer, and says so in the view's line about them. */
	protected void noteMissing(Set<ApiPart> parts) {
		missing.addAll(parts);
		updateMissingLine();
	}

	/** Shows the line about what the server does not offer, or hides it when it offers all the view uses. */
	protected void updateMissingLine() {
		if (missingText == null || missingText.isDisposed()) {
			return;
		}
		String line = missingLine();
		missingText.setText(line);
		missingText.setToolTipText(line);
		boolean visible = !line.isEmpty();
		if (visible != missingRow.getVisible()) {
			((org.eclipse.swt.layout.GridData) missingRow.getLayoutData()).exclude = !visible;
			missingRow.setVisible(visible);
		}
		missingRow.getParent().layout(true, true);
	}

	/** The label of the line about what the server does not offer; for tests. */
	public Label missingLabel() {
		return missingText;
	}

	/** The line about what the server does not offer, as shown; {@code ""} when there is nothing to say. */
	public String missingLine() {
		java.util.List<String> sentences = new java.util.ArrayList<>();
		for (ApiPart part : missing) {
			sentences.add(part.missing(consequence(part)));
		}
		String note = recordsNote();
		if (note != null && !note.isEmpty()) {
			sentences.add(note);
		}
		return String.join(" ", sentences);
	}

	/** Work for the server, done in a Job; it may read or write a file the user chose. */
	@FunctionalInterface
	public interface ServerWork<R> {
		R run(IProgressMonitor monitor) throws ServerException, java.io.IOException;
	}

	/**
	 * Runs {@code work} in a Job of this view (shown busy meanwhile) and hands its result to {@code done} on
	 * the UI thread, if the view is still open. A failure is shown in the banner; a server's failure is also
	 * written to the Error Log when it is a new one (a server that stays down is logged once, not at every
	 * refresh), a file the user chose that cannot be read or written is not (it is shown where they acted); a
	 * cancelled Job shows nothing.
	 */
	protected <R> Job runInJob(String name, ServerWork<R> work, Consumer<R> done) {
		return Background.work(name, work::run).busyIn(getSite()).deliverTo(serverLabel).onSuccess(result -> {
			loggedProblem = null;
			done.accept(result);
			updateHeader();
		}).onFailure(failure -> {
			String message = failure instanceof Failure.Server server ? describe(server.cause())
					: failure instanceof Failure.File ? failure.message() // names the file and what is wrong with it
					: NLS.bind(Messages.ServerView_failed, name, failure.message());
			if (failure instanceof Failure.Server && !message.equals(loggedProblem)) {
				ILog.of(getClass()).log(Status.warning(getPartName() + ": " + message));
			}
			loggedProblem = message;
			showProblem(message);
			updateHeader();
		}).schedule();
	}

	/** What the banner says of a failure: a refusal for want of a role is called access denied, with the server's reason. */
	static String describe(ServerException e) {
		return ServerConnections.explain(e);
	}

	/**
	 * Shows {@code message} in the banner. Nothing goes to the Error Log: a person's mistake is shown where
	 * they act, and the server's failures are logged by {@link #runInJob} when they change.
	 */
	protected void showProblem(String message) {
		problem = message;
		bannerIcon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK));
		bannerText.setText(message);
		setBannerVisible(true);
	}

	/** Shows an informative note in the banner, e.g. why an action is not available. */
	protected void showNote(String message) {
		bannerIcon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK));
		bannerText.setText(message);
		setBannerVisible(true);
	}

	protected void clearProblem() {
		problem = null;
		setBannerVisible(false);
	}

	private void setBannerVisible(boolean visible) {
		((org.eclipse.swt.layout.GridData) banner.getLayoutData()).exclude = !visible;
		banner.setVisible(visible);
		banner.getParent().layout(true, true);
	}

	private void updateHeader() {
		if (serverLabel.isDisposed()) {
			return;
		}
		StringBuilder text = new StringBuilder(NLS.bind(Messages.ServerView_server, connections.describe()));
		connections.session().ifPresent((Session session) -> text.append(SEPARATOR).append(session.roles().isEmpty()
				? NLS.bind(Messages.ServerView_loggedInAs, session.user())
				: NLS.bind(Messages.ServerView_loggedInAsWithRoles, session.user(), Roles.describe(session.roles()))));
		if (current != null) {
			text.append(SEPARATOR).append(NLS.bind(Messages.ServerView_loadedAt, LocalTime.now().format(TIME)));
		}
		serverLabel.setText(text.toString());
		serverLabel.getParent().layout();
		updateTitle();
		onSessionKnown();
	}

	/** How a view's title names its server: "{0} – {1}" (the view, the server). */
	public static String titleFormat() {
		return Messages.ServerView_title;
	}

	/** Names the server in the view's title: "Features – Berlin production", and says in its tooltip whether it is pinned. */
	private void updateTitle() {
		String name = connections.name();
		setPartName(NLS.bind(Messages.ServerView_title, baseName, name));
		setTitleToolTip(connections.pinned().isPresent() ? NLS.bind(Messages.ServerView_pinnedTip, connections.describe())
				: NLS.bind(Messages.ServerView_currentTip, connections.describe()));
	}

	/** Adds the view's own actions for {@code table} to its context menu. */
	public void fillContextMenu(RecordTable<?> table, org.eclipse.jface.action.IMenuManager menu) {
	}

	/** Called on the UI thread when the view shows another server (not on Retry or a new login). */
	protected void serverChanged() {
	}

	/** Called on the UI thread after each load, when the login's roles may have become known. */
	protected void onSessionKnown() {
	}

	private void connectionChanged() {
		// another server, or the same name at another address: what the view holds for the old one means nothing here
		String server = connections.name() + '\n' + connections.pinned().isPresent() + '\n' + connections.describe();
		missing.clear(); // the server, or what it offers, may have changed: the next loads tell
		updateMissingLine();
		if (!server.equals(shownServer)) {
			shownServer = server;
			serverChanged();
		}
		updateHeader();
		refresh();
		scheduleAutoRefresh();
	}

	private void scheduleAutoRefresh() {
		Display display = getSite().getShell().getDisplay();
		display.timerExec(-1, autoRefresh);
		int seconds = connections.settings().autoRefreshSeconds();
		if (seconds > 0) {
			display.timerExec(seconds * 1000, autoRefresh);
		}
	}

	private void autoRefresh() {
		if (serverLabel.isDisposed()) {
			return;
		}
		if (loadJob == null || loadJob.getState() == Job.NONE) {
			refresh();
		}
		scheduleAutoRefresh();
	}

	/** Runs {@code action} on the UI thread later, unless the view has been closed by then. */
	protected void inUi(Runnable action) {
		Background.inUi(serverLabel, action);
	}

	/** A push button that runs {@code action}. */
	protected static Button button(Composite parent, String text, String tip, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tip);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	/** Asks for a file to open, and gives it to {@code chosen} (nothing when the user cancels). */
	protected void openFile(String title, String[] extensions, java.util.function.Consumer<java.nio.file.Path> chosen) {
		org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setText(title);
		dialog.setFilterExtensions(extensions);
		String file = dialog.open();
		if (file != null) {
			chosen.accept(java.nio.file.Path.of(file));
		}
	}

	/** The text of {@code file} (UTF-8), for a Job; a file that cannot be read fails with its name and why. */
	protected static String readFile(java.nio.file.Path file, String what) throws java.io.IOException {
		try {
			return new String(LimitedFiles.read(file, LARGEST_FILE, what), java.nio.charset.StandardCharsets.UTF_8);
		} catch (LimitedFiles.UnsuitableFileException e) {
			throw e;
		} catch (java.io.IOException e) {
			throw new java.io.IOException(NLS.bind(Messages.ServerView_cannotRead, file, e.getMessage()), e);
		}
	}

	/** The largest model-definition or reservations file a view reads. */
	private static final long LARGEST_FILE = 16L * 1024 * 1024;

	/** The bold font for section titles. */
	public static org.eclipse.swt.graphics.Font boldFont() {
		return JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
	}

	@Override
	public void dispose() {
		if (connections != null) {
			connections.removeListener(connectionListener);
			connections.dispose();
		}
		if (loadJob != null) {
			loadJob.cancel();
		}
		super.dispose();
	}
}
