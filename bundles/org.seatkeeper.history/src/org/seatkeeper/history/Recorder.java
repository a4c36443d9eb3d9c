package org.seatkeeper.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes samples: the server's state, each feature's values, the rollups of the samples that were new, and the
 * device sessions. Rollups take a batch's new samples added up per feature and hour or day in memory, so that
 * a day of minutes costs one rollup write per feature and hour, and a sample written before adds nothing.
 */
final class Recorder {

	private static final int BATCH = 2_000;
	private static final List<String> STATE = List.of("server_id INTEGER", "at TIMESTAMP WITH TIME ZONE", "up BOOLEAN", "interval_seconds INTEGER",
			"detail VARCHAR(1000)");
	private static final List<String> VALUES = List.of("feature_id INTEGER", "at TIMESTAMP WITH TIME ZONE", "used INTEGER", "total INTEGER",
			"reserved INTEGER", "overdraft_used INTEGER", "devices INTEGER");
	private static final List<String> SESSION = List.of("server_id INTEGER", "device VARCHAR(255)", "feature_id INTEGER",
			"checked_out_at TIMESTAMP WITH TIME ZONE");

	private final Connection connection;
	private final Dialect dialect;
	private final Map<String, Integer> servers = new HashMap<>();
	private final Map<FeatureRef, Integer> features = new HashMap<>();

	private record FeatureRef(int server, String feature, String version) {
	}

	/** A rollup's sums from one batch. */
	private static final class Sums {
		int samples;
		long usedSum;
		int usedMax;
		int totalMax;
		long fullSeconds;

		void add(FeatureSample sample, long interval) {
			samples++;
			usedSum += sample.used();
			usedMax = Math.max(usedMax, sample.used());
			totalMax = Math.max(totalMax, sample.total());
			fullSeconds += sample.total() > 0 && sample.used() >= sample.total() ? interval : 0;
		}
	}

	private record Period(int feature, Object start) {
	}

	Recorder(Connection connection, Dialect dialect) {
		this.connection = connection;
		this.dialect = dialect;
	}

	/** Writes {@code samples} (the caller holds the transaction). */
	void record(List<? extends Sample> samples) throws SQLException {
		Map<Period, Sums> hours = new LinkedHashMap<>();
		Map<Period, Sums> days = new LinkedHashMap<>();
		try (PreparedStatement state = connection.prepareStatement(dialect.insertUnlessThere("server_sample", STATE, List.of("server_id", "at")));
				PreparedStatement values = connection.prepareStatement(dialect.insertChecked("feature_sample", VALUES, List.of("feature_id", "at")))) {
			Set<Long> known = dialect.checksFirst() ? written(samples) : new HashSet<>();
			int states = 0;
			List<Runnable> toRollups = new ArrayList<>();
			for (Sample sample : samples) {
				int server = serverId(sample.server());
				OffsetDateTime at = utc(sample.at());
				bind(state, server, at, sample instanceof Sample.Up, (int) sample.interval().toSeconds(), sample instanceof Sample.Down down ? shortened(down.detail()) : null);
				state.addBatch();
				if (sample instanceof Sample.Up up) {
					Object hour = utc(up.at().truncatedTo(ChronoUnit.HOURS));
					LocalDate day = at.toLocalDate();
					long interval = up.interval().toSeconds();
					for (FeatureSample value : up.features()) {
						int feature = featureId(server, value.feature(), value.version());
						if (known.contains(key(feature, up.at()))) {
							continue; // written before: not again, and not into the rollups
						}
						bind(values, feature, at, value.used(), value.total(), value.reserved(), value.overdraftUsed(), value.devices());
						values.addBatch();
						if (dialect.checksFirst()) {
							known.add(key(feature, up.at())); // the same sample twice in one batch is written once
						}
						toRollups.add(() -> {
							hours.computeIfAbsent(new Period(feature, hour), p -> new Sums()).add(value, interval);
							days.computeIfAbsent(new Period(feature, day), p -> new Sums()).add(value, interval);
						});
						if (toRollups.size() == BATCH) {
							addNew(values, toRollups);
						}
					}
				}
				if (++states % BATCH == 0) {
					state.executeBatch();
				}
			}
			state.executeBatch();
			addNew(values, toRollups);
		}
		writeRollups("feature_hour", "hour_start", hours);
		writeRollups("feature_day", "day_start", days);
		for (Sample sample : samples) {
			if (sample instanceof Sample.Up up && up.holdings().isPresent()) {
				sessions(serverId(up.server()), up.at(), up.holdings().get());
			}
		}
	}

