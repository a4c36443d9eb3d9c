package org.seatkeeper.core.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.CommandLines.Outcome;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.core.client.ClientOptions;
import org.seatkeeper.core.client.Credentials;
import org.seatkeeper.core.client.CredentialsProvider;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.ServerAddress;
import org.seatkeeper.core.client.ServerErrorException;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.client.TrustedCertificates;
import org.seatkeeper.core.domain.ClientKey;
import org.seatkeeper.core.domain.Expiry;
import org.seatkeeper.core.fleet.ListClients;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.core.fleet.ServerList;
import org.seatkeeper.core.fleet.ServerListException;
import org.seatkeeper.core.fleet.ServerListFile;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code ./seatkeeper admin}: administers a license server from a terminal or a script, in the spirit
 * of {@code flexnetlsadmin}. Tables for people, {@code --json} for scripts. Each verb is a class of its
 * own ({@link AdminVerb}); this class holds what they share: the options that may be given anywhere on
 * the line, the connection, and the JSON printer.
 */
@Command(name = "seatkeeper admin", description = "Administers a license server compatible with FlexNet Embedded local license "
		+ "servers.", subcommands = { StatusVerb.class, FeaturesVerb.class, DevicesVerb.class, ReservationsVerb.class,
				ModelVerb.class, PoolsVerb.class, ConfigVerb.class, HostIdsVerb.class, ActivateVerb.class, UploadKeyVerb.class,
				UsersVerb.class, TrustVerb.class, FleetVerb.class },
		footer = { "", "The options above may also follow the verb. A server that asks for a login gets the user's password "
				+ "from SEATKEEPER_PASSWORD, or asks for it on the console; passwords are never taken as arguments." },
		exitCodeListHeading = "%nExit status:%n", exitCodeList = { "0:done", "1:the server refused or could not be reached",
				"2:usage error or bad input (including an input file)" })
public final class AdminCommand {

	/** Reads a password (or an answer) from the console without echo; {@code null} when nothing was typed. */
	@FunctionalInterface
	public interface PasswordPrompt {
		char[] read(String prompt);
	}

	static final Gson JSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
			.registerTypeAdapter(Expiry.class, (JsonSerializer<Expiry>) (e, t, c) -> new JsonPrimitive(e.toString()))
			.registerTypeAdapter(LocalDate.class, (JsonSerializer<LocalDate>) (d, t, c) -> new JsonPrimitive(d.toString()))
			.registerTypeAdapter(Instant.class, (JsonSerializer<Instant>) (i, t, c) -> new JsonPrimitive(i.toString()))
			.registerTypeAdapter(ClientKey.class, (JsonSerializer<ClientKey>) (k, t, c) -> {
				JsonObject o = new JsonObject();
				o.addProperty("publicKey", Base64.getEncoder().encodeToString(k.der()));
				o.addProperty("fingerprint", k.fingerprint());
				return o;
			}).create();


	@Spec
	CommandSpec spec;

	final PrintStream out;
	final PrintStream err;
	final Map<String, String> env;
	final PasswordPrompt prompt;
	final Path trustFile;
	/** The list of servers whose names --server takes: the file SEATKEEPER_SERVERS names, else servers.json beside the trusted certificates. */
	final ServerListFile servers;

	private String server;
	private String user;
	private boolean userGiven;
	boolean json;
	private Duration timeout;
	private final List<String> trustedNow = new ArrayList<>();
	private boolean passwordGiven;
	private boolean passwordAvailable;
	private LicenseServerClient client;

	/**
	 * @param prompt    asks on the console, or {@code null} when there is none (passwords must then come
	 *                  from the environment)
	 * @param trustFile where fingerprints of trusted certificates are kept
	 */
	public AdminCommand(PrintStream out, PrintStream err, Map<String, String> env, PasswordPrompt prompt, Path trustFile) {
		this.out = out;
		this.err = err;
		this.env = env;
		this.prompt = prompt;
		this.trustFile = trustFile;
		this.servers = env.containsKey(ServerListFile.ENVIRONMENT) ? ServerListFile.of(env)
				: new ServerListFile(trustFile.resolveSibling("servers.json"));
	}

