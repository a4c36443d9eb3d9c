package org.seatkeeper.ui.internal.connection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.services.IDisposable;
import org.osgi.service.prefs.BackingStoreException;
import org.seatkeeper.core.client.Await;
import org.seatkeeper.core.client.ConnectionException;
import org.seatkeeper.core.client.Credentials;
import org.seatkeeper.core.client.CredentialsProvider;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.ServerAddress;
import org.seatkeeper.core.client.ServerErrorException;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.client.Session;
import org.seatkeeper.core.client.TrustedCertificates;
import org.seatkeeper.core.client.UntrustedCertificateException;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.core.fleet.ServerList;
import org.seatkeeper.core.fleet.ServerListException;
import org.seatkeeper.core.fleet.ServerListFile;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.jobs.Background;

/**
 * The fleet as the window knows it (a workbench service: see {@link ServerConnectionsFactory}): the server
 * list of {@code servers.json}, shared with the command line; a {@link ServerConnection} for each server
 * asked; and the <em>current</em> server, which every view that is not pinned shows, and which the wizards
 * and the model editor use. As a {@link ServerLink} it is the current server: its listeners hear when the
 * current server changes or when it changes.
 * <p>
 * The list is read in a Job when the window starts (moving the single server of earlier versions' Settings
 * into it once, see {@link LegacyServerSetting}); changes are written whole under the list file's lock by
 * {@link #change}, which callers run in a Job. The current server's name is kept in the preferences.
 * <p>
 * Its monitor guards a few fields and is never held across I/O or a prompt.
 */
public final class ServerConnections extends ListenedLink implements IDisposable {

	/** The preference that names the current server. */
	public static final String CURRENT = "server.current";

	private final IEclipsePreferences preferences;
	private final ServerListFile listFile;
	private final ServerConnection.Shared shared;
	/** Listeners of the whole fleet: the list, the current server, any server's state. */
	private final ListenerList<Runnable> fleetListeners = new ListenerList<>();
	private final IPreferenceChangeListener preferenceListener = event -> {
		if (!CURRENT.equals(event.getKey())) {
			settingsChanged();
		}
	};
	private final CompletableFuture<ServerList> loaded = new CompletableFuture<>();
	private final Map<String, ServerConnection> connections = new HashMap<>();
	/** The new name of each server renamed in this run, by its old name's key, so that pinned views follow it. */
	private final Map<String, String> renamed = new HashMap<>();

	private volatile LoginPrompt prompt = LoginPrompt.NONE;
	private volatile TrustPrompt trustPrompt = TrustPrompt.NONE;
	private ConnectionSettings settings;
	private ServerList list;
	private String currentName;
	private long switches;
	private boolean disposed;

	/**
	 * Reads the list in {@code listFile} in a Job; pins of trusted certificates are kept beside it.
	 *
	 * @param embeddedData where the embedded demo server keeps its data
	 */
	public ServerConnections(IEclipsePreferences preferences, ServerListFile listFile, Path embeddedData, SecureCredentials secure) {
		this.preferences = preferences;
		this.listFile = listFile;
		this.settings = ConnectionSettings.read(preferences);
		this.currentName = preferences.get(CURRENT, ServerEntry.DEMO_NAME);
		this.shared = new ServerConnection.Shared(embeddedData, secure, () -> prompt, () -> trustPrompt,
				new TrustPins(listFile.path().toAbsolutePath().resolveSibling("trusted-certificates")), this::settings);
		preferences.addPreferenceChangeListener(preferenceListener);
		Background.task(Messages.Connection_readingList, monitor -> load()).system().schedule();
	}

	/** The instance preferences of Seatkeeper's UI, where the Settings page writes. */
	public static IEclipsePreferences preferenceNode() {
		return InstanceScope.INSTANCE.getNode(SeatkeeperUi.PLUGIN_ID);
	}

