package org.seatkeeper.ui.internal.connection;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.seatkeeper.core.client.Await;
import org.seatkeeper.core.client.ClientOptions;
import org.seatkeeper.core.client.ConnectionException;
import org.seatkeeper.core.client.Credentials;
import org.seatkeeper.core.client.CredentialsProvider;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.ServerAddress;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.client.Session;
import org.seatkeeper.core.client.UntrustedCertificateException;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.ui.internal.jobs.SerialJob;

/**
 * One server of the list as the window talks to it: its client, its login, and for the embedded demo
 * server the server itself, started on first use (in the caller's Job, never on the UI thread) and
 * stopped with the workbench.
 * <p>
 * Logins: the one the user gave in this run, else one kept in Secure Storage for the server's address,
 * else the {@link LoginPrompt} is asked (proposing the entry's user); a refused login asks again with the
 * server's reason. Certificates: those the Java trust store vouches for, and those pinned for the
 * server's {@code host:port} ({@link TrustPins}), which the {@link TrustPrompt} adds.
 * <p>
 * Its monitor guards a few fields and is never held across I/O or a prompt.
 */
public final class ServerConnection extends ListenedLink {

	/** What every connection of a window shares. */
	record Shared(Path embeddedData, SecureCredentials secure, Supplier<LoginPrompt> prompt, Supplier<TrustPrompt> trustPrompt,
			TrustPins trust, Supplier<ConnectionSettings> settings) {
	}

	/** How long a survey's client waits for a connection and for each answer: a survey must not hang on one server. */
	static final Duration SURVEY_CONNECT = Duration.ofSeconds(4);
	static final Duration SURVEY_REQUEST = Duration.ofSeconds(8);

	private final Shared shared;
	/** The answer to each certificate offered for trust in this run, by fingerprint; a refused one is not asked again. */
	private final Map<String, CompletableFuture<Boolean>> trustAnswers = new ConcurrentHashMap<>();

	private ServerEntry entry;
	private LicenseServerClient client;
	private LicenseServerClient surveyClient;
	private EmbeddedDemoServer embedded;
	private Credentials login;
	private long generation;
	private boolean disposed;
	/** The embedded server's start, while it runs. */
	private CompletableFuture<EmbeddedDemoServer> starting;
	/** Secure Storage is written in the background, in the order asked. */
	private final SerialJob secureStorage = new SerialJob(Messages.Connection_updatingSecureStorage);

	ServerConnection(ServerEntry entry, Shared shared) {
		this.entry = entry;
		this.shared = shared;
	}

	/** The entry of the list this connection is for. */
	public synchronized ServerEntry entry() {
		return entry;
	}

	/** Takes the entry's new name, group, user or notes (its address stays: another address is another connection). */
	synchronized void update(ServerEntry renamed) {
		entry = renamed;
	}

	@Override
	public synchronized String name() {
		return entry.name();
	}

	@Override
	public synchronized String describe() {
		if (entry.embedded()) {
			String where = embedded != null ? NLS.bind(Messages.Connection_embeddedAt, embedded.address().hostAndPort())
					: starting != null ? Messages.Connection_starting
					: Messages.Connection_notStarted;
			return NLS.bind(Messages.Connection_named, entry.name(), where);
		}
		ServerAddress address = entry.address();
		return NLS.bind(Messages.Connection_named, entry.name(), address.hostAndPort() + (address.isHttps() ? ", HTTPS" : ", HTTP"));
	}

	/** Where the server is, as pins and Secure Storage key it; empty for the embedded server not started yet. */
	public synchronized Optional<ServerAddress> address() {
		if (entry.embedded()) {
			return embedded == null ? Optional.empty() : Optional.of(embedded.address());
		}
		return Optional.of(entry.address());
	}

	@Override
	public ConnectionSettings settings() {
		return shared.settings().get();
	}