	public static void main(String[] args) {
		PasswordPrompt console = System.console() == null ? null : text -> System.console().readPassword("%s", text);
		Path trust = Path.of(System.getProperty("user.home"), ".seatkeeper", "trusted-certificates");
		System.exit(new AdminCommand(System.out, System.err, System.getenv(), console, trust).run(List.of(args)));
	}

	// ---- the options of every verb

	@Option(names = "--server", order = 1, paramLabel = "NAME|URL", scope = ScopeType.INHERIT, description = "The server: a name "
			+ "from the server list (./seatkeeper servers list), host, host:port or a URL (default: $SEATKEEPER_SERVER, else "
			+ "http://localhost:7070).")
	void server(String value) {
		server = value;
	}

	@Option(names = "--user", order = 2, paramLabel = "NAME", scope = ScopeType.INHERIT, description = "Who logs in when the "
			+ "server asks (default: the user the server list gives the server, else $SEATKEEPER_USER, else admin).")
	void user(String value) {
		user = value;
		userGiven = true;
	}

	@Option(names = "--json", order = 3, scope = ScopeType.INHERIT, description = "Print JSON for scripts instead of tables.")
	void json(boolean value) {
		json = value;
	}

	@Option(names = "--timeout", order = 4, paramLabel = "SECONDS", scope = ScopeType.INHERIT, description = "How long to wait for each "
			+ "answer (default 30).")
	void timeout(double seconds) {
		if (!(seconds > 0)) {
			throw new ParameterException(spec.commandLine(), "--timeout must be above 0, not " + seconds);
		}
		timeout = Duration.ofMillis((long) (seconds * 1000));
	}

	@Option(names = "--trust", order = 5, paramLabel = "SHA256", scope = ScopeType.INHERIT, description = "Trust the HTTPS certificate "
			+ "with this fingerprint for this call.")
	void trust(String fingerprint) {
		trustedNow.add(fingerprint);
	}

	@Option(names = { "--password", "-password", "--passwd" }, paramLabel = "PASSWORD", hidden = true)
	void password(String ignored) {
		passwordGiven = true;
	}

	/** Runs the command given by {@code args} and returns its exit status; each run starts from the defaults. */
	public int run(List<String> args) {
		server = env.getOrDefault("SEATKEEPER_SERVER", "http://localhost:7070");
		user = env.getOrDefault("SEATKEEPER_USER", "admin");
		userGiven = false;
		json = false;
		timeout = ClientOptions.DEFAULT_REQUEST_TIMEOUT;
		trustedNow.clear();
		passwordGiven = false;
		try {
			int status = CommandLines.run(this, args, out, err, this::outcome);
			if (status == CommandLines.OK && client != null) {
				keepBoundPins(client);
			}
			return status;
		} finally {
			if (client != null) {
				client.close();
				client = null;
			}
		}
	}

	private Optional<Outcome> outcome(Exception e) {
		if (e instanceof ServerErrorException refused && refused.kind() == ServerErrorException.Kind.AUTHENTICATION
				&& !passwordAvailable) {
			return Optional.of(new Outcome(CommandLines.FAILED, e.getMessage()
					+ " (no password was given: set SEATKEEPER_PASSWORD, or run in a terminal to be asked)"));
		}
		if (e instanceof ServerException) {
			return Optional.of(new Outcome(CommandLines.FAILED, e.getMessage()));
		}
		return e instanceof IllegalArgumentException ? Optional.of(new Outcome(CommandLines.USAGE, e.getMessage())) : Optional.empty();
	}

	/** The connection to the server, made at the first verb that needs it and closed when the run ends. */
	LicenseServerClient client() throws UsageException {
		if (passwordGiven) {
			throw new UsageException("passwords are never taken as arguments: set SEATKEEPER_PASSWORD or answer the console prompt");
		}
		if (client == null) {
			client = connect();
		}
		return client;
	}