	/** Saves {@code newSettings} as the preferences; the views follow them. */
	public static void store(ConnectionSettings newSettings) throws BackingStoreException {
		IEclipsePreferences node = preferenceNode();
		newSettings.write(node);
		node.flush();
	}

	/** Reads the list, moving an earlier version's single server into it; runs in a Job. */
	private void load() {
		ServerList read;
		try {
			Optional<LegacyServerSetting> legacy = LegacyServerSetting.read(preferences);
			if (legacy.isPresent()) {
				LegacyServerSetting.Migration[] done = new LegacyServerSetting.Migration[1];
				read = listFile.update(old -> {
					done[0] = legacy.get().migrate(old);
					return done[0].list();
				});
				preferences.put(CURRENT, done[0].current());
				legacy.get().remove(preferences);
				flush();
				synchronized (this) {
					currentName = done[0].current();
				}
			} else {
				read = listFile.read();
			}
		} catch (IOException | ServerListException e) {
			ILog.of(getClass()).error(NLS.bind(Messages.Connection_listUnreadable, listFile.path(), e.getMessage()), e);
			read = ServerList.withDemo();
		}
		apply(read, Map.of());
		loaded.complete(read);
	}

	private void flush() {
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(getClass()).warn("The preferences could not be written: " + e.getMessage());
		}
	}

	/** The file of the list. */
	public ServerListFile listFile() {
		return listFile;
	}

	/** The list, or empty while it is being read. */
	public synchronized Optional<ServerList> list() {
		return Optional.ofNullable(list);
	}

	/** The list as it is now, waiting until it has been read at the start; for Jobs. */
	public ServerList awaitList(IProgressMonitor monitor) throws ServerException {
		Await.result(loaded, monitor);
		synchronized (this) {
			return list;
		}
	}

	/**
	 * Changes the list in its file (under its lock, merged with what another process wrote) and takes the
	 * result; blocks, so call it in a Job.
	 *
	 * @param renames the new names of renamed servers, by their old names, so that the current server and
	 *                pinned views follow them
	 */
	public ServerList change(ServerListFile.Change change, Map<String, String> renames) throws IOException, ServerListException {
		ServerList changed = listFile.update(change);
		apply(changed, renames);
		return changed;
	}

	/** Reads the file again, e.g. after the command line changed it; blocks. Answers whether the list changed. */
	public boolean reload() throws IOException, ServerListException {
		ServerList read = listFile.read();
		synchronized (this) {
			if (read.equals(list)) {
				return false;
			}
		}
		apply(read, Map.of());
		return true;
	}

	/** Takes {@code fresh} as the list: connections of removed servers or changed addresses are closed. */
	private void apply(ServerList fresh, Map<String, String> renames) {
		List<ServerConnection> closed = new ArrayList<>();
		boolean currentMoved;
		synchronized (this) {
			if (disposed) {
				return;
			}
			String before = currentName;
			list = fresh;
			renames.forEach((old, now) -> {
				renamed.put(key(old), now);
				ServerConnection moved = connections.remove(key(old));
				if (moved != null) {
					connections.put(key(now), moved);
				}
				if (key(old).equals(key(currentName))) {
					currentName = now;
				}
			});
			connections.entrySet().removeIf(kept -> {
				Optional<ServerEntry> entry = fresh.find(kept.getKey());
				if (entry.isEmpty() || !sameServer(entry.get(), kept.getValue().entry())) {
					closed.add(kept.getValue());
					return true;
				}
				kept.getValue().update(entry.get());
				return false;
			});
			if (fresh.find(currentName).isEmpty()) {
				currentName = fresh.isEmpty() ? ServerEntry.DEMO_NAME : fresh.entries().get(0).name();
			} else {
				currentName = fresh.find(currentName).get().name(); // its spelling in the list
			}
			currentMoved = !currentName.equals(before) || closed.stream().anyMatch(c -> c.name().equalsIgnoreCase(before));
			if (currentMoved) {
				switches++;
			}
		}
		closed.forEach(ServerConnection::dispose);
		if (currentMoved) {
			storeCurrent();
			fire();
		}
		tell(fleetListeners);
	}

	private static boolean sameServer(ServerEntry a, ServerEntry b) {
		return a.embedded() == b.embedded() && a.url().equals(b.url());
	}

	private static String key(String name) {
		return name.strip().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * The connection to the server named {@code name} (made on first use), or empty when the list has no
	 * such server (or has not been read yet).
	 */
	public Optional<ServerConnection> connection(String name) {
		List<ServerConnection> made = new ArrayList<>(1);
		Optional<ServerConnection> found;
		synchronized (this) {
			if (list == null || disposed) {
				return Optional.empty();
			}
			Optional<ServerEntry> entry = list.find(name);
			if (entry.isEmpty()) {
				return Optional.empty();
			}
			found = Optional.of(connections.computeIfAbsent(key(entry.get().name()), k -> {
				ServerConnection fresh = new ServerConnection(entry.get(), shared);
				made.add(fresh);
				return fresh;
			}));
		}
		made.forEach(fresh -> fresh.addListener(() -> connectionChanged(fresh)));
		return found;
	}

	/** The name a server renamed in this run has now, if it was renamed. */
	public synchronized Optional<String> renamedTo(String oldName) {
		return Optional.ofNullable(renamed.get(key(oldName)));
	}

	/** The current server's name. */
	public synchronized String currentName() {
		return currentName;
	}

	/** The current server's connection, or empty while the list is being read. */
	public Optional<ServerConnection> current() {
		return connection(currentName());
	}

	/** The current server's connection, waiting for the list; for Jobs. */
	private ServerConnection awaitCurrent(IProgressMonitor monitor) throws ServerException {
		awaitList(monitor);
		return current().orElseThrow(() -> new ConnectionException(null, NLS.bind(Messages.Connection_removed, currentName()), null));
	}

	/** Makes the server named {@code name} the current one; the views that are not pinned follow it. */
	public void setCurrent(String name) {
		synchronized (this) {
			if (list == null || list.find(name).isEmpty() || key(name).equals(key(currentName))) {
				return;
			}
			currentName = list.find(name).get().name();
			switches++;
		}
		storeCurrent();
		fire();
		tell(fleetListeners);
	}

	private void storeCurrent() {
		String name = currentName();
		preferences.put(CURRENT, name);
		Background.task(Messages.Connection_savingCurrent, monitor -> flush()).system().schedule();
	}

	private void connectionChanged(ServerConnection changed) {
		boolean isCurrent;
		synchronized (this) {
			isCurrent = changed.name().equalsIgnoreCase(currentName);
		}
		if (isCurrent) {
			fire();
		}
		tell(fleetListeners);
	}

	/** Called on any thread when the list, the current server, or any server's connection changed. */
	public void addFleetListener(Runnable listener) {
		fleetListeners.add(listener);
	}

	public void removeFleetListener(Runnable listener) {
		fleetListeners.remove(listener);
	}

	/** Who asks for a login when a server wants one. */
	public void setPrompt(LoginPrompt newPrompt) {
		prompt = newPrompt == null ? LoginPrompt.NONE : newPrompt;
	}

	/** Who asks whether to trust a certificate no authority vouches for. */
	public void setTrustPrompt(TrustPrompt newPrompt) {
		trustPrompt = newPrompt == null ? TrustPrompt.NONE : newPrompt;
	}

	@Override
	public synchronized ConnectionSettings settings() {
		return settings;
	}

	private void settingsChanged() {
		ConnectionSettings fresh = ConnectionSettings.read(preferences);
		synchronized (this) {
			settings = fresh;
		}
		fire();
		tell(fleetListeners);
	}

	// --- the current server, as a ServerLink ---

	@Override
	public String name() {
		return currentName();
	}

	@Override
	public String describe() {
		return current().map(ServerConnection::describe).orElse(currentName());
	}

	@Override
	public LicenseServerClient client(IProgressMonitor monitor) throws ServerException {
		return awaitCurrent(monitor).client(monitor);
	}

	/** Whether the current server's client exists: a view has asked it something. Never connects. */
	public boolean isConnected() {
		return current().map(ServerConnection::isConnected).orElse(false);
	}

	@Override
	public Optional<Session> session() {
		return current().flatMap(ServerConnection::session);
	}

	@Override
	public long generation() {
		long switched;
		synchronized (this) {
			switched = switches;
		}
		return (switched << 32) + current().map(ServerConnection::generation).orElse(0L);
	}

	@Override
	public LoginResult logIn(Credentials credentials, boolean remember, IProgressMonitor monitor) throws ServerException {
		return awaitCurrent(monitor).logIn(credentials, remember, monitor);
	}

	@Override
	public void logOut() {
		current().ifPresent(ServerConnection::logOut);
	}

	@Override
	public void reconnect() {
		current().ifPresentOrElse(ServerConnection::reconnect, this::fire);
	}

	@Override
	public void serverChanged() {
		current().ifPresent(ServerConnection::serverChanged);
	}

	@Override
	public boolean offerTrust(UntrustedCertificateException untrusted) {
		return current().map(c -> c.offerTrust(untrusted)).orElse(false);
	}

	/** What to tell people of a failure: a refusal for want of a role is called access denied, with the server's reason. */
	public static String explain(ServerException e) {
		if (e instanceof ServerErrorException refusal && refusal.isAccessDenied()) {
			return NLS.bind(Messages.Connection_accessDenied, e.getMessage());
		}
		return e.getMessage();
	}

	/** The certificates trusted beyond the Java trust store, each for its {@code host:port}; reads the file the first time. */
	public TrustedCertificates trustedCertificates() {
		return shared.trust().certificates();
	}

	/** The certificate fingerprints trusted for the server at {@code address}; reads the file the first time: call it in a Job. */
	public List<String> trustedFor(ServerAddress address) {
		return shared.trust().pinned(address.hostAndPort());
	}

	/**
	 * Trusts the certificate of {@code fingerprint} for the server at {@code address} no more (it asks again
	 * when it shows it); the server's connections start afresh. Writes the file: call it in a Job.
	 */
	public void forgetTrust(ServerAddress address, String fingerprint) throws IOException {
		shared.trust().forget(address.hostAndPort(), fingerprint);
		List<ServerConnection> all;
		synchronized (this) {
			all = List.copyOf(connections.values());
		}
		all.stream().filter(c -> c.address().filter(address::equals).isPresent()).forEach(ServerConnection::reconnect);
	}

	/**
	 * The login kept in Secure Storage for {@code address}, offered once and never asked for: for a test of
	 * a server that may not be in the list yet. Reads Secure Storage: call it in a Job.
	 */
	public CredentialsProvider knownLogin(ServerAddress address) {
		Optional<Credentials> kept = shared.secure() == null ? Optional.empty() : shared.secure().load(address);
		return (server, problem) -> problem == null ? kept : Optional.empty();
	}

	/** The embedded demo server when it is the current server and has started (its demo back office answers for it). */
	public Optional<org.seatkeeper.server.LicenseServer> embeddedServer() {
		return current().flatMap(ServerConnection::embeddedServer);
	}

	private static void tell(ListenerList<Runnable> which) {
		for (Runnable listener : which) {
			listener.run();
		}
	}

	@Override
	public void dispose() {
		preferences.removePreferenceChangeListener(preferenceListener);
		List<ServerConnection> all;
		synchronized (this) {
			disposed = true;
			all = List.copyOf(connections.values());
			connections.clear();
		}
		all.forEach(ServerConnection::dispose);
	}
}
