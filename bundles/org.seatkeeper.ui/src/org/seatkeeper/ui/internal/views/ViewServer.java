package org.seatkeeper.ui.internal.views;

import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.seatkeeper.core.client.Credentials;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.client.Session;
import org.seatkeeper.core.client.UntrustedCertificateException;
import org.seatkeeper.ui.internal.connection.ConnectionSettings;
import org.seatkeeper.ui.internal.connection.ListenedLink;
import org.seatkeeper.ui.internal.connection.ServerConnection;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.connection.ServerLink;

/**
 * The server one view shows: the current server, or the one the view is pinned to. A pinned view follows
 * its server's renaming; when its server leaves the list it follows the current server again. Its
 * listeners hear when the server it shows changes, or changes.
 */
public final class ViewServer extends ListenedLink {

	private final ServerConnections fleet;
	private final Runnable relay = this::fire;
	private final Runnable fleetChanged = this::fleetChanged;
	private String pinned;
	/** The pinned server's connection this listens to, or null. */
	private ServerConnection observed;
	/** Counts changes of the server shown, so that answers for an earlier one are dropped. */
	private long rebinds;

	public ViewServer(ServerConnections fleet, String pinnedTo) {
		this.fleet = fleet;
		this.pinned = pinnedTo;
		fleet.addListener(relay);
		fleet.addFleetListener(fleetChanged);
	}

	/** The name of the server the view is pinned to, or empty when it follows the current server. */
	public synchronized Optional<String> pinned() {
		return Optional.ofNullable(pinned);
	}

	/** Pins the view to the server named {@code name}, or lets it follow the current server ({@code null}). */
	public void pin(String name) {
		synchronized (this) {
			if (java.util.Objects.equals(pinned, name)) {
				return;
			}
			pinned = name;
			rebinds++;
		}
		fire();
	}

	/** The server shown now. */
	private ServerLink target() {
		String name;
		synchronized (this) {
			name = pinned;
		}
		if (name == null) {
			return fleet;
		}
		Optional<ServerConnection> connection = fleet.connection(name);
		ServerConnection old;
		synchronized (this) {
			old = observed;
			observed = connection.orElse(null);
		}
		if (old != observed) {
			if (old != null) {
				old.removeListener(relay);
			}
			connection.ifPresent(c -> c.addListener(relay));
		}
		return connection.isPresent() ? connection.get() : fleet;
	}

	/** The list changed: a pinned server renamed is followed, one removed lets the view follow the current server. */
	private void fleetChanged() {
		boolean changed = false;
		synchronized (this) {
			if (pinned == null || fleet.list().isEmpty()) {
				return;
			}
		}
		String name = pinned().orElse(null);
		if (name != null && fleet.connection(name).isEmpty()) {
			String now = fleet.renamedTo(name).filter(n -> fleet.connection(n).isPresent()).orElse(null);
			synchronized (this) {
				pinned = now;
				rebinds++;
			}
			changed = true;
		}
		ServerConnection before;
		synchronized (this) {
			before = observed;
		}
		target();
		synchronized (this) {
			if (before != observed) {
				rebinds++;
				changed = true;
			}
		}
		if (changed) {
			fire();
		}
	}

	@Override
	public String name() {
		return target().name();
	}

	@Override
	public String describe() {
		return target().describe();
	}

	@Override
	public LicenseServerClient client(IProgressMonitor monitor) throws ServerException {
		if (pinned().isPresent()) {
			fleet.awaitList(monitor);
		}
		return target().client(monitor);
	}

	@Override
	public Optional<Session> session() {
		return target().session();
	}

	@Override
	public long generation() {
		ServerLink target = target();
		synchronized (this) {
			return (rebinds << 48) + target.generation();
		}
	}

	@Override
	public LoginResult logIn(Credentials credentials, boolean remember, IProgressMonitor monitor) throws ServerException {
		return target().logIn(credentials, remember, monitor);
	}

	@Override
	public void logOut() {
		target().logOut();
	}

	@Override
	public void reconnect() {
		target().reconnect();
	}

	@Override
	public void serverChanged() {
		target().serverChanged();
	}

	@Override
	public boolean offerTrust(UntrustedCertificateException untrusted) {
		return target().offerTrust(untrusted);
	}

	@Override
	public ConnectionSettings settings() {
		return fleet.settings();
	}

	/** Stops listening to the fleet. */
	public void dispose() {
		fleet.removeListener(relay);
		fleet.removeFleetListener(fleetChanged);
		ServerConnection old;
		synchronized (this) {
			old = observed;
			observed = null;
		}
		if (old != null) {
			old.removeListener(relay);
		}
	}
}