	private LicenseServerClient connect() throws UsageException {
		Optional<ServerEntry> named = named(server);
		if (named.isPresent() && named.get().embedded()) {
			throw new UsageException("'" + named.get().name() + "' is the embedded demo server, which only Seatkeeper's window runs; "
					+ "run ./seatkeeper server --demo for one the command line can ask");
		}
		ServerAddress address;
		try {
			address = named.isPresent() ? named.get().address() : ServerAddress.parse(server);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage(), e);
		}
		String name = named.isPresent() && !userGiven && !named.get().user().isEmpty() ? named.get().user() : user;
		return connect(address, name);
	}

	/**
	 * The server of the list named {@code text} (a name wins over a host of that name); empty when the list
	 * has none, or cannot be read (then {@code text} is taken as an address, and the list's problem is told).
	 */
	private Optional<ServerEntry> named(String text) {
		if (!servers.exists()) {
			return Optional.empty();
		}
		try {
			return servers.read().find(text);
		} catch (IOException | ServerListException e) {
			err.println("seatkeeper admin: the server list cannot be read (" + e.getMessage() + "); '" + text + "' is taken as an address");
			return Optional.empty();
		}
	}

	/** The list of servers, for the fleet. */
	ServerList serverList() throws UsageException {
		try {
			return servers.read();
		} catch (IOException | ServerListException e) {
			throw new UsageException(e.getMessage(), e);
		}
	}

	/**
	 * A client for {@code entry} of the list, for the fleet: its user unless --user was given, the password of
	 * SEATKEEPER_PASSWORD (never asked on the console: servers are asked at once); a server that wants a
	 * login without one is told as such.
	 */
	LicenseServerClient clientFor(ServerEntry entry) {
		try {
			return new ListClients(userGiven ? Optional.of(user) : Optional.empty(), Optional.ofNullable(env.get("SEATKEEPER_PASSWORD")),
					trusted(entry.address()), timeout).client(entry, user);
		} catch (UsageException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}

	Duration timeout() {
		return timeout;
	}

	private LicenseServerClient connect(ServerAddress address, String name) throws UsageException {
		TrustedCertificates trusted = trusted(address);
		String password = env.get("SEATKEEPER_PASSWORD");
		passwordAvailable = password != null || prompt != null;
		CredentialsProvider credentials = (where, problem) -> {
			if (password != null) {
				return problem == null ? Optional.of(new Credentials(name, password.toCharArray())) : Optional.empty();
			}
			if (problem != null) {
				err.println(problem);
			}
			char[] typed = prompt == null ? null : prompt.read("Password of " + name + " at " + where.hostAndPort() + ": ");
			return typed == null ? Optional.empty() : Optional.of(new Credentials(name, typed));
		};
		return new LicenseServerClient(ClientOptions.of(address).withCredentials(credentials)
				.withTimeouts(ClientOptions.DEFAULT_CONNECT_TIMEOUT, timeout).withTrusted(trusted));
	}

	/** The certificates trusted: those of the file, and those given with --trust for this run. */
	private TrustedCertificates trusted(ServerAddress address) throws UsageException {
		try {
			TrustedCertificates trusted = TrustedCertificates.load(trustFile);
			for (String fingerprint : trustedNow) {
				trusted.trust(address.hostAndPort(), fingerprint);
			}
			return trusted;
		} catch (IOException | IllegalArgumentException e) {
			throw new UsageException("cannot read the trusted certificates: " + e.getMessage(), e);
		}
	}

	/**
	 * Writes the pins again when a pin of an earlier version's file was bound to this server (and only
	 * then: pins given with --trust are for this run).
	 */
	private void keepBoundPins(LicenseServerClient done) {
		if (!done.options().trusted().changed() || !trustedNow.isEmpty()) {
			return;
		}
		try {
			TrustedCertificates stored = TrustedCertificates.load(trustFile);
			for (String pin : done.options().trusted().pins()) {
				String[] parts = pin.split(" ", 2);
				if (parts.length == 2) {
					stored.isTrusted(parts[0], parts[1]);
				}
			}
			stored.store(trustFile);
		} catch (IOException | IllegalArgumentException e) {
			err.println("seatkeeper admin: cannot write the trusted certificates to " + trustFile + ": " + e.getMessage());
		}
	}
}
