package org.seatkeeper.core.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.core.client.Credentials;
import org.seatkeeper.core.client.CredentialsProvider;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.tests.FakeServer.Canned;

/**
 * Logging in holds no lock across the network or a prompt: a logout while a login is stuck in the server
 * or waiting for the person returns at once, and the threads that need a login share one, and one prompt.
 */
class LoginFlightTest {

	private static final Duration AT_ONCE = Duration.ofSeconds(5); // a deadlock waits forever; this only ends the test

	FakeServer fake;
	final CountDownLatch authorizeEntered = new CountDownLatch(1);
	final CountDownLatch authorizeReleased = new CountDownLatch(1);
	final AtomicInteger authorizations = new AtomicInteger();
	ExecutorService threads = Executors.newCachedThreadPool();

	@BeforeEach
	void start() throws Exception {
		fake = new FakeServer();
		fake.answer("authorize", request -> {
			authorizations.incrementAndGet();
			authorizeEntered.countDown();
			try {
				authorizeReleased.await(30, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return Canned.json(200, "{\"expires\":\"2030-01-01T00:00:00.000Z\",\"token\":\"" + SessionTest.token(1) + "\"}");
		});
		fake.answer("features", request -> request.authorization() != null ? Canned.json(200, "[]")
				: Canned.json(401, "{\"key\":\"glsErr.noToken\",\"message\":\"Log in first\",\"arguments\":[]}"));
	}

	@AfterEach
	void stop() {
		authorizeReleased.countDown();
		threads.shutdownNow();
		fake.close();
	}

	@Test
	void aLogoutWhileALoginIsStuckInTheServerReturnsAtOnceAndThatLoginIsNotKept() throws Exception {
		try (LicenseServerClient client = new LicenseServerClient(
				fake.options().withCredentials(CredentialsProvider.of("admin", "right".toCharArray())))) {
			Future<?> reading = threads.submit(() -> client.features(new NullProgressMonitor()));
			assertTrue(authorizeEntered.await(10, TimeUnit.SECONDS));

			assertTimeoutPreemptively(AT_ONCE, client::logout);

			authorizeReleased.countDown();
			reading.get(10, TimeUnit.SECONDS); // the request that asked for the login is served with it
			assertTrue(client.session().isEmpty(), "a login that ended after the logout was kept: " + client.session());
		}
	}

	@Test
	void aLogoutWhileThePersonIsAskedForAPasswordReturnsAtOnce() throws Exception {
		CountDownLatch asked = new CountDownLatch(1);
		CountDownLatch answered = new CountDownLatch(1);
		CredentialsProvider dialog = (server, problem) -> {
			asked.countDown();
			try {
				answered.await(30, TimeUnit.SECONDS); // the person thinks
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return Optional.empty(); // and gives up
		};
		try (LicenseServerClient client = new LicenseServerClient(fake.options().withCredentials(dialog))) {
			Future<?> reading = threads.submit(() -> client.features(new NullProgressMonitor()));
			assertTrue(asked.await(10, TimeUnit.SECONDS));

			assertTimeoutPreemptively(AT_ONCE, client::logout);

			answered.countDown();
			assertThrows(java.util.concurrent.ExecutionException.class, () -> reading.get(10, TimeUnit.SECONDS));
		}
	}

	@Test
	void threadsThatNeedALoginAtOnceShareOneLoginAndThePersonIsAskedOnce() throws Exception {
		AtomicInteger asks = new AtomicInteger();
		CredentialsProvider dialog = (server, problem) -> {
			asks.incrementAndGet();
			return Optional.of(new Credentials("admin", "right".toCharArray()));
		};
		try (LicenseServerClient client = new LicenseServerClient(fake.options().withCredentials(dialog))) {
			List<Future<?>> readers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				readers.add(threads.submit(() -> client.features(new NullProgressMonitor())));
			}
			assertTrue(authorizeEntered.await(10, TimeUnit.SECONDS));
			// all eight ask for features, are refused and need the login that is under way
			waitUntil(() -> fake.count("GET", "features") >= 8);
			authorizeReleased.countDown();
			for (Future<?> reader : readers) {
				reader.get(10, TimeUnit.SECONDS);
			}
			assertEquals(1, authorizations.get());
			assertEquals(1, asks.get());
		}
	}

	@Test
	void aThreadWaitingForAnotherThreadsLoginCanBeCancelledAndTheLoginGoesOn() throws Exception {
		try (LicenseServerClient client = new LicenseServerClient(
				fake.options().withCredentials(CredentialsProvider.of("admin", "right".toCharArray())))) {
			Future<?> leader = threads.submit(() -> client.features(new NullProgressMonitor()));
			assertTrue(authorizeEntered.await(10, TimeUnit.SECONDS));
			NullProgressMonitor impatient = new NullProgressMonitor();
			Future<?> waiting = threads.submit(() -> client.features(impatient));
			waitUntil(() -> fake.count("GET", "features") >= 2);
			impatient.setCanceled(true);
			java.util.concurrent.ExecutionException cancelled = assertThrows(java.util.concurrent.ExecutionException.class,
					() -> waiting.get(10, TimeUnit.SECONDS));
			assertTrue(cancelled.getCause() instanceof OperationCanceledException, cancelled.toString());

			authorizeReleased.countDown();
			leader.get(10, TimeUnit.SECONDS);
			assertTrue(client.session().isPresent());
		}
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("The condition did not come true in 10 s");
			}
			java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
		}
	}
}
