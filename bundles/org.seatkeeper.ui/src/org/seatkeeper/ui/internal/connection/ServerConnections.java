package org.seatkeeper.ui.internal.connection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.services.IDisposable;
import org.osgi.service.prefs.BackingStoreException;
import org.seatkeeper.core.client.Await;
import org.seatkeeper.core.client.ClientOptions;
import org.seatkeeper.core.client.ConnectionException;
import org.seatkeeper.core.client.Credentials;
import org.seatkeeper.core.client.CredentialsProvider;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.ServerAddress;
import org.seatkeeper.core.client.ServerErrorException;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.client.Session;
import org.seatkeeper.core.domain.Role;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.jobs.SerialJob;

/**
 * The server the views administer, for the whole workbench (a workbench service: see
 * {@link ServerConnectionsFactory}). It follows the Settings preferences: when they name another
 * server, the old client is closed and every listener is told, so the views reload. With the default
 * settings it runs the embedded demo server, started on first use (in the caller's Job, never on the UI
 * thread) and stopped with the workbench.
 * <p>
 * Logins: the one the user gave in this run, else one kept in Secure Storage, else the {@link LoginPrompt}
 * is asked; a refused login asks again with the server's reason.
 * <p>
 * Its monitor guards a few fields and is never held across I/O or a prompt: starting the embedded
 * server, reading or writing Secure Storage and closing a server all happen outside it, so the UI thread
 * never waits for them.
 */
public final class ServerConnections implements IDisposable {

	private final IEclipsePreferences preferences;
	private final Path embeddedData;
	private final ListenerList<Runnable> listeners = new ListenerList<>();
	private final IPreferenceChangeListener preferenceListener = event -> settingsChanged();
	private final SecureCredentials secure;

	private ConnectionSettings settings;
	private LicenseServerClient client;
	private EmbeddedDemoServer embedded;
	private Credentials login;
	private volatile LoginPrompt prompt = LoginPrompt.NONE;
	private long generation;
	/** The embedded server's start, while it runs. */
	private CompletableFuture<EmbeddedDemoServer> starting;
	/** Secure Storage is written in the background, in the order asked. */
	private final SerialJob secureStorage = new SerialJob(Messages.Connection_updatingSecureStorage);

	public ServerConnections(IEclipsePreferences preferences, Path embeddedData, SecureCredentials secure) {
		this.preferences = preferences;
		this.embeddedData = embeddedData;
		this.secure = secure;
		this.settings = ConnectionSettings.read(preferences);
		preferences.addPreferenceChangeListener(preferenceListener);
	}

	/** The instance preferences of Seatkeeper's UI, where the Settings page writes. */
	public static IEclipsePreferences preferenceNode() {
		return InstanceScope.INSTANCE.getNode(SeatkeeperUi.PLUGIN_ID);
	}

	/** Saves {@code newSettings} as the preferences; the views reconnect if they name another server. */
	public static void store(ConnectionSettings newSettings) throws BackingStoreException {
		IEclipsePreferences node = preferenceNode();
		newSettings.write(node);
		node.flush();
	}

	public synchronized ConnectionSettings settings() {
		return settings;
	}

	/** Who asks for a login when the server wants one. */
	public void setPrompt(LoginPrompt newPrompt) {
		prompt = newPrompt == null ? LoginPrompt.NONE : newPrompt;
	}

	/** Called with no argument, on any thread, when the server or the login changed. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** The server as shown to people: "Embedded demo server (127.0.0.1:41234)" or the address. */
	public synchronized String describe() {
		if (settings.embedded()) {
			return embedded != null ? NLS.bind(Messages.Connection_demoAt, embedded.address().hostAndPort())
					: starting != null ? Messages.Connection_demoStarting : Messages.Connection_demo;
		}
		return settings.remoteAddress().hostAndPort() + (settings.https() ? " (HTTPS)" : " (HTTP)");
	}

