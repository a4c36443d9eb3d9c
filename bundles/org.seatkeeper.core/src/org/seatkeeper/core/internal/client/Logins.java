package org.seatkeeper.core.internal.client;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.seatkeeper.core.client.Await;
import org.seatkeeper.core.client.Credentials;
import org.seatkeeper.core.client.CredentialsProvider;
import org.seatkeeper.core.client.ServerAddress;
import org.seatkeeper.core.client.ServerErrorException;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.client.Session;

/**
 * The login of one client, without a lock held across the network or a prompt:
 * <ul>
 * <li>At most one login runs at a time (single flight). The other threads that need one wait for its
 * result, cancellable through their own monitor, and holding nothing: when the login is refused or the
 * person gives up, they all get that answer, and the person is asked once, not once per thread.</li>
 * <li>The credentials provider (a dialog, perhaps) is asked by the thread that logs in, outside any lock.</li>
 * <li>Logging out never waits. A login still running when it happens is not kept: its session serves
 * the request that asked for it, and nothing after.</li>
 * </ul>
 */
public final class Logins {

	/** Sends the credentials to the server and returns its session. */
	@FunctionalInterface
	public interface Authorizer {
		Session authorize(Credentials credentials, IProgressMonitor monitor) throws ServerException;
	}

	/** How often a provider is asked again after its credentials were refused. */
	private static final int ATTEMPTS = 3;

	/** The login and the credentials it used; {@code epoch} counts the logouts. */
	private record State(Session session, Credentials credentials, long epoch) {
	}

	private final ServerAddress address;
	private final CredentialsProvider provider;
	private final Authorizer authorizer;
	private final AtomicReference<State> state = new AtomicReference<>(new State(null, null, 0));
	private final AtomicReference<CompletableFuture<Session>> flight = new AtomicReference<>();

	public Logins(ServerAddress address, CredentialsProvider provider, Authorizer authorizer) {
		this.address = address;
		this.provider = provider;
		this.authorizer = authorizer;
	}

	/** The current login, if any. */
	public Optional<Session> session() {
		return Optional.ofNullable(state.get().session());
	}

	/** Forgets the login and its credentials at once; a login running meanwhile is not kept. */
	public void logout() {
		state.updateAndGet(s -> new State(null, null, s.epoch() + 1));
	}

	/** Logs in as {@code credentials} and keeps the session, unless a logout came meanwhile. */
	public Session login(Credentials credentials, IProgressMonitor monitor) throws ServerException {
		long epoch = state.get().epoch();
		Session fresh = authorizer.authorize(credentials, monitor);
		update(epoch, s -> new State(fresh, credentials, s.epoch()));
		return fresh;
	}

	/**
	 * A session to replace {@code stale} after {@code refusal}: one another thread got meanwhile, or the
	 * result of the login that is running, or of one this thread runs with the credentials that worked
	 * before or, failing them, the provider's. Null when nobody can log in.
	 */
	public Session renew(Session stale, String refusal, IProgressMonitor monitor) throws ServerException {
		while (true) {
			Session current = state.get().session();
			if (current != null && current != stale) {
				return current;
			}
			CompletableFuture<Session> mine = new CompletableFuture<>();
			CompletableFuture<Session> running = flight.compareAndExchange(null, mine);
			if (running != null) {
				try {
					return Await.result(running, monitor); // null: nobody could log in
				} catch (OperationCanceledException e) {
					if (monitor.isCanceled()) {
						throw e;
					}
					continue; // the login that ran was cancelled by its own caller: this one may log in
				}
			}
			try {
				Session fresh = logIn(stale, refusal, monitor);
				mine.complete(fresh);
				return fresh;
			} catch (ServerException | RuntimeException | Error e) {
				mine.completeExceptionally(e);
				throw e;
			} finally {
				flight.compareAndSet(mine, null);
			}
		}
	}

	private Session logIn(Session stale, String refusal, IProgressMonitor monitor) throws ServerException {
		State start = state.get();
		if (start.session() != null && start.session() != stale) {
			return start.session(); // a login ended between the look and the flight
		}
		long epoch = start.epoch();
		String problem = null;
		if (start.credentials() != null) {
			try {
				Session fresh = authorizer.authorize(start.credentials(), monitor);
				update(epoch, s -> new State(fresh, s.credentials(), s.epoch()));
				return fresh;
			} catch (ServerErrorException e) {
				if (e.kind() != ServerErrorException.Kind.AUTHENTICATION) {
					throw e;
				}
				update(epoch, s -> new State(null, null, s.epoch()));
				problem = e.getMessage();
			}
		}
		ServerErrorException last = null;
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Optional<Credentials> offered = provider.credentials(address, problem != null ? problem : attempt == 0 ? null : refusal);
			if (offered.isEmpty()) {
				if (last != null) {
					throw last;
				}
				return null;
			}
			try {
				Credentials given = offered.get();
				Session fresh = authorizer.authorize(given, monitor);
				update(epoch, s -> new State(fresh, given, s.epoch()));
				return fresh;
			} catch (ServerErrorException e) {
				if (e.kind() != ServerErrorException.Kind.AUTHENTICATION) {
					throw e;
				}
				last = e;
				problem = e.getMessage();
			}
		}
		throw last;
	}

	/** Applies {@code change} unless a logout came after {@code epoch}. */
	private void update(long epoch, UnaryOperator<State> change) {
		state.updateAndGet(s -> s.epoch() == epoch ? change.apply(s) : s);
	}
}
