package org.seatkeeper.ui.internal.fleet;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.seatkeeper.core.fleet.FleetSurvey.Row;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.jobs.Background;
import org.seatkeeper.ui.internal.views.ServerView;

/**
 * A part that shows the whole fleet (License Servers, Fleet Overview): it follows the list and the current
 * server, and the figures {@link FleetStatus} asks while the part is open (F5 asks at once). Rows arriving
 * one by one are shown together, at most every {@value #GATHER_MS} ms.
 */
abstract class FleetPart extends ViewPart {

	/** How long arriving rows are gathered before the part shows them. */
	static final int GATHER_MS = 150;

	protected ServerConnections fleet;
	protected FleetStatus status;
	protected LocalResourceManager resources;
	private Control main;
	private boolean showQueued;
	private final Runnable fleetListener = () -> inUi(this::listChanged);
	private final Consumer<Row> rowListener = row -> figuresArrived();

	@Override
	public final void createPartControl(Composite parent) {
		fleet = PlatformUI.getWorkbench().getService(ServerConnections.class);
		status = FleetStatus.of(PlatformUI.getWorkbench());
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		main = createContent(parent);
		ServerView.onRefresh(getSite(), status::refresh);
		ServerView.activateGuideContext(getSite());
		fleet.addFleetListener(fleetListener);
		status.addListener(rowListener);
		listChanged();
		status.watch();
	}

	/** Builds the part's controls; answers the one that takes the focus, whose life bounds the updates. */
	protected abstract Control createContent(Composite parent);

	/** The list, the current server or a server's connection changed; on the UI thread. */
	protected abstract void listChanged();

	/** Figures arrived; on the UI thread. */
	protected abstract void figuresChanged();

	/** Shows the figures that arrived, together with those arriving in the next {@value #GATHER_MS} ms; from any thread. */
	protected void figuresArrived() {
		inUi(() -> {
			if (showQueued) {
				return;
			}
			showQueued = true;
			main.getDisplay().timerExec(GATHER_MS, () -> {
				showQueued = false;
				if (!main.isDisposed()) {
					figuresChanged();
				}
			});
		});
	}

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	/** Adds to a summary line when the servers were last asked, and whether they are being asked now. */
	protected void appendSurveyState(StringBuilder text) {
		status.lastSurvey().ifPresent(when -> text.append("  \u00b7  ").append(NLS.bind(Messages.Servers_askedAt,
				LocalTime.ofInstant(when, ZoneId.systemDefault()).format(TIME))));
		if (status.surveying()) {
			text.append("  \u00b7  ").append(Messages.Servers_asking);
		}
	}

	/** Runs {@code action} on the UI thread later, unless the part has been closed by then. */
	protected void inUi(Runnable action) {
		Background.inUi(main, action);
	}

	@Override
	public void setFocus() {
		main.setFocus();
	}

	@Override
	public void dispose() {
		if (fleet != null) {
			fleet.removeFleetListener(fleetListener);
			status.removeListener(rowListener);
			status.unwatch();
		}
		super.dispose();
	}
}
