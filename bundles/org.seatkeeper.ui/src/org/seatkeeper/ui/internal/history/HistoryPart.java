package org.seatkeeper.ui.internal.history;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.seatkeeper.history.collector.Collector.Round;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.views.ServerView;
import org.seatkeeper.ui.internal.views.ViewServer;

/**
 * A view of the usage history of the current server (Usage History, Peak Report): it follows the current
 * server, reads in Jobs through {@link HistoryService}, reloads after each round of the collector while it is
 * open, and says in a line at the top what it shows (and that a demo server's history is made up) or why the
 * history cannot be read.
 */
abstract class HistoryPart extends ViewPart {

	protected HistoryService history;
	protected ViewServer server;
	private Label status;
	private Label statusIcon;
	private Control main;
	private final Runnable serverListener = () -> inUi(this::serverChanged);
	private final Consumer<Round> roundListener = round -> inUi(this::roundWritten);

	@Override
	public final void createPartControl(Composite parent) {
		history = HistoryService.of(PlatformUI.getWorkbench());
		server = new ViewServer(PlatformUI.getWorkbench().getService(ServerConnections.class), null);
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(root);
		Composite line = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 3).applyTo(line);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(line);
		statusIcon = new Label(line, SWT.NONE);
		status = new Label(line, SWT.WRAP);
		status.setData("name", "status");
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
		main = createContent(root);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(main);
		ServerView.onRefresh(getSite(), this::reload);
		ServerView.activateGuideContext(getSite());
		server.addListener(serverListener);
		history.addListener(roundListener);
		serverChanged();
	}

	/** Builds the view's controls below the status line; answers its main control. */
	protected abstract Control createContent(Composite parent);

	/** Reads the history again for the server shown. */
	protected abstract void reload();

	/** The server shown changed; on the UI thread. */
	protected void serverChanged() {
		setContentDescription("");
		reload();
	}

	/** A round was written; on the UI thread. By default the view reads again. */
	protected void roundWritten() {
		reload();
	}

	/**
	 * The status line: what is shown, or why not ({@code problem}); and when the last round could not be written,
	 * why, and how many samples wait or were dropped.
	 */
	protected void say(String text, boolean problem) {
		if (status.isDisposed()) {
			return;
		}
		Optional<Round> last = history.lastRound().filter(round -> round.problem().isPresent() || round.dropped() > 0);
		String full = last.map(round -> text + "\n" + (round.problem().isPresent()
				? NLS.bind(Messages.History_notWritten, new Object[] { round.problem().get(), round.waiting(), round.dropped() })
				: NLS.bind(Messages.History_dropped, round.dropped()))).orElse(text);
		status.setText(full);
		statusIcon.setImage(problem || last.isPresent() ? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK)
				: null);
		status.getParent().layout(true);
	}

	/** The status line's text. */
	public String statusText() {
		return status.getText();
	}

	protected void inUi(Runnable action) {
		if (main != null && !main.isDisposed()) {
			main.getDisplay().asyncExec(() -> {
				if (!main.isDisposed()) {
					action.run();
				}
			});
		}
	}

	@Override
	public void setFocus() {
		main.setFocus();
	}

	@Override
	public void dispose() {
		history.removeListener(roundListener);
		server.removeListener(serverListener);
		server.dispose();
		super.dispose();
	}
}
