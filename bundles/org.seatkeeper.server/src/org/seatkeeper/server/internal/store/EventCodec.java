package org.seatkeeper.server.internal.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * The events a store knows, by the name the journal writes them with (their simple class name), and the
 * reading of a snapshot and a journal back into a state.
 */
final class EventCodec<S> {

	private static final Logger LOG = Logger.getLogger(EventCodec.class.getName());

	/** A state read back: the state after event {@code sequence}, {@code replayed} of them from the journal. */
	record Read<S>(S state, long sequence, int replayed, JournalScan.Result journal) {
	}

	private final Map<String, Class<? extends Event<S>>> types;
	private final Gson gson;

	EventCodec(Map<String, Class<? extends Event<S>>> types, Gson gson) {
		this.types = Map.copyOf(types);
		this.gson = gson;
	}

	/** The name {@code event} is journaled with; refuses an event of a kind the store was not given. */
	String name(Event<S> event) {
		String name = event.getClass().getSimpleName();
		if (!Objects.equals(types.get(name), event.getClass())) {
			throw new IllegalArgumentException("Unregistered event type " + event.getClass().getName());
		}
		return name;
	}

	/** The event of a journal line. */
	Event<S> decode(Path journal, JournalScan.Line line) {
		Class<? extends Event<S>> type = types.get(line.type());
		if (type == null) {
			throw new StoreException("The journal " + journal + " holds an event of an unknown kind at byte " + line.offset() + ": "
					+ line.type());
		}
		try {
			return gson.fromJson(line.json(), type);
		} catch (JsonParseException e) {
			throw new StoreException("The journal " + journal + " holds an event that cannot be read at byte " + line.offset() + " ("
					+ e.getMessage() + ")");
		}
	}

	/**
	 * Applies the events of the first {@code limit} bytes of {@code journal} that come after
	 * {@code base} to {@code state}.
	 */
	Read<S> replay(Path journal, long limit, long base, S state) throws IOException {
		long[] last = { base };
		int[] count = { 0 };
		JournalScan.Result result = JournalScan.scan(journal, limit, base, line -> {
			decode(journal, line).apply(state);
			last[0] = line.sequence();
			count[0]++;
		});
		return new Read<>(state, last[0], count[0], result);
	}

	/**
	 * {@link #replay} of the whole journal at start: damage in the middle refuses to start
	 * ({@link JournalDamagedException}); a torn last line (a crash cut the last write short) is cut off.
	 */
	Read<S> replayAtStart(Path journal, FileChannel channel, long base, S state) throws IOException {
		Read<S> read = replay(journal, Long.MAX_VALUE, base, state);
		JournalScan.Result result = read.journal();
		if (result.damaged()) {
			throw new JournalDamagedException(journal, result);
		}
		if (result.torn()) {
			// the events before it are all there is
			LOG.info("The last line of " + journal + " was cut short (" + result.problem() + "); it is cut off at byte " + result.goodEnd());
			channel.truncate(result.goodEnd());
			channel.force(true);
		}
		return read;
	}
}
