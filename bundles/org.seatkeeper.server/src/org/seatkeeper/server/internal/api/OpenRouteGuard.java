package org.seatkeeper.server.internal.api;

import java.net.InetAddress;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.seatkeeper.server.internal.security.LicensingToken;
import org.seatkeeper.server.internal.state.ServerCore;

/**
 * Keeps the routes any device may call ({@code access_request}, {@code preview_request}) bounded: each
 * address may send {@code security.licensing.requestsPerSecond} requests a second (429 beyond), at most
 * {@code security.licensing.maxConcurrentRequests} are served at once (503 beyond), and while a client
 * key is uploaded every request must carry a token signed with its private key ({@link LicensingToken};
 * 401 without). The bodies of open routes are capped by the router.
 */
public final class OpenRouteGuard implements Router.Admission {

	/** Addresses whose rate is tracked before idle ones are forgotten. */
	private static final int TRACKED_ADDRESSES = 10_000;

	private final ServerCore core;
	private final AtomicInteger inFlight = new AtomicInteger();
	private final Map<InetAddress, Bucket> buckets = new ConcurrentHashMap<>();
	private final AtomicReference<CachedKey> key = new AtomicReference<>();

	public OpenRouteGuard(ServerCore core) {
		this.core = core;
	}

	@Override
	public Router.Slot admit(InetAddress remote) throws ApiException {
		admitRate(remote);
		int limit = core.integer("security.licensing.maxConcurrentRequests");
		if (limit <= 0) {
			return () -> {
			};
		}
		if (inFlight.incrementAndGet() > limit) {
			inFlight.decrementAndGet();
			throw new ApiException(503, "glsErr.serverBusy", "The server is serving " + limit
					+ " capability requests at once, the most it takes (security.licensing.maxConcurrentRequests); try again shortly",
					Integer.toString(limit)).retryAfter(1);
		}
		return inFlight::decrementAndGet;
	}

	/** {@code handler} for requests that must be signed while a client key is uploaded. */
	public Router.Handler signed(Router.Handler handler) {
		return request -> {
			authorize(request);
			return handler.handle(request);
		};
	}

	private void admitRate(InetAddress address) throws ApiException {
		int perSecond = core.integer("security.licensing.requestsPerSecond");
		if (perSecond <= 0) {
			return;
		}
		long now = System.nanoTime();
		if (buckets.size() > TRACKED_ADDRESSES) {
			buckets.values().removeIf(bucket -> bucket.idleSince(now) > 10_000_000_000L);
		}
		Bucket bucket = buckets.computeIfAbsent(address, a -> new Bucket(perSecond, now));
		if (!bucket.take(perSecond, now)) {
			throw new ApiException(429, "glsErr.tooManyRequests", "This address sent more than " + perSecond
					+ " capability requests in a second, the most the server takes from one address (security.licensing.requestsPerSecond)",
					Integer.toString(perSecond)).retryAfter(1);
		}
	}

	/** A token bucket: {@code rate} requests a second, bursts of up to {@code rate}. */
	private static final class Bucket {
		private double tokens;
		private long last;

		Bucket(int rate, long now) {
			this.tokens = rate;
			this.last = now;
		}

		synchronized boolean take(int rate, long now) {
			tokens = Math.min(rate, tokens + (now - last) / 1e9 * rate);
			last = now;
			if (tokens < 1) {
				return false;
			}
			tokens--;
			return true;
		}

		synchronized long idleSince(long now) {
			return now - last;
		}
	}

	private void authorize(Request request) throws ApiException {
		String stored = core.clientKey();
		if (stored == null) {
			return;
		}
		String authorization = request.header("Authorization");
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			throw new ApiException(401, "glsErr.licensingTokenRequired", "This server takes capability requests signed with the client"
					+ " key uploaded to it only: send 'Authorization: Bearer <token>', a JWT signed RS256 with the matching private key"
					+ " (seatkeeper device ... --key private.pem does this)");
		}
		LicensingToken.Refusal refusal = LicensingToken.check(authorization.substring(7), publicKey(stored),
				core.clock().instant()).orElse(null);
		if (refusal != null) {
			throw new ApiException(401, refusal.expired() ? "glsErr.licensingTokenExpired" : "glsErr.licensingTokenInvalid",
					refusal.message());
		}
	}

	private record CachedKey(String stored, PublicKey key) {
	}

	private PublicKey publicKey(String stored) {
		CachedKey cached = key.get();
		if (cached == null || !cached.stored().equals(stored)) {
			cached = new CachedKey(stored, LicensingToken.publicKey(stored));
			key.set(cached);
		}
		return cached.key();
	}
}
