package org.seatkeeper.core.fleet;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.seatkeeper.core.client.ConnectionException;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.OptionalParts;
import org.seatkeeper.core.client.ServerErrorException;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.client.UntrustedCertificateException;
import org.seatkeeper.core.domain.Device;
import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.core.domain.ServerVersion;

/**
 * The key figures of every server of a list, asked at most {@link EachServer#AT_ONCE} servers at a time, each within
 * its own time: one slow or dead server never delays the others, and its row says why it has no figures.
 * The embedded demo server is left out (only the window that runs it can ask it). The clients are the
 * caller's, who keeps them between surveys (so a refresh reuses their logins: a login costs a server a
 * password hash) and closes them. Blocks: call it from a background thread or a command line.
 */
public final class FleetSurvey {

	/** What a server answered, as a light. */
	public enum State {
		/** It answered; the figures are its. */
		UP,
		/** It could not be reached, did not answer in time, or failed. */
		DOWN,
		/** It wants a login that was not given, or refused the one given. */
		LOGIN_NEEDED,
		/** Its HTTPS certificate is not trusted (yet). */
		UNTRUSTED
	}

	/**
	 * One server's row.
	 *
	 * @param state         what it answered
	 * @param detail        why it is not {@link State#UP}, or what it left out; empty when nothing to say
	 * @param version       its version, or empty when unknown
	 * @param features      its feature records
	 * @param used          counts in use over all records
	 * @param count         counts over all records
	 * @param nearestExpiry the nearest expiry of a record not yet expired, or null
	 * @param devices       the devices it serves, or -1 when it does not list them
	 * @param took          how long the server took to answer everything
	 */
	public record Row(ServerEntry server, State state, String detail, String version, int features, long used, long count,
			LocalDate nearestExpiry, int devices, Duration took) {

		static Row failed(ServerEntry server, State state, String detail, Duration took) {
			return new Row(server, state, detail, "", 0, 0, 0, null, -1, took);
		}

		/** Counts in use as a percentage of all counts (0 without counts). */
		public double percentInUse() {
			return count == 0 ? 0 : 100.0 * used / count;
		}
	}

	private FleetSurvey() {
	}

	/**
	 * Asks every server of {@code servers} but the embedded one, through the client {@code clients} gives
	 * for it (with its credentials, trust and request timeouts; not closed here), giving each at most
	 * {@code limit} for all its questions; the rows come in list order.
	 */
	public static List<Row> survey(List<ServerEntry> servers, Function<ServerEntry, LicenseServerClient> clients, Duration limit,
			LocalDate today) {
		return survey(servers, clients, limit, today, row -> {
		});
	}

	/**
	 * As {@link #survey(List, Function, Duration, LocalDate)}, handing each row to {@code arrived} as soon as
	 * it is known (on the thread that asked that server, or that gave up waiting for it), so that a view can
	 * show the fast servers before the slow ones.
	 */
	public static List<Row> survey(List<ServerEntry> servers, Function<ServerEntry, LicenseServerClient> clients, Duration limit,
			LocalDate today, Consumer<Row> arrived) {
		List<ServerEntry> asked = servers.stream().filter(s -> !s.embedded()).toList();
		return EachServer.ask(asked, server -> ask(server, clients, today), (server, reason) -> Row.failed(server, State.DOWN, reason,
				reason.startsWith("no answer") ? limit : Duration.ZERO), limit, arrived, "Seatkeeper fleet survey");
	}

	private static Row ask(ServerEntry server, Function<ServerEntry, LicenseServerClient> clients, LocalDate today) {
		long start = System.nanoTime();
		NullProgressMonitor monitor = new NullProgressMonitor();
		try {
			LicenseServerClient client = clients.apply(server);
			OptionalParts parts = new OptionalParts();
			Optional<ServerVersion> version = parts.ask(() -> client.version(monitor));
			List<Feature> features = client.features(monitor);
			Optional<List<Device>> devices = parts.ask(() -> client.devices(monitor));
			long used = 0;
			long count = 0;
			LocalDate nearest = null;
			for (Feature feature : features) {
				used += Math.max(0, feature.used());
				count += Math.max(0, feature.count());
				LocalDate ends = feature.expiry().date();
				if (ends != null && !ends.isBefore(today) && (nearest == null || ends.isBefore(nearest))) {
					nearest = ends;
				}
			}
			String missing = parts.missing().isEmpty() ? ""
					: "does not offer " + String.join(", ", parts.missing().stream().map(p -> p.resource()).toList());
			return new Row(server, State.UP, missing, version.map(ServerVersion::version).orElse(""), features.size(), used, count, nearest,
					devices.map(List::size).orElse(-1), Duration.ofNanos(System.nanoTime() - start));
		} catch (UntrustedCertificateException e) {
			return Row.failed(server, State.UNTRUSTED, e.getMessage(), Duration.ofNanos(System.nanoTime() - start));
		} catch (ServerErrorException e) {
			State state = e.kind() == ServerErrorException.Kind.AUTHENTICATION ? State.LOGIN_NEEDED : State.DOWN;
			return Row.failed(server, state, e.getMessage(), Duration.ofNanos(System.nanoTime() - start));
		} catch (ConnectionException e) {
			return Row.failed(server, State.DOWN, e.getMessage(), Duration.ofNanos(System.nanoTime() - start));
		} catch (ServerException e) {
			return Row.failed(server, State.DOWN, e.getMessage(), Duration.ofNanos(System.nanoTime() - start));
		}
	}
}
