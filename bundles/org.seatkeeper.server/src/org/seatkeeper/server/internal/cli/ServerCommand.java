package org.seatkeeper.server.internal.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.server.internal.store.FolderLock;
import org.seatkeeper.server.internal.store.Recovery;
import org.seatkeeper.server.internal.store.StoreException;

/**
 * {@code seatkeeper server}: runs the embedded license server until it is stopped (Ctrl+C or a TERM
 * signal, after which it writes a snapshot).
 */
public final class ServerCommand {

	static final String USAGE = """
			usage: seatkeeper server [--port PORT] [--bind ADDRESS] [--data DIR] [--demo] [--https --keystore FILE]
			                         [--producer-key PUBLIC.pem]
			       seatkeeper server --recover [--data DIR]

			  --port      port to listen on (default 7070; 0 picks a free one)
			  --bind      address to listen on (default 0.0.0.0, all of them)
			  --data      folder for the server's state (default ~/.seatkeeper/server)
			  --demo      fill an empty server with demo features and reservations, and run 300 simulated
			              devices that check licenses out and return them
			  --producer-key  the producer's public key (PEM) that offline capability responses must be signed
			              with; kept with the server's state
			  --https     serve HTTPS with the certificate in --keystore (PKCS#12 or JKS); its password is read
			              from SEATKEEPER_KEYSTORE_PASSWORD or asked on the console
			  --recover   cut a damaged journal at its last good event (after keeping a copy of it), say how
			              many events were dropped, and exit; the server must not be running
			  The administrator 'admin' is created at the first start with the password in
			  SEATKEEPER_ADMIN_PASSWORD, or one typed on the console; else with a generated one written to
			  an owner-only file in the data folder, whose path is shown.
			  One server at a time uses a data folder; a second one exits with status 1.
			""";

	private ServerCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(List.of(args), System.getenv(), System.out, System.err));
	}

	public static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
		ServerOptions options;
		try {
			options = parse(args, env, out);
		} catch (IllegalArgumentException e) {
			err.println("seatkeeper server: " + e.getMessage());
			err.print(USAGE);
			return 2;
		}
		if (options == null) {
			out.print(USAGE);
			return 0;
		}
		if (args.contains("--recover")) {
			try {
				out.println(Recovery.run(options.data()).describe(options.data().toAbsolutePath()));
				return 0;
			} catch (StoreException e) {
				err.println("seatkeeper server: " + e.getMessage());
				return 1;
			}
		}
		LicenseServer server;
		try {
			server = LicenseServer.start(options);
		} catch (FolderLock.FolderInUseException e) {
			err.println("seatkeeper server: " + e.getMessage() + "; stop that server first, or give this one another --data folder");
			return 1;
		} catch (BindException e) {
			err.println("seatkeeper server: port " + options.port() + " is in use; stop what uses it or choose another with --port");
			return 1;
		} catch (IOException | StoreException | IllegalArgumentException e) {
			err.println("seatkeeper server: " + e.getMessage());
			return 1;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.close();
			stopped.countDown();
		}, "seatkeeper-server-shutdown"));
		out.println("Seatkeeper license server listening on " + server.baseUri() + " (instance " + server.instanceId()
				+ ", data in " + options.data().toAbsolutePath() + ")");
		try {
			stopped.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return 0;
	}

	/** The options, or null when help was asked for. */
	static ServerOptions parse(List<String> args, Map<String, String> env, PrintStream out) {
		int port = ServerOptions.DEFAULT_PORT;
		String bind = "0.0.0.0";
		Path data = Path.of(System.getProperty("user.home"), ".seatkeeper", "server");
		boolean https = false;
		boolean demo = false;
		Path keystore = null;
		Path producerKey = null;
		String adminPassword = env.get("SEATKEEPER_ADMIN_PASSWORD");
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "-h", "--help", "help" -> {
				return null;
			}
			case "--https" -> https = true;
			case "--demo" -> demo = true;
			case "--recover" -> {
				// handled by run()
			}
			case "--admin-password" -> throw new IllegalArgumentException(
					"--admin-password is gone (a command line is visible to every user of the machine); set SEATKEEPER_ADMIN_PASSWORD"
							+ " or type the password when asked");
			case "--port", "--bind", "--data", "--keystore", "--producer-key" -> {
				if (i + 1 >= args.size()) {
					throw new IllegalArgumentException(arg + " needs a value");
				}
				String value = args.get(++i);
				switch (arg) {
				case "--port" -> port = port(value);
				case "--bind" -> bind = value;
				case "--data" -> data = Path.of(value);
				case "--keystore" -> keystore = Path.of(value);
				default -> producerKey = Path.of(value);
				}
			}
			default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
			}
		}
		if (https != (keystore != null)) {
			throw new IllegalArgumentException("--https and --keystore go together");
		}
		ServerOptions options = ServerOptions.of(port, data).withBindAddress(bind).withConsole(out::println).withDemo(demo);
		if (adminPassword == null && isNew(data) && System.console() != null) {
			adminPassword = typedPassword(System.console());
		}
		if (adminPassword != null && !adminPassword.isEmpty()) {
			options = options.withAdminPassword(adminPassword);
		}
		if (https) {
			options = options.withHttps(keystore, keystorePassword(env));
		}
		if (producerKey != null) {
			options = options.withProducerKey(producerKey);
		}
		return options;
	}

	/** Whether {@code data} holds no server yet, so that the administrator is created at this start. */
	private static boolean isNew(Path data) {
		return !java.nio.file.Files.exists(data.resolve("state.json")) && !java.nio.file.Files.exists(data.resolve("journal.log"));
	}

	/** The administrator's password typed twice on the console; null (generate one) if left empty. */
	private static String typedPassword(Console console) {
		for (int attempt = 0; attempt < 3; attempt++) {
			char[] first = console.readPassword("Password for the administrator 'admin' (Enter to generate one): ");
			if (first == null || first.length == 0) {
				return null;
			}
			char[] again = console.readPassword("The same password again: ");
			if (java.util.Arrays.equals(first, again)) {
				return new String(first);
			}
			console.printf("The two passwords differ.%n");
		}
		throw new IllegalArgumentException("the two passwords typed differ");
	}

	private static int port(String value) {
		try {
			int port = Integer.parseInt(value);
			if (port >= 0 && port <= 65535) {
				return port;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException("--port takes a number from 0 to 65535, not '" + value + "'");
	}

	private static char[] keystorePassword(Map<String, String> env) {
		String password = env.get("SEATKEEPER_KEYSTORE_PASSWORD");
		if (password != null) {
			return password.toCharArray();
		}
		Console console = System.console();
		if (console == null) {
			throw new IllegalArgumentException("set SEATKEEPER_KEYSTORE_PASSWORD to the keystore's password");
		}
		return console.readPassword("Keystore password: ");
	}
}
