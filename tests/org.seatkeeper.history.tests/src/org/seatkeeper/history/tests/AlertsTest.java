package org.seatkeeper.history.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.core.client.ClientOptions;
import org.seatkeeper.core.client.Credentials;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.core.fleet.ServerListFile;
import org.seatkeeper.history.HistoryDatabase;
import org.seatkeeper.history.alerts.Alert;
import org.seatkeeper.history.alerts.AlertEvaluator;
import org.seatkeeper.history.alerts.AlertEvaluator.Evaluation;
import org.seatkeeper.history.alerts.AlertRules;
import org.seatkeeper.history.collector.Collector;
import org.seatkeeper.history.collector.HistoryWriter;
import org.seatkeeper.history.internal.cli.WatchCommand;
import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;
import org.seatkeeper.testing.MovableClock;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;

/** The alert rules over the collector's rounds on real servers, and the watcher's webhook with a local receiver. */
class AlertsTest {

	private static final String PASSWORD = CollectorTest.PASSWORD;
	private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

	@TempDir
	Path dir;
	private LicenseServer berlin;
	private final MovableClock clock = new MovableClock(NOW);
	private final List<AutoCloseable> closing = new ArrayList<>();

	@BeforeEach
	void startServer() throws Exception {
		berlin = LicenseServer.start(ServerOptions.of(0, dir.resolve("berlin")).withBindAddress("127.0.0.1").withAdminPassword(PASSWORD)
				.withConsole(s -> {
				}));
		closing.add(berlin);
		LocalDate today = LocalDate.now();
		berlin.licensing().addFeatures(List.of(
				new FeatureRecord(0, "CAD", "1.0", 10, today.plusDays(12), null, null, "demo", 0, false, "ACT-1", "", null, null, null),
				new FeatureRecord(0, "CAE", "2.0", 2, null, null, null, "demo", 2, false, "ACT-2", "", null, null, null)));
		checkout("host-a", "CAD", 9);
		checkout("host-b", "CAE", 3); // one count of the overdraft in use
	}

	@AfterEach
	void stop() throws Exception {
		for (AutoCloseable resource : closing.reversed()) {
			resource.close();
		}
	}

	private void checkout(String host, String feature, int count) throws Exception {
		berlin.licensing().capability(JsonParser.parseString("{\"hostId\":{\"type\":\"STRING\",\"value\":\"" + host + "\"},\"features\":[{\"name\":\""
				+ feature + "\",\"version\":\"" + (feature.equals("CAD") ? "1.0" : "2.0") + "\",\"count\":" + count + "}]}").getAsJsonObject(), true);
	}

