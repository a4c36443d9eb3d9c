package org.seatkeeper.core.internal.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.seatkeeper.core.client.ClientOptions;
import org.seatkeeper.core.client.ConnectionException;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.client.UntrustedCertificateException;

/**
 * Sends requests with the JDK's HTTP client: TLS verified by the Java trust store plus the
 * certificates trusted by fingerprint, connect and request timeouts, and cancellation through the
 * caller's progress monitor (checked every 50 ms; a cancelled call is aborted at once).
 */
public final class Transport implements AutoCloseable {

	private static final long POLL_MILLIS = 50;

	private final ClientOptions options;
	private final HttpClient http;

	public Transport(ClientOptions options) {
		this.options = options;
		SSLContext tls;
		try {
			tls = SSLContext.getInstance("TLS");
			tls.init(null, new TrustManager[] { new PinningTrustManager(options.trusted()) }, null);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("TLS is not available in this Java runtime: " + e.getMessage(), e);
		}
		this.http = HttpClient.newBuilder().connectTimeout(options.connectTimeout()).sslContext(tls)
				.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * Sends {@code call} with {@code token} (if not null) and waits for the whole answer.
	 *
	 * @throws ConnectionException        if the server cannot be reached or does not answer in time
	 * @throws OperationCanceledException if {@code monitor} is cancelled meanwhile
	 */
	public Answer send(Call call, String token, IProgressMonitor monitor) throws ServerException {
		URI uri = options.address().resolve(call.resource());
		HttpResponse<List<ByteBuffer>> response = await(http.sendAsync(request(uri, call, token, monitor), chunks()), uri, call, monitor);
		return new Answer(uri, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
	}

	/** Reads the body of a successful answer as it arrives. */
	@FunctionalInterface
	public interface BodyReader<T> {
		T read(URI uri, int status, String contentType, InputStream body) throws IOException, ServerException;
	}

	/** A successful answer's {@code value}, as its reader made it, or any {@code other} answer, whole. */
	public record Streamed<T>(Answer other, T value) {
	}

	/**
	 * Sends {@code call} and hands the body of a successful (2xx) answer to {@code reader} as it arrives, up to the
	 * client's limit, so that a long list is decoded while it arrives and its text is never held whole. Cancelling
	 * {@code monitor} stops the reading. Any other answer is read whole, for the caller's error handling.
	 *
	 * @throws ConnectionException        if the server cannot be reached, does not answer in time, or the body
	 *                                    breaks off or is longer than the limit
	 * @throws OperationCanceledException if {@code monitor} is cancelled meanwhile
	 */
	public <T> Streamed<T> stream(Call call, String token, IProgressMonitor monitor, BodyReader<T> reader) throws ServerException {
		URI uri = options.address().resolve(call.resource());
		HttpResponse<InputStream> response = await(http.sendAsync(request(uri, call, token, monitor),
				HttpResponse.BodyHandlers.ofInputStream()), uri, call, monitor);
		String type = response.headers().firstValue("Content-Type").orElse("");
		Thread reading = Thread.currentThread();
		InputStream body = new LimitedStream(response.body(), options.maxResponseBytes());
		java.util.concurrent.ScheduledFuture<?> watchdog = WATCHDOG.scheduleWithFixedDelay(() -> {
			if (monitor.isCanceled()) {
				reading.interrupt(); // a read waiting for the network returns at once
			}
		}, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
		try (body) {
			if (response.statusCode() / 100 != 2) {
				return new Streamed<>(new Answer(uri, response.statusCode(), type, body.readAllBytes()), null);
			}
			return new Streamed<>(null, reader.read(uri, response.statusCode(), type, body));
		} catch (IOException | java.io.UncheckedIOException e) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			throw failure(uri, call, e instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause() : e);
		} finally {
			watchdog.cancel(false);
			if (Thread.interrupted() && !monitor.isCanceled()) {
				reading.interrupt(); // an interrupt that was not ours
			}
		}
	}

	/** Checks the monitors of bodies being read, so that a cancelled read stops. */
	private static final java.util.concurrent.ScheduledExecutorService WATCHDOG = java.util.concurrent.Executors
			.newSingleThreadScheduledExecutor(runnable -> {
				Thread thread = new Thread(runnable, "seatkeeper-client-watchdog");
				thread.setDaemon(true);
				return thread;
			});

	/** A body read up to a limit: beyond it, reading fails with {@link ResponseTooLarge}. */
	private static final class LimitedStream extends java.io.FilterInputStream {
		private final long limit;
		private long read;

		LimitedStream(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count(b < 0 ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] into, int offset, int length) throws IOException {
			int n = super.read(into, offset, length);
			count(Math.max(0, n));
			return n;
		}

		private void count(int n) throws ResponseTooLarge {
			read += n;
			if (read > limit) {
				throw new ResponseTooLarge(limit);
			}
		}
	}

	private HttpRequest request(URI uri, Call call, String token, IProgressMonitor monitor) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(options.requestTimeout())
				.header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (call.contentType() != null) {
			request.header("Content-Type", call.contentType());
		}
		request.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(call.body()));
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		return request.build();
	}