	/** The feature samples already written at the times of {@code samples}, one query per server. */
	private Set<Long> written(List<? extends Sample> samples) throws SQLException {
		Map<String, Instant[]> spans = new LinkedHashMap<>();
		for (Sample sample : samples) {
			if (sample instanceof Sample.Up) {
				spans.merge(sample.server(), new Instant[] { sample.at(), sample.at() }, (a, b) -> new Instant[] {
						a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1] });
			}
		}
		Set<Long> known = new HashSet<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT v.feature_id, v.at FROM feature_sample v JOIN history_feature f "
				+ "ON f.id = v.feature_id WHERE f.server_id = ? AND v.at >= ? AND v.at <= ?")) {
			for (Map.Entry<String, Instant[]> span : spans.entrySet()) {
				bind(select, serverId(span.getKey()), utc(span.getValue()[0]), utc(span.getValue()[1]));
				try (ResultSet result = select.executeQuery()) {
					while (result.next()) {
						known.add(key(result.getInt(1), result.getObject(2, OffsetDateTime.class).toInstant()));
					}
				}
			}
		}
		return known;
	}

	/** A feature sample's key: its feature id and its time (to the second). */
	private static long key(int feature, Instant at) {
		return (long) feature << 40 ^ at.getEpochSecond();
	}

	/** Runs the batch of feature values; only the values that were not there before go to the rollups. */
	private static void addNew(PreparedStatement values, List<Runnable> toRollups) throws SQLException {
		int[] counts = values.executeBatch();
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] > 0) {
				toRollups.get(i).run();
			} else if (counts[i] == Statement.SUCCESS_NO_INFO) {
				throw new SQLException("The database did not say which samples were new: the rollups cannot be kept");
			}
		}
		toRollups.clear();
	}

	private void writeRollups(String table, String start, Map<Period, Sums> sums) throws SQLException {
		if (sums.isEmpty()) {
			return;
		}
		try (PreparedStatement add = connection.prepareStatement(dialect.addToRollup(table, start))) {
			int n = 0;
			for (Map.Entry<Period, Sums> entry : sums.entrySet()) {
				Sums s = entry.getValue();
				bind(add, entry.getKey().feature(), entry.getKey().start(), s.samples, s.usedSum, s.usedMax, s.totalMax, s.fullSeconds);
				add.addBatch();
				if (++n % BATCH == 0) {
					add.executeBatch();
				}
			}
			add.executeBatch();
		}
	}

	/** Opens a session for each holding not open yet, and closes the open ones no longer held, at {@code at}. */
	private void sessions(int server, Instant at, Set<Holding> holdings) throws SQLException {
		OffsetDateTime when = utc(at);
		Set<List<Object>> held = new HashSet<>();
		for (Holding holding : holdings) {
			held.add(List.of(holding.device(), featureId(server, holding.feature(), holding.version())));
		}
		Set<List<Object>> open = new HashSet<>();
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT device, feature_id, checked_out_at FROM device_session WHERE server_id = ? AND returned_at IS NULL")) {
			select.setInt(1, server);
			try (ResultSet result = select.executeQuery();
					PreparedStatement close = connection.prepareStatement("UPDATE device_session SET returned_at = ? "
							+ "WHERE server_id = ? AND device = ? AND feature_id = ? AND checked_out_at = ?")) {
				while (result.next()) {
					List<Object> session = List.of(result.getString(1), result.getInt(2));
					OffsetDateTime since = result.getObject(3, OffsetDateTime.class);
					if (held.contains(session) || !since.toInstant().isBefore(at)) {
						open.add(session);
					} else {
						bind(close, when, server, session.get(0), session.get(1), since);
						close.addBatch();
					}
				}
				close.executeBatch();
			}
		}
		try (PreparedStatement insert = connection.prepareStatement(
				dialect.insertUnlessThere("device_session", SESSION, List.of("server_id", "device", "feature_id", "checked_out_at")))) {
			for (List<Object> session : held) {
				if (!open.contains(session)) {
					bind(insert, server, session.get(0), session.get(1), when);
					insert.addBatch();
				}
			}
			insert.executeBatch();
		}
	}

	/** The id of the server named {@code name}, made on first use. */
	int serverId(String name) throws SQLException {
		Integer known = servers.get(name);
		if (known != null) {
			return known;
		}
		int id = idOf("history_server", List.of("name VARCHAR(80)"), List.of("name"), name);
		servers.put(name, id);
		return id;
	}

	private int featureId(int server, String feature, String version) throws SQLException {
		FeatureRef key = new FeatureRef(server, feature, version);
		Integer known = features.get(key);
		if (known != null) {
			return known;
		}
		int id = idOf("history_feature", List.of("server_id INTEGER", "feature VARCHAR(255)", "version VARCHAR(64)"),
				List.of("server_id", "feature", "version"), server, feature, version);
		features.put(key, id);
		return id;
	}

	/** The id of the row of {@code table} with {@code values}, which is written if it is not there. */
	private int idOf(String table, List<String> columns, List<String> key, Object... values) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(dialect.insertUnlessThere(table, columns, key))) {
			bind(insert, values);
			insert.executeUpdate();
		}
		String where = String.join(" = ? AND ", key) + " = ?";
		try (PreparedStatement select = connection.prepareStatement("SELECT id FROM " + table + " WHERE " + where)) {
			bind(select, values);
			try (ResultSet result = select.executeQuery()) {
				result.next();
				return result.getInt(1);
			}
		}
	}

	/** Forgets the ids it knows: after a rollback, ids it made may not exist. */
	void forget() {
		servers.clear();
		features.clear();
	}

	static void bind(PreparedStatement statement, Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			statement.setObject(i + 1, values[i]);
		}
	}

	static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	private static String shortened(String detail) {
		return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
	}
}