	/**
	 * The client for the current server, made on first use. For the embedded server this starts it, which
	 * takes a moment (journal replay, password hashing): call it in a Job. No lock is held meanwhile: the
	 * UI thread asking {@link #describe()} gets "starting" at once, and concurrent callers wait for the
	 * one start, cancellable through their monitor.
	 */
	public LicenseServerClient client(IProgressMonitor monitor) throws ServerException {
		while (true) {
			ConnectionSettings wanted;
			long wantedGeneration;
			CompletableFuture<EmbeddedDemoServer> start = null;
			boolean starter = false;
			synchronized (this) {
				if (client != null) {
					return client;
				}
				wanted = settings;
				wantedGeneration = generation;
				if (wanted.embedded() && embedded == null) {
					starter = starting == null;
					if (starter) {
						starting = new CompletableFuture<>();
					}
					start = starting;
				}
			}
			if (start != null) {
				if (starter) {
					startEmbedded(start, wantedGeneration, monitor);
				} else {
					Await.result(start, monitor);
				}
				continue;
			}
			LicenseServerClient fresh = newClient(wanted);
			synchronized (this) {
				if (generation == wantedGeneration && client == null) {
					client = fresh;
					return fresh;
				}
			}
			fresh.close(); // the server changed meanwhile, or another caller made one first
		}
	}

	/** Starts the embedded server outside any lock and keeps it, unless another server was chosen meanwhile. */
	private void startEmbedded(CompletableFuture<EmbeddedDemoServer> start, long wantedGeneration, IProgressMonitor monitor)
			throws ServerException {
		if (monitor != null) {
			monitor.subTask(Messages.Connection_startingDemo);
		}
		EmbeddedDemoServer started;
		try {
			started = EmbeddedDemoServer.start(embeddedData);
		} catch (IOException | RuntimeException e) {
			ConnectionException failed = new ConnectionException(null, NLS.bind(Messages.Connection_demoFailed, e.getMessage()), e);
			synchronized (this) {
				starting = null;
			}
			start.completeExceptionally(failed);
			throw failed;
		}
		boolean kept;
		synchronized (this) {
			starting = null;
			kept = generation == wantedGeneration && settings.embedded();
			if (kept) {
				embedded = started;
			}
		}
		if (!kept) {
			closeInBackground(null, started);
		}
		start.complete(started);
	}

	/** A client for {@code wanted}, with the login known for it; reads Secure Storage, so never under the lock. */
	private LicenseServerClient newClient(ConnectionSettings wanted) {
		ServerAddress address;
		Credentials known;
		synchronized (this) {
			address = wanted.embedded() ? embedded.address() : wanted.remoteAddress();
			known = login != null ? login : wanted.embedded() ? embedded.administrator() : null;
		}
		if (known == null && secure != null) {
			known = secure.load(address).orElse(null);
		}
		synchronized (this) {
			if (login == null) {
				login = known;
			}
		}
		return new LicenseServerClient(ClientOptions.of(address).withCredentials(credentialsProvider()));
	}

	/** Whether a client for the current server exists: a view has asked the server something. Never connects. */
	public synchronized boolean isConnected() {
		return client != null;
	}

	/** What to tell people of a failure: a refusal for want of a role is called access denied, with the server's reason. */
	public static String explain(ServerException e) {
		if (e instanceof ServerErrorException refusal && refusal.isAccessDenied()) {
			return NLS.bind(Messages.Connection_accessDenied, e.getMessage());
		}
		return e.getMessage();
	}

	/**
	 * Tells the listeners that what the server holds changed by a way other than the views (an upload from
	 * the model-definition editor), so that they reload.
	 */
	public void serverChanged() {
		fire();
	}

	/** The login of the current client, if it has logged in. */
	public synchronized Optional<Session> session() {
		return client == null ? Optional.empty() : client.session();
	}

	/**
	 * Whether the current login lacks {@code role}: true only when the server named the login's roles and
	 * {@code role} is not among them (unknown roles never disable anything).
	 */
	public boolean lacks(Role role) {
		Optional<Session> session = session();
		return session.isPresent() && !session.get().roles().isEmpty() && !session.get().has(role);
	}