	@Override
	public LicenseServerClient client(IProgressMonitor monitor) throws ServerException {
		while (true) {
			long wantedGeneration;
			CompletableFuture<EmbeddedDemoServer> start = null;
			boolean starter = false;
			synchronized (this) {
				if (disposed) {
					throw new ConnectionException(null, NLS.bind(Messages.Connection_removed, entry.name()), null);
				}
				if (client != null) {
					return client;
				}
				wantedGeneration = generation;
				if (entry.embedded() && embedded == null) {
					starter = starting == null;
					if (starter) {
						starting = new CompletableFuture<>();
					}
					start = starting;
				}
			}
			if (start != null) {
				if (starter) {
					startEmbedded(start, monitor);
				} else {
					Await.result(start, monitor);
				}
				continue;
			}
			LicenseServerClient fresh = newClient(credentialsProvider(), ClientOptions.DEFAULT_CONNECT_TIMEOUT,
					ClientOptions.DEFAULT_REQUEST_TIMEOUT);
			synchronized (this) {
				if (generation == wantedGeneration && client == null && !disposed) {
					client = fresh;
					return fresh;
				}
			}
			fresh.close(); // reconnected meanwhile, or another caller made one first
		}
	}

	/**
	 * The client a survey asks through: the login known for the server, never a prompt (a server that wants
	 * another is "login needed"), and short timeouts. Empty for the embedded server while it is not running.
	 */
	public Optional<LicenseServerClient> surveyClient() {
		synchronized (this) {
			if (disposed || (entry.embedded() && embedded == null)) {
				return Optional.empty();
			}
			if (surveyClient != null) {
				return Optional.of(surveyClient);
			}
		}
		LicenseServerClient fresh = newClient((server, problem) -> problem == null ? Optional.ofNullable(knownLogin()) : Optional.empty(),
				SURVEY_CONNECT, SURVEY_REQUEST);
		synchronized (this) {
			if (surveyClient == null && !disposed) {
				surveyClient = fresh;
				return Optional.of(fresh);
			}
		}
		fresh.close();
		return surveyClient();
	}

	/** The entry a survey asks: the embedded server's with the address it runs on. */
	public synchronized Optional<ServerEntry> surveyEntry() {
		if (!entry.embedded()) {
			return Optional.of(entry);
		}
		return embedded == null ? Optional.empty()
				: Optional.of(new ServerEntry(entry.name(), embedded.address().toString(), entry.group(), entry.user(), entry.notes(), false));
	}

	private synchronized Credentials knownLogin() {
		return login;
	}

	/** Starts the embedded server outside any lock and keeps it, unless the connection was closed meanwhile. */
	private void startEmbedded(CompletableFuture<EmbeddedDemoServer> start, IProgressMonitor monitor) throws ServerException {
		if (monitor != null) {
			monitor.subTask(Messages.Connection_startingDemo);
		}
		EmbeddedDemoServer started;
		try {
			started = EmbeddedDemoServer.start(shared.embeddedData());
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
			kept = !disposed;
			if (kept) {
				embedded = started;
			}
		}
		if (!kept) {
			started.closeInBackground();
		}
		start.complete(started);
		fire(); // its address is known now
	}

	/** A client with the login known for the server; reads Secure Storage and the pins, so never under the lock. */
	private LicenseServerClient newClient(CredentialsProvider credentials, Duration connect, Duration request) {
		ServerAddress address;
		Credentials known;
		synchronized (this) {
			address = entry.embedded() ? embedded.address() : entry.address();
			known = login != null ? login : entry.embedded() ? embedded.administrator() : null;
		}
		if (known == null && shared.secure() != null) {
			known = shared.secure().load(address).orElse(null);
		}
		synchronized (this) {
			if (login == null) {
				login = known;
			}
		}
		return new LicenseServerClient(ClientOptions.of(address).withCredentials(credentials).withTimeouts(connect, request)
				.withTrusted(shared.trust().certificates()));
	}

	/** Whether a client exists: a view has asked the server something. Never connects. */
	public synchronized boolean isConnected() {
		return client != null;
	}

	@Override
	public void serverChanged() {
		fire();
	}

	@Override
	public synchronized Optional<Session> session() {
		return client == null ? Optional.empty() : client.session();
	}

