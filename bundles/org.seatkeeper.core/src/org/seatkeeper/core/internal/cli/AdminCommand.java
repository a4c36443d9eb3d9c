package org.seatkeeper.core.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.seatkeeper.core.files.AtomicFiles;
import org.seatkeeper.core.client.ClientOptions;
import org.seatkeeper.core.client.Credentials;
import org.seatkeeper.core.client.CredentialsProvider;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.ServerAddress;
import org.seatkeeper.core.client.ServerErrorException;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.client.TrustedCertificates;
import org.seatkeeper.core.client.UntrustedCertificateException;
import org.seatkeeper.core.domain.ActivationCount;
import org.seatkeeper.core.domain.CapabilityResult;
import org.seatkeeper.core.domain.ClientKey;
import org.seatkeeper.core.keys.ClientKeyFile;
import org.seatkeeper.core.domain.Expiry;
import org.seatkeeper.core.domain.HostId;
import org.seatkeeper.core.domain.HostIds;
import org.seatkeeper.core.domain.Setting;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;

/**
 * {@code ./seatkeeper admin}: administers a license server from a terminal or a script, in the spirit
 * of {@code flexnetlsadmin}. Tables for people, {@code --json} for scripts. Exit status 0 when done, 1
 * when the server refused or could not be reached, 2 for a usage error (including bad input files).
 * Errors go to standard error, one line each.
 */
public final class AdminCommand {

	static final int OK = 0;
	static final int FAILED = 1;
	static final int USAGE = 2;

	static final String USAGE_TEXT = """
			Usage: seatkeeper admin [--server URL] [--user NAME] [--json] [--timeout SECONDS] VERB [ARGS]

			Administers a license server compatible with FlexNet Embedded local license servers.
			  --server URL      the server: host, host:port or a URL (default: $SEATKEEPER_SERVER,
			                    else http://localhost:7070)
			  --user NAME       who logs in when the server asks (default: $SEATKEEPER_USER, else admin);
			                    the password comes from $SEATKEEPER_PASSWORD or is asked on the console
			  --json            print JSON for scripts instead of tables
			  --timeout SECONDS how long to wait for each answer (default 30)
			  --trust SHA256    trust the HTTPS certificate with this fingerprint for this call

			Verbs:
			  status                          health, version and what the server holds
			  features [--summary] [--search NAME] [--filter TEXT]
			  features show ID                a feature record and the devices it serves
			  devices [--filter TEXT]         the devices served
			  devices show ID                 a device and what it holds
			  devices drop ID...              drop devices, freeing their counts
			  devices drop --all              drop every device the server knows
			  reservations [list]             reservation groups and their entries, with status
			  reservations show GID
			  reservations load FILE          add the groups of a reservations JSON file
			  reservations export FILE [--group GID]
			  reservations delete GID [--reservation RID]
			  model [show]                    the active model definition
			  model load FILE                 apply a model definition (at most 900 KB)
			  model delete                    go back to the default model
			  pools                           license pools and what each holds
			  config [show] [--filter GROUP]  the server's settings
			  config set NAME=VALUE...        change settings (NAME= returns one to its default)
			  hostids                         the server's hostids
			  hostids select TYPE VALUE       choose the hostid the server uses
			  activate -id ID [-count N]... -o FILE   write an offline activation request
			                                  (no -id: a capability request)
			  activate -load FILE             apply a capability response
			  upload-key FILE                 upload a client public key (RSA 2048, DER or PEM)
			  users [list]
			  users create NAME ROLES         ROLES like READ+RESERVATIONS; the password comes from
			                                  $SEATKEEPER_NEW_PASSWORD or is asked on the console
			  users edit NAME [--roles ROLES] [--password]
			  users delete NAME
			  trust                           show the server's HTTPS certificate and trust it
			""";

	/** Reads a password (or an answer) from the console without echo; {@code null} when nothing was typed. */
	@FunctionalInterface
	public interface PasswordPrompt {
		char[] read(String prompt);
	}

