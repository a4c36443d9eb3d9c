package org.seatkeeper.history.collector;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.fleet.EachServer;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.history.Sample;
import org.seatkeeper.history.SampleBuffer;

/**
 * Asks every server of the fleet what it has in use, {@link EachServer#AT_ONCE} at a time, and writes what they
 * said (a server that did not answer as down) to the history; what the database cannot take now waits in a
 * bounded buffer, the oldest dropped and counted beyond it. The same code runs in the window (a Job) and in
 * {@code ./seatkeeper watch}. A round never throws: every failure is in what it answers.
 */
public final class Collector implements AutoCloseable {

	/** How many samples wait for a database that is down before the oldest are dropped: a day of 50 servers at 60 s. */
	public static final int BUFFERED = 72_000;

	/**
	 * What one round did.
	 *
	 * @param at       the time its samples carry (aligned to the interval)
	 * @param readings what each server said, in list order
	 * @param problem  why the database did not take the samples, or empty
	 * @param waiting  samples waiting for the database
	 * @param dropped  samples dropped since the collector began, the buffer being full
	 */
	public record Round(Instant at, List<Reading> readings, Optional<String> problem, int waiting, long dropped) {

		/** How many servers answered. */
		public long up() {
			return readings.stream().filter(Reading::up).count();
		}
	}

	private final HistoryWriter writer;
	private final SampleBuffer buffer;
	private final Clock clock;

	public Collector(HistoryWriter writer, int buffered, Clock clock) {
		this.writer = writer;
		this.buffer = new SampleBuffer(buffered);
		this.clock = clock;
	}

	/** The time a round started at {@code now} gives its samples: the start of its interval, the same for every collector. */
	public static Instant aligned(Instant now, Duration interval) {
		long seconds = interval.toSeconds();
		return Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), seconds) * seconds);
	}

	/**
	 * One round: asks {@code servers} (those {@code clients} gives no client are left out: the embedded demo
	 * server where no window runs it), each within {@code limit}, and writes what they said.
	 */
	public Round collect(List<ServerEntry> servers, Function<ServerEntry, Optional<LicenseServerClient>> clients, Duration interval,
			Duration limit) {
		return collect(servers, clients, interval, limit, reading -> {
		});
	}

	/**
	 * As {@link #collect(List, Function, Duration, Duration)}, handing each server's reading to {@code arrived} as soon as it
	 * is known (on the thread that asked that server), before any is written.
	 */
	public Round collect(List<ServerEntry> servers, Function<ServerEntry, Optional<LicenseServerClient>> clients, Duration interval,
			Duration limit, Consumer<Reading> arrived) {
		Instant at = aligned(clock.instant(), interval);
		Map<ServerEntry, LicenseServerClient> asked = new LinkedHashMap<>();
		for (ServerEntry server : servers) {
			clients.apply(server).ifPresent(client -> asked.put(server, client));
		}
		List<Reading> readings = EachServer.ask(List.copyOf(asked.keySet()), server -> Sampler.read(server, asked.get(server), at, interval),
				(server, reason) -> Reading.failed(server, new Sample.Down(server.name(), at, interval, reason)), limit, arrived,
				"Seatkeeper history collector");
		readings.forEach(reading -> buffer.add(reading.sample()));
		Optional<String> problem = writer.write(buffer, clock.instant());
		return new Round(at, readings, problem, buffer.size(), buffer.dropped());
	}

	@Override
	public void close() {
		writer.close();
	}
}