	private static int deadPort() throws IOException {
		try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return closed.getLocalPort();
		}
	}

	private static List<String> kinds(List<Alert> alerts) {
		return alerts.stream().map(a -> a.server() + " " + a.kind() + " " + a.subject()).sorted().toList();
	}

	@Test
	void rulesRaiseAlertsWhenTheirConditionsHoldLongEnoughAndClearThemWhenTheyEnd() throws Exception {
		ServerEntry entry = new ServerEntry("Berlin", "http://127.0.0.1:" + berlin.port(), "", "admin", "", false);
		ServerEntry dead = ServerEntry.of("Dead", "http://127.0.0.1:" + deadPort());
		LicenseServerClient client = new LicenseServerClient(ClientOptions.of(entry.address())
				.withCredentials((where, problem) -> problem == null ? Optional.of(new Credentials("admin", PASSWORD.toCharArray())) : Optional.empty()));
		LicenseServerClient deadClient = new LicenseServerClient(ClientOptions.of(dead.address()));
		closing.add(client::close);
		closing.add(deadClient::close);
		AlertEvaluator alerts = new AlertEvaluator(AlertRules.DEFAULTS, ZoneOffset.UTC);
		String url = "jdbc:h2:file:" + dir.resolve("history").toAbsolutePath();
		try (Collector collector = new Collector(new HistoryWriter(() -> HistoryDatabase.open(url)), Collector.BUFFERED, clock)) {
			Duration minute = Duration.ofMinutes(1);
			List<ServerEntry> both = List.of(entry, dead);
			Function<ServerEntry, Optional<LicenseServerClient>> clients = e -> Optional.of(e == entry ? client : deadClient);

			Evaluation first = alerts.evaluate(collector.collect(both, clients, minute, Duration.ofSeconds(5)));
			assertEquals(List.of("Berlin EXPIRY CAD 1.0", "Berlin REFUSING CAE 2.0"), kinds(first.raised()),
					"at once: the expiry in 12 days and the overage; not yet the use at 90 % or the dead server (0 minutes)");
			assertEquals("CAE 2.0 on Berlin draws on its overdraft: 1 of its 2 overdraft counts in use beyond its 2; requests beyond the overdraft "
					+ "are refused", first.raised().get(1).message());
			assertTrue(first.raised().get(0).message().matches("CAD 1\\.0 on Berlin expires on \\d{4}-\\d\\d-\\d\\d, in 1[12] days"),
					first.raised().get(0).message());

			clock.advance(minute.multipliedBy(5));
			Evaluation five = alerts.evaluate(collector.collect(both, clients, minute, Duration.ofSeconds(5)));
			assertEquals(List.of("Dead UNREACHABLE "), kinds(five.raised()));
			assertTrue(five.raised().get(0).message().startsWith("Dead has not answered for 5 minutes: "), five.raised().get(0).message());

			clock.advance(minute.multipliedBy(10));
			Evaluation fifteen = alerts.evaluate(collector.collect(both, clients, minute, Duration.ofSeconds(5)));
			assertEquals(List.of("Berlin FULL CAD 1.0", "Berlin FULL CAE 2.0"), kinds(fifteen.raised()), "at 90 % and over (150 %) for 15 minutes");
			assertEquals("CAD 1.0 on Berlin: 9 of 10 in use (90 %) for 15 minutes", fifteen.raised().get(0).message());
			assertEquals(5, fifteen.active().size());

			checkout("host-a", "CAD", 0); // the device returns its counts
			clock.advance(minute);
			Evaluation returned = alerts.evaluate(collector.collect(List.of(entry), clients, minute, Duration.ofSeconds(5)));
			assertEquals(List.of("Berlin FULL CAD 1.0"), kinds(returned.cleared()));
			assertTrue(kinds(returned.active()).contains("Dead UNREACHABLE "), "a server left out of a round keeps its alerts");

			alerts.rules(new AlertRules(0, 90, 15, 5, true, true)); // expiries off
			clock.advance(minute);
			Evaluation off = alerts.evaluate(collector.collect(both, clients, minute, Duration.ofSeconds(5)));
			assertEquals(List.of("Berlin EXPIRY CAD 1.0"), kinds(off.cleared()));
			assertEquals(List.of("Berlin FULL CAE 2.0", "Berlin REFUSING CAE 2.0", "Dead UNREACHABLE "), kinds(off.active()));
		}
	}

	@Test
	void theWatcherPostsEachAlertToTheWebhookAndGoesOnWhenTheReceiverIsAway() throws Exception {
		List<String> received = new CopyOnWriteArrayList<>();
		HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		receiver.createContext("/hook", exchange -> {
			received.add(exchange.getRequestHeaders().getFirst("Content-Type") + " " + new String(exchange.getRequestBody().readAllBytes(),
					StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		receiver.start();
		closing.add(() -> receiver.stop(0));
		Path servers = dir.resolve("servers.json");
		new ServerListFile(servers).update(list -> list.add(new ServerEntry("Berlin", "http://127.0.0.1:" + berlin.port(), "", "admin", "", false)));
		String db = "jdbc:h2:file:" + dir.resolve("history").toAbsolutePath();

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = new WatchCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				Map.of("SEATKEEPER_PASSWORD", PASSWORD), dir, clock).run(List.of("--servers", servers.toString(), "--db", db, "--rounds", "1",
						"--alert-use-minutes", "0", "--webhook", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
		assertTrue(printed.contains("ALERT raised: [Use at the limit] CAD 1.0 on Berlin: 9 of 10 in use (90 %) for less than a minute"), printed);
		assertTrue(printed.contains("ALERT raised: [Expires soon] CAD 1.0 on Berlin expires on "), printed);
		assertEquals(4, received.size(), "the expiry, CAD and CAE at the limit, CAE's overage: " + received);
		JsonObject full = received.stream().filter(r -> r.contains("\"FULL\"")).map(r -> JsonParser.parseString(r.substring(r.indexOf(' ') + 1))
				.getAsJsonObject()).findFirst().orElseThrow();
		assertTrue(received.get(0).startsWith("application/json "), received.get(0));
		assertEquals("raised", full.get("event").getAsString());
		assertEquals("Berlin", full.get("server").getAsString());
		assertEquals("Use at the limit", full.get("rule").getAsString());
		assertEquals("CAD 1.0", full.get("subject").getAsString());
		assertEquals(NOW.toString(), full.get("since").getAsString());

		ByteArrayOutputStream err2 = new ByteArrayOutputStream();
		status = new WatchCommand(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err2, true, StandardCharsets.UTF_8), Map.of("SEATKEEPER_PASSWORD", PASSWORD), dir, clock)
				.run(List.of("--servers", servers.toString(), "--db", db, "--rounds", "1", "--webhook", "http://127.0.0.1:" + deadPort() + "/hook"));
		assertEquals(0, status, "a receiver that is away stops nothing");
		assertTrue(err2.toString(StandardCharsets.UTF_8).contains("could not be reached"), err2.toString(StandardCharsets.UTF_8));
		assertEquals(2, new WatchCommand(System.out, new PrintStream(err2, true, StandardCharsets.UTF_8), Map.of(), dir, clock)
				.run(List.of("--webhook", "ftp://x", "--rounds", "1")));
		assertTrue(err2.toString(StandardCharsets.UTF_8).contains("The webhook 'ftp://x' is not an http or https URL"), err2.toString());
	}
}