	/**
	 * A login that worked.
	 *
	 * @param session the server's session, with the user's roles
	 * @param notKept why the login could not be kept in Secure Storage as asked, or empty
	 */
	public record LoginResult(Session session, Optional<String> notKept) {
	}

	/** Logs in to the current server as {@code credentials}, keeping them in Secure Storage if asked. */
	public LoginResult logIn(Credentials credentials, boolean remember, IProgressMonitor monitor) throws ServerException {
		LicenseServerClient current = client(monitor);
		Session session = current.login(credentials, monitor);
		synchronized (this) {
			login = credentials;
		}
		Optional<String> notKept = remember && secure != null ? secureStorage.call(() -> secure.save(current.address(), credentials))
				: Optional.empty();
		fire();
		return new LoginResult(session, notKept);
	}

	/**
	 * Forgets the login at once, and the one kept in Secure Storage for this server in the background: it
	 * never waits, not even for a login under way (which is then not kept).
	 */
	public void logOut() {
		LicenseServerClient current;
		synchronized (this) {
			login = null;
			current = client;
		}
		if (current != null) {
			current.logout();
			if (secure != null) {
				secureStorage.run(() -> secure.forget(current.address()));
			}
		}
		fire();
	}

	/** Counts changes of server; views drop answers that arrive for an older one. */
	public synchronized long generation() {
		return generation;
	}

	private CredentialsProvider credentialsProvider() {
		return (server, problem) -> {
			Credentials known;
			synchronized (this) {
				known = login;
			}
			if (problem == null && known != null) {
				return Optional.of(known);
			}
			Optional<LoginPrompt.Answer> answer = prompt.ask(server.toString(), problem, known == null ? "" : known.user());
			answer.ifPresent(given -> {
				synchronized (this) {
					login = given.credentials();
				}
				if (given.remember() && secure != null) {
					secureStorage.run(() -> secure.save(server, given.credentials()));
				}
			});
			return answer.map(LoginPrompt.Answer::credentials);
		};
	}

	private void settingsChanged() {
		ConnectionSettings fresh = ConnectionSettings.read(preferences);
		boolean other;
		synchronized (this) {
			other = fresh.otherServerThan(settings);
			settings = fresh;
		}
		if (other) {
			disconnect();
		}
		fire();
	}

	/**
	 * Drops the client (and the embedded server when another server is chosen) at once and closes them in
	 * the background: closing a server flushes its data, which the UI thread must not wait for.
	 */
	private void disconnect() {
		LicenseServerClient oldClient;
		EmbeddedDemoServer oldServer = null;
		synchronized (this) {
			generation++;
			oldClient = client;
			client = null;
			if (!settings.embedded()) {
				oldServer = embedded;
				embedded = null;
			}
			login = null;
		}
		closeInBackground(oldClient, oldServer);
	}

	/** Drops the client so that the next call connects afresh, e.g. after the server came back. */
	public void reconnect() {
		disconnect();
		fire();
	}

	private static void closeInBackground(LicenseServerClient oldClient, EmbeddedDemoServer oldServer) {
		if (oldClient != null) {
			oldClient.close(); // aborts its requests at once
		}
		if (oldServer != null) {
			oldServer.closeInBackground();
		}
	}

	private void fire() {
		for (Runnable listener : listeners) {
			listener.run();
		}
	}

	/** The embedded demo server, once started; for tests and benchmarks. */
	public synchronized Optional<org.seatkeeper.server.LicenseServer> embeddedServer() {
		return embedded == null ? Optional.empty() : Optional.of(embedded.server());
	}

	@Override
	public void dispose() {
		preferences.removePreferenceChangeListener(preferenceListener);
		LicenseServerClient oldClient;
		EmbeddedDemoServer oldServer;
		synchronized (this) {
			generation++;
			oldClient = client;
			oldServer = embedded;
			client = null;
			embedded = null;
		}
		closeInBackground(oldClient, oldServer);
	}
}
