package org.seatkeeper.model.ui.internal.server;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.seatkeeper.model.allocation.ServerFeature;
import org.seatkeeper.model.ui.ModelServer;

/**
 * Finds the workbench's {@link ModelServer}, if an installed application offers one, and keeps the
 * connected server's feature records for content assist and hovers, asking the server again at most
 * every {@link #FRESH} (or when another server is connected). The service is looked up on the UI thread
 * (editors do it when they open): content assist and hovers, which run in the background, only use what
 * was found.
 */
public final class ModelServers {

	/** How long the server's feature records are reused before they are asked for again. */
	public static final Duration FRESH = Duration.ofSeconds(15);

	/**
	 * The features of a connected server.
	 *
	 * @param server   the server as shown to people
	 * @param features its feature records; empty if it could not answer
	 * @param problem  why it could not answer, or null
	 */
	public record Snapshot(String server, List<ServerFeature> features, String problem) {

		public Snapshot {
			features = List.copyOf(features);
		}
	}

	/** After a failed request, how long before the server is asked again. */
	private static final Duration RETRY = Duration.ofSeconds(5);

	private static volatile Optional<ModelServer> found;
	private static volatile ModelServer override;

	private static Snapshot snapshot;
	private static long fetchedAt;

	private ModelServers() {
	}

	/**
	 * The workbench's model server, if any. On the UI thread the first call looks it up; elsewhere only what
	 * an earlier call found is returned.
	 */
	public static Optional<ModelServer> find() {
		ModelServer replacement = override;
		if (replacement != null) {
			return Optional.of(replacement);
		}
		Optional<ModelServer> known = found;
		if (known == null && Display.getCurrent() != null && PlatformUI.isWorkbenchRunning()) {
			known = Optional.ofNullable(PlatformUI.getWorkbench().getService(ModelServer.class));
			found = known;
		}
		return known == null ? Optional.empty() : known;
	}

	/** For tests: a server to use instead of the workbench's; null to use the workbench's again. */
	public static void override(ModelServer server) {
		override = server;
		forget();
	}

	/** Drops the kept records, e.g. after an upload changed what the server serves. */
	public static synchronized void forget() {
		snapshot = null;
		fetchedAt = 0;
	}

	/**
	 * The connected server's feature records: the kept ones while fresh, else asked for now (blocking up to
	 * the client's timeouts). On the UI thread only kept records are returned, never asked for. Empty when no
	 * server is connected; when the server could not answer, the snapshot says why (and it is asked again
	 * after a few seconds).
	 */
	public static Optional<Snapshot> features(IProgressMonitor monitor) {
		Optional<ModelServer> server = find();
		if (server.isEmpty()) {
			return Optional.empty();
		}
		Optional<String> connected = server.get().connected();
		if (connected.isEmpty()) {
			return Optional.empty();
		}
		synchronized (ModelServers.class) {
			if (snapshot != null && snapshot.server().equals(connected.get())
					&& System.nanoTime() - fetchedAt < FRESH.toNanos()) {
				return Optional.of(snapshot);
			}
			if (Display.getCurrent() != null) {
				return Optional.ofNullable(snapshot).filter(s -> s.server().equals(connected.get()));
			}
		}
		Snapshot fresh;
		long keptFrom = System.nanoTime();
		try {
			fresh = new Snapshot(connected.get(), server.get().features(monitor == null ? new NullProgressMonitor() : monitor), null);
		} catch (CoreException e) {
			fresh = new Snapshot(connected.get(), List.of(), e.getMessage());
			keptFrom -= FRESH.toNanos() - RETRY.toNanos();
		}
		synchronized (ModelServers.class) {
			snapshot = fresh;
			fetchedAt = keptFrom;
		}
		return Optional.of(fresh);
	}
}
