package org.seatkeeper.core.internal.client;

import java.io.IOException;
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
		CompletableFuture<HttpResponse<List<ByteBuffer>>> future = http.sendAsync(request.build(), chunks());
		try {
			while (true) {
				try {
					HttpResponse<List<ByteBuffer>> response = future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
					return new Answer(uri, response.statusCode(),
							response.headers().firstValue("Content-Type").orElse(""), response.body());
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