	/** Thrown for a usage error: exit status 2. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	private static final Gson JSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
			.registerTypeAdapter(Expiry.class, (JsonSerializer<Expiry>) (e, t, c) -> new JsonPrimitive(e.toString()))
			.registerTypeAdapter(LocalDate.class, (JsonSerializer<LocalDate>) (d, t, c) -> new JsonPrimitive(d.toString()))
			.registerTypeAdapter(Instant.class, (JsonSerializer<Instant>) (i, t, c) -> new JsonPrimitive(i.toString()))
			.registerTypeAdapter(ClientKey.class, (JsonSerializer<ClientKey>) (k, t, c) -> {
				JsonObject o = new JsonObject();
				o.addProperty("publicKey", Base64.getEncoder().encodeToString(k.der()));
				o.addProperty("fingerprint", k.fingerprint());
				return o;
			}).create();

	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, String> env;
	private final PasswordPrompt prompt;
	private final Path trustFile;

	private String server;
	private String user;
	private boolean json;
	private Duration timeout = ClientOptions.DEFAULT_REQUEST_TIMEOUT;
	private final List<String> trustedNow = new ArrayList<>();
	private boolean passwordAvailable;

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
	}

	public static void main(String[] args) {
		PasswordPrompt console = System.console() == null ? null : text -> System.console().readPassword("%s", text);
		Path trust = Path.of(System.getProperty("user.home"), ".seatkeeper", "trusted-certificates");
		System.exit(new AdminCommand(System.out, System.err, System.getenv(), console, trust).run(List.of(args)));
	}

	/** Runs the command given by {@code args} and returns its exit status. */
	public int run(List<String> args) {
		List<String> rest;
		try {
			rest = options(args);
		} catch (UsageException e) {
			return usage(e.getMessage());
		}
		if (rest.isEmpty() || rest.get(0).equals("help") || args.contains("--help") || args.contains("-h")) {
			(rest.isEmpty() ? err : out).print(USAGE_TEXT);
			return rest.isEmpty() ? USAGE : OK;
		}
		String verb = rest.get(0);
		List<String> verbArgs = rest.subList(1, rest.size());
		ServerVerbs served = new ServerVerbs(out, json, JSON);
		LicensingVerbs licensing = new LicensingVerbs(out, json, JSON);
		try (LicenseServerClient client = client()) {
			int status = switch (verb) {
				case "status" -> served.status(client, verbArgs);
				case "features" -> served.features(client, verbArgs);
				case "devices" -> served.devices(client, verbArgs);
				case "reservations" -> licensing.reservations(client, verbArgs);
				case "model" -> licensing.model(client, verbArgs);
				case "pools" -> served.pools(client, verbArgs);
				case "config" -> config(client, verbArgs);
				case "hostids" -> hostIds(client, verbArgs);
				case "activate" -> activate(client, verbArgs);
				case "upload-key" -> uploadKey(client, verbArgs);
				case "users" -> new UserVerbs(out, json, JSON, env, prompt).users(client, verbArgs);
				case "trust" -> trust(client, verbArgs);
				default -> throw new UsageException("unknown verb '" + verb + "'");
			};
			keepBoundPins(client);
			return status;
		} catch (UsageException e) {
			return usage(e.getMessage());
		} catch (IllegalArgumentException e) {
			return usage(e.getMessage());
		} catch (ServerErrorException e) {
			String hint = e.kind() == ServerErrorException.Kind.AUTHENTICATION && !passwordAvailable
					? " (no password was given: set SEATKEEPER_PASSWORD, or run in a terminal to be asked)" : "";
			err.println("seatkeeper admin: " + e.getMessage() + hint);
			return FAILED;
		} catch (ServerException e) {
			err.println("seatkeeper admin: " + e.getMessage());
			return FAILED;
		}
	}

	private int usage(String message) {
		err.println("seatkeeper admin: " + message + " (see 'seatkeeper admin help')");
		return USAGE;
	}