	@Override
	public LoginResult logIn(Credentials credentials, boolean remember, IProgressMonitor monitor) throws ServerException {
		LicenseServerClient current = client(monitor);
		Session session = current.login(credentials, monitor);
		LicenseServerClient oldSurvey;
		synchronized (this) {
			login = credentials;
			oldSurvey = surveyClient;
			surveyClient = null;
		}
		if (oldSurvey != null) {
			oldSurvey.close();
		}
		Optional<String> notKept = remember && shared.secure() != null
				? secureStorage.call(() -> shared.secure().save(current.address(), credentials))
				: Optional.empty();
		fire();
		return new LoginResult(session, notKept);
	}

	@Override
	public void logOut() {
		LicenseServerClient current;
		synchronized (this) {
			login = null;
			current = client;
		}
		if (current != null) {
			current.logout();
			if (shared.secure() != null) {
				secureStorage.run(() -> shared.secure().forget(current.address()));
			}
		}
		fire();
	}

	@Override
	public synchronized long generation() {
		return generation;
	}

	@Override
	public boolean offerTrust(UntrustedCertificateException untrusted) {
		String fingerprint = untrusted.fingerprint();
		CompletableFuture<Boolean> mine = new CompletableFuture<>();
		CompletableFuture<Boolean> answer = trustAnswers.putIfAbsent(fingerprint, mine);
		if (answer != null) {
			return answer.join(); // another Job asked the person already, or is asking now
		}
		boolean trusted = false;
		try {
			if (shared.trustPrompt().get().ask(name(), untrusted)) {
				String hostPort = untrusted.uri().getHost() + ":" + untrusted.uri().getPort();
				shared.trust().pin(hostPort, fingerprint);
				trusted = true;
			}
		} catch (IOException e) {
			ILog.of(getClass()).warn("The trusted certificate could not be written to " + shared.trust().file() + ": " + e.getMessage());
			trusted = true; // trusted in this run all the same
		} finally {
			mine.complete(trusted);
		}
		if (trusted) {
			reconnect();
		}
		return trusted;
	}

	/** Forgets the answers given for certificates, so that Retry asks again. */
	private void forgetTrustAnswers() {
		trustAnswers.values().removeIf(answer -> answer.isDone() && !answer.join());
	}

	private CredentialsProvider credentialsProvider() {
		return (server, problem) -> {
			Credentials known;
			String proposed;
			synchronized (this) {
				known = login;
				proposed = known != null ? known.user() : entry.userOrDefault();
			}
			if (problem == null && known != null) {
				return Optional.of(known);
			}
			Optional<LoginPrompt.Answer> answer = shared.prompt().get().ask(describe(), problem, proposed);
			answer.ifPresent(given -> {
				synchronized (this) {
					login = given.credentials();
				}
				if (given.remember() && shared.secure() != null) {
					secureStorage.run(() -> shared.secure().save(server, given.credentials()));
				}
			});
			return answer.map(LoginPrompt.Answer::credentials);
		};
	}

	@Override
	public void reconnect() {
		LicenseServerClient oldClient;
		LicenseServerClient oldSurvey;
		synchronized (this) {
			generation++;
			oldClient = client;
			oldSurvey = surveyClient;
			client = null;
			surveyClient = null;
		}
		forgetTrustAnswers();
		closeQuietly(oldClient);
		closeQuietly(oldSurvey);
		fire();
	}

	private static void closeQuietly(LicenseServerClient old) {
		if (old != null) {
			old.close(); // aborts its requests at once
		}
	}

	/** The embedded demo server, once started; for tests and benchmarks. */
	public synchronized Optional<org.seatkeeper.server.LicenseServer> embeddedServer() {
		return embedded == null ? Optional.empty() : Optional.of(embedded.server());
	}

	/**
	 * Closes the clients at once and the embedded server in the background (closing a server flushes its
	 * data, which the UI thread must not wait for); the connection answers no more.
	 */
	void dispose() {
		LicenseServerClient oldClient;
		LicenseServerClient oldSurvey;
		EmbeddedDemoServer oldServer;
		synchronized (this) {
			disposed = true;
			generation++;
			oldClient = client;
			oldSurvey = surveyClient;
			oldServer = embedded;
			client = null;
			surveyClient = null;
			embedded = null;
		}
		closeQuietly(oldClient);
		closeQuietly(oldSurvey);
		if (oldServer != null) {
			oldServer.closeInBackground();
		}
		fire();
	}
}