	/** Waits for {@code future}, checking {@code monitor} every 50 ms. */
	private <R> HttpResponse<R> await(CompletableFuture<HttpResponse<R>> future, URI uri, Call call, IProgressMonitor monitor)
			throws ConnectionException {
		try {
			while (true) {
				try {
					return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
				} catch (TimeoutException e) {
					if (monitor.isCanceled()) {
						future.cancel(true);
						throw new OperationCanceledException();
					}
				}
			}
		} catch (InterruptedException e) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		} catch (ExecutionException e) {
			throw failure(uri, call, e.getCause());
		}
	}

	/**
	 * The body as the buffers it arrives in: the JDK's byte-array handler gathers them and then copies them into
	 * one array, so that a long list (100,000 devices: 70 MB) would briefly take twice its size.
	 */
	private HttpResponse.BodyHandler<List<ByteBuffer>> chunks() {
		long limit = options.maxResponseBytes();
		return info -> new Chunks(limit);
	}

	/** A body larger than the client reads. */
	static final class ResponseTooLarge extends IOException {
		private static final long serialVersionUID = 1L;
		final long limit;

		ResponseTooLarge(long limit) {
			super("The answer is larger than " + limit + " bytes");
			this.limit = limit;
		}
	}

	/**
	 * Gathers the buffers of a body, up to a limit; beyond it, stops reading and fails the body at once (a
	 * cancelled subscription is told nothing more, so waiting for the end of the body would wait forever).
	 */
	static final class Chunks implements HttpResponse.BodySubscriber<List<ByteBuffer>> {

		private final List<ByteBuffer> buffers = new ArrayList<>();
		private final CompletableFuture<List<ByteBuffer>> body = new CompletableFuture<>();
		private final long limit;
		private long size;
		private Flow.Subscription subscription;

		Chunks(long limit) {
			this.limit = limit;
		}

		@Override
		public CompletableFuture<List<ByteBuffer>> getBody() {
			return body;
		}

		@Override
		public void onSubscribe(Flow.Subscription given) {
			subscription = given;
			given.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(List<ByteBuffer> items) {
			if (body.isDone()) {
				return;
			}
			for (ByteBuffer item : items) {
				size += item.remaining();
			}
			if (size > limit) {
				buffers.clear();
				subscription.cancel();
				body.completeExceptionally(new ResponseTooLarge(limit));
				return;
			}
			buffers.addAll(items);
		}

		@Override
		public void onError(Throwable error) {
			buffers.clear();
			body.completeExceptionally(error);
		}

		@Override
		public void onComplete() {
			body.complete(buffers);
		}
	}

	private ConnectionException failure(URI uri, Call call, Throwable cause) {
		String where = options.address().hostAndPort();
		for (Throwable t = cause; t != null; t = t.getCause()) {
			if (t instanceof PinningTrustManager.Untrusted untrusted) {
				var certificate = untrusted.certificate;
				return new UntrustedCertificateException(uri, untrusted.fingerprint,
						certificate.getSubjectX500Principal().getName(), certificate.getIssuerX500Principal().getName(),
						certificate.getNotAfter().toInstant(), reason(untrusted), cause);
			}
		}
		String message;
		PinningTrustManager.PinnedExpired expired = find(cause, PinningTrustManager.PinnedExpired.class);
		ResponseTooLarge tooLarge = find(cause, ResponseTooLarge.class);
		if (expired != null) {
			message = expired.getMessage() + ".";
		} else if (tooLarge != null) {
			message = "The answer of " + where + " when asked to " + call.what() + " is larger than "
					+ (tooLarge.limit >= 1024 * 1024 ? tooLarge.limit / (1024 * 1024) + " MB" : tooLarge.limit + " bytes")
					+ ", the most this client reads; raise the limit if the server is that large.";
		} else if (cause instanceof HttpConnectTimeoutException) {
			message = "Could not connect to " + where + " within " + seconds(options.connectTimeout())
					+ ". Is the host reachable, and is a firewall in between?";
		} else if (cause instanceof HttpTimeoutException) {
			message = "The server at " + where + " did not answer within " + seconds(options.requestTimeout())
					+ " when asked to " + call.what() + ".";
		} else if (causedBy(cause, UnresolvedAddressException.class) || causedBy(cause, UnknownHostException.class)) {
			message = "The host name '" + options.address().base().getHost() + "' cannot be resolved.";
		} else if (causedBy(cause, ConnectException.class)) {
			message = "Nothing answers at " + where + " (connection refused). Is the license server running on that port?";
		} else if (causedBy(cause, SSLException.class)) {
			message = "The secure connection to " + where + " failed: " + deepest(cause).getMessage()
					+ (options.address().isHttps() ? " Does the server use HTTPS on that port?" : "");
		} else if (cause instanceof IOException) {
			message = "The connection to " + where + " failed while asking to " + call.what() + ": "
					+ (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
		} else {
			message = "The request to " + where + " to " + call.what() + " failed: " + cause;
		}
		return new ConnectionException(uri, message, cause);
	}

	private static String reason(Exception untrusted) {
		String text = deepest(untrusted).getMessage();
		if (text == null) {
			return "not trusted";
		}
		if (text.contains("unable to find valid certification path")) {
			return "no trusted authority signed it";
		}
		if (text.contains("No subject alternative") || text.contains("No name matching")) {
			return "it is for another host name";
		}
		return text;
	}

	private static <T extends Throwable> T find(Throwable error, Class<T> kind) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (kind.isInstance(t)) {
				return kind.cast(t);
			}
		}
		return null;
	}

	private static boolean causedBy(Throwable error, Class<? extends Throwable> kind) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (kind.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	private static Throwable deepest(Throwable error) {
		Throwable t = error;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t;
	}

	private static String seconds(Duration duration) {
		long millis = duration.toMillis();
		return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
	}

	@Override
	public void close() {
		http.shutdownNow();
	}
}