	private List<String> options(List<String> args) throws UsageException {
		server = env.getOrDefault("SEATKEEPER_SERVER", "http://localhost:7070");
		user = env.getOrDefault("SEATKEEPER_USER", "admin");
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
				case "--server", "-server" -> server = value(args, ++i, arg);
				case "--user", "-user" -> user = value(args, ++i, arg);
				case "--json", "-json" -> json = true;
				case "--timeout" -> {
					String text = value(args, ++i, arg);
					try {
						timeout = Duration.ofMillis((long) (Double.parseDouble(text) * 1000));
					} catch (NumberFormatException e) {
						throw new UsageException("--timeout takes seconds, not '" + text + "'");
					}
					if (timeout.toMillis() <= 0) {
						throw new UsageException("--timeout must be above 0");
					}
				}
				case "--trust" -> trustedNow.add(value(args, ++i, arg));
				case "--password", "-password", "--passwd" -> throw new UsageException(
						"passwords are never taken as arguments: set SEATKEEPER_PASSWORD or answer the console prompt");
				default -> rest.add(arg);
			}
		}
		return rest;
	}

	private static String value(List<String> args, int index, String option) throws UsageException {
		if (index >= args.size()) {
			throw new UsageException(option + " needs a value");
		}
		return args.get(index);
	}

	/**
	 * Writes the pins again when a pin of an earlier version's file was bound to this server (and only
	 * then: pins given with --trust are for this run).
	 */
	private void keepBoundPins(LicenseServerClient client) {
		if (!client.options().trusted().changed() || !trustedNow.isEmpty()) {
			return;
		}
		try {
			TrustedCertificates stored = TrustedCertificates.load(trustFile);
			for (String pin : client.options().trusted().pins()) {
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

	private LicenseServerClient client() throws UsageException {
		ServerAddress address;
		try {
			address = ServerAddress.parse(server);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		TrustedCertificates trusted;
		try {
			trusted = TrustedCertificates.load(trustFile);
			for (String fingerprint : trustedNow) {
				trusted.trust(address.hostAndPort(), fingerprint);
			}
		} catch (IOException | IllegalArgumentException e) {
			throw new UsageException("cannot read the trusted certificates: " + e.getMessage());
		}
		String password = env.get("SEATKEEPER_PASSWORD");
		passwordAvailable = password != null || prompt != null;
		CredentialsProvider credentials = (where, problem) -> {
			if (password != null) {
				return problem == null ? Optional.of(new Credentials(user, password.toCharArray())) : Optional.empty();
			}
			if (problem != null) {
				err.println(problem);
			}
			char[] typed = prompt == null ? null : prompt.read("Password of " + user + " at " + where.hostAndPort() + ": ");
			return typed == null ? Optional.empty() : Optional.of(new Credentials(user, typed));
		};
		return new LicenseServerClient(ClientOptions.of(address).withCredentials(credentials)
				.withTimeouts(ClientOptions.DEFAULT_CONNECT_TIMEOUT, timeout).withTrusted(trusted));
	}

	static void noMore(List<String> args, int from) throws UsageException {
		if (args.size() > from) {
			throw new UsageException("unexpected '" + args.get(from) + "'");
		}
	}

	static String option(List<String> args, String name) throws UsageException {
		int index = args.indexOf(name);
		if (index < 0) {
			return null;
		}
		if (index + 1 >= args.size()) {
			throw new UsageException(name + " needs a value");
		}
		return args.get(index + 1);
	}

	static List<String> withoutOptions(List<String> args, String... valued) {
		List<String> rest = new ArrayList<>();
		List<String> names = Arrays.asList(valued);
		for (int i = 0; i < args.size(); i++) {
			if (names.contains(args.get(i))) {
				i++;
			} else if (!args.get(i).startsWith("--")) {
				rest.add(args.get(i));
			}
		}
		return rest;
	}

	static long id(String text, String what) throws UsageException {
		try {
			long id = Long.parseLong(text);
			if (id <= 0) {
				throw new NumberFormatException();
			}
			return id;
		} catch (NumberFormatException e) {
			throw new UsageException(what + " must be a number above 0, not '" + text + "'");
		}
	}

	private void printJson(Object value) {
		out.println(JSON.toJson(value));
	}

	static String read(String file) throws UsageException {
		try {
			return Files.readString(Path.of(file), StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			throw new UsageException("there is no file " + file);
		} catch (IOException e) {
			throw new UsageException("cannot read " + file + ": " + e.getMessage());
		}
	}

	private static byte[] readBytes(String file) throws UsageException {
		try {
			return Files.readAllBytes(Path.of(file));
		} catch (NoSuchFileException e) {
			throw new UsageException("there is no file " + file);
		} catch (IOException e) {
			throw new UsageException("cannot read " + file + ": " + e.getMessage());
		}
	}

	/** Writes {@code bytes} to {@code file} through a temporary file, so that no partial file is left. */
	static void write(String file, byte[] bytes) throws UsageException {
		try {
			AtomicFiles.write(Path.of(file), bytes);
		} catch (IOException e) {
			throw new UsageException("cannot write " + file + ": " + e.getMessage());
		}
	}

	// ---- verbs

	private int config(LicenseServerClient client, List<String> args) throws ServerException, UsageException {
		var monitor = new NullProgressMonitor();
		String action = args.isEmpty() || args.get(0).startsWith("--") ? "show" : args.get(0);
		List<String> rest = args.isEmpty() || args.get(0).startsWith("--") ? args : args.subList(1, args.size());
		switch (action) {
			case "show" -> {
				String filter = option(rest, "--filter");
				noMore(withoutOptions(rest, "--filter"), 0);
				List<Setting> settings = client.settings(monitor);
				if (filter != null) {
					String wanted = filter.toLowerCase(Locale.ROOT).replace("-", "");
					settings = settings.stream().filter(s -> s.group().toLowerCase(Locale.ROOT).replace("_", "").contains(wanted)
							|| s.groupLabel().toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "").contains(wanted)
							|| s.name().toLowerCase(Locale.ROOT).startsWith(filter.toLowerCase(Locale.ROOT))).toList();
				}
				printSettings(settings);
				return OK;
			}
			case "set" -> {
				if (rest.isEmpty()) {
					throw new UsageException("config set takes NAME=VALUE pairs");
				}
				Map<String, String> changes = new LinkedHashMap<>();
				for (String pair : rest) {
					int equals = pair.indexOf('=');
					if (equals <= 0) {
						throw new UsageException("'" + pair + "' is not NAME=VALUE");
					}
					String value = pair.substring(equals + 1);
					changes.put(pair.substring(0, equals).trim(), value.isEmpty() ? null : value);
				}
				List<Setting> settings = client.updateSettings(changes, monitor);
				printSettings(settings.stream().filter(s -> changes.containsKey(s.name())).toList());
				return OK;
			}
			default -> throw new UsageException("unknown config action '" + action + "'");
		}
	}

	private void printSettings(List<Setting> settings) {
		if (json) {
			printJson(settings);
			return;
		}
		TextTable table = new TextTable("Group", "Name", "Value", "Default", "Editable");
		for (Setting s : settings) {
			table.row(s.groupLabel(), s.name(), s.value(), s.defaultValue(), s.editable() ? "yes" : "producer only");
		}
		table.print(out);
	}

	private int hostIds(LicenseServerClient client, List<String> args) throws ServerException, UsageException {
		var monitor = new NullProgressMonitor();
		HostIds hostIds;
		if (!args.isEmpty() && args.get(0).equals("select")) {
			if (args.size() != 3) {
				throw new UsageException("hostids select takes a TYPE and a VALUE");
			}
			hostIds = client.selectHostId(new HostId(args.get(1), args.get(2)), monitor);
		} else {
			noMore(args, args.isEmpty() || !args.get(0).equals("list") ? 0 : 1);
			hostIds = client.hostIds(monitor);
		}
		if (json) {
			printJson(hostIds);
			return OK;
		}
		TextTable table = new TextTable("Type", "Value", "Selected");
		for (HostId hostId : hostIds.all()) {
			table.row(hostId.type(), hostId.value(), hostIds.selected() != null && hostIds.selected().sameAs(hostId) ? "yes" : "");
		}
		table.print(out);
		return OK;
	}

	private int activate(LicenseServerClient client, List<String> args) throws ServerException, UsageException {
		var monitor = new NullProgressMonitor();
		String load = null;
		String output = null;
		List<ActivationCount> activations = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i).replaceFirst("^--", "-");
			switch (arg) {
				case "-load" -> load = value(args, ++i, arg);
				case "-o" -> output = value(args, ++i, arg);
				case "-id" -> activations.add(new ActivationCount(value(args, ++i, arg), 1));
				case "-count" -> {
					if (activations.isEmpty()) {
						throw new UsageException("-count follows the -id it is for");
					}
					String text = value(args, ++i, arg);
					int count;
					try {
						count = Integer.parseInt(text);
					} catch (NumberFormatException e) {
						throw new UsageException("-count takes a whole number, not '" + text + "'");
					}
					if (count < 0) {
						throw new UsageException("-count must be 0 (return all) or more, not " + count);
					}
					ActivationCount last = activations.remove(activations.size() - 1);
					activations.add(new ActivationCount(last.activationId(), count));
				}
				default -> throw new UsageException("unexpected '" + args.get(i) + "'");
			}
		}
		if (load != null) {
			if (output != null || !activations.isEmpty()) {
				throw new UsageException("activate -load takes a response file only");
			}
			byte[] response = readBytes(load);
			CapabilityResult result = client.uploadCapabilityResponse(response, monitor);
			if (json) {
				printJson(result);
				return OK;
			}
			out.println("Applied " + load + " (" + response.length + " bytes, SHA-256 " + ClientKey.fingerprint(response) + ")");
			TextTable table = new TextTable("Feature", "Version", "Count", "Activation ID");
			result.features().forEach(f -> table.row(f.name(), f.version(), f.count(), f.activationId()));
			if (!table.isEmpty()) {
				table.print(out);
			}
			out.println(result.confirmationRequestNeeded()
					? "The back office expects a confirmation request: generate one with 'activate -o FILE'."
					: "No confirmation request is needed.");
			return OK;
		}
		if (output == null) {
			throw new UsageException("activate needs -o FILE to write the request to, or -load FILE");
		}
		byte[] request = activations.isEmpty() ? client.capabilityRequest(monitor) : client.activationRequest(activations, monitor);
		write(output, request);
		if (json) {
			JsonObject o = new JsonObject();
			o.addProperty("file", output);
			o.addProperty("bytes", request.length);
			o.addProperty("sha256", ClientKey.fingerprint(request));
			printJson(o);
		} else {
			out.println("Wrote " + (activations.isEmpty() ? "a capability request" : "an activation request") + " to " + output
					+ " (" + request.length + " bytes, SHA-256 " + ClientKey.fingerprint(request) + ")");
		}
		return OK;
	}

	private int uploadKey(LicenseServerClient client, List<String> args) throws ServerException, UsageException {
		if (args.size() != 1) {
			throw new UsageException("upload-key takes one DER file");
		}
		ClientKeyFile.Check check = ClientKeyFile.check(args.get(0), readBytes(args.get(0)));
		if (check instanceof ClientKeyFile.Refused refused) {
			throw new UsageException(refused.reason());
		}
		ClientKeyFile.Accepted accepted = (ClientKeyFile.Accepted) check;
		if (accepted.fromPem() != null && !json) {
			out.println("Converted " + args.get(0) + " from PEM (" + accepted.fromPem() + ") to DER SubjectPublicKeyInfo.");
		}
		ClientKey key = client.uploadClientKey(accepted.der(), new NullProgressMonitor());
		if (json) {
			printJson(key);
		} else {
			out.println("Uploaded the client key; the server keeps the key with SHA-256 fingerprint " + key.fingerprint());
		}
		return OK;
	}

	private int trust(LicenseServerClient client, List<String> args) throws ServerException, UsageException {
		boolean yes = args.contains("--yes");
		noMore(withoutOptions(args), 0);
		if (!client.address().isHttps()) {
			throw new UsageException(client.address().hostAndPort() + " is reached by plain HTTP: there is no certificate to trust");
		}
		try {
			client.health(new NullProgressMonitor());
			out.println("The certificate of " + client.address().hostAndPort() + " is already trusted.");
			return OK;
		} catch (UntrustedCertificateException e) {
			out.println("Server:      " + client.address().hostAndPort());
			out.println("Subject:     " + e.subject());
			out.println("Issuer:      " + e.issuer());
			out.println("Valid until: " + e.notAfter());
			out.println("SHA-256:     " + e.fingerprint());
			if (!yes) {
				char[] answer = prompt == null ? null : prompt.read("Trust this certificate? Type yes if the fingerprint is the server's: ");
				if (answer == null || !new String(answer).trim().equalsIgnoreCase("yes")) {
					err.println("seatkeeper admin: the certificate was not trusted");
					return FAILED;
				}
			}
			try {
				TrustedCertificates trusted = TrustedCertificates.load(trustFile);
				trusted.trust(client.address().hostAndPort(), e.fingerprint());
				trusted.store(trustFile);
			} catch (IOException io) {
				throw new UsageException("cannot store the trusted certificate in " + trustFile + ": " + io.getMessage());
			}
			out.println("Trusted; the fingerprint is kept in " + trustFile);
			return OK;
		}
	}
}
