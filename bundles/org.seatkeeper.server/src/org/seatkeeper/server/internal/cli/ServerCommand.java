package org.seatkeeper.server.internal.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.CommandLines.Outcome;
import org.seatkeeper.cli.FailedException;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.server.LicenseServer;
import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.server.internal.store.FolderLock;
import org.seatkeeper.server.internal.store.Recovery;
import org.seatkeeper.server.internal.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seatkeeper server}: runs the embedded license server until it is stopped (Ctrl+C or a TERM
 * signal, after which it writes a snapshot).
 */
@Command(name = "seatkeeper server", description = "Runs the embedded license server until it is stopped (Ctrl+C or a TERM "
		+ "signal, after which it writes a snapshot).", footer = { "",
				"The administrator 'admin' is created at the first start with the password in SEATKEEPER_ADMIN_PASSWORD, or one "
						+ "typed on the console; else with a generated one written to an owner-only file in the data folder, whose "
						+ "path is shown. One server at a time uses a data folder; a second one exits with status 1." },
		exitCodeListHeading = "%nExit status:%n", exitCodeList = { "0:stopped, or recovered", "1:cannot start (the data folder is "
				+ "in use or damaged, the port is taken) or cannot recover", "2:usage error" })
public final class ServerCommand implements Callable<Integer> {


	@Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default 7070; 0 picks a free one).")
	int port = ServerOptions.DEFAULT_PORT;

	@Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default 0.0.0.0, all of them).")
	String bind = "0.0.0.0";

	@Option(names = "--data", paramLabel = "DIR", description = "Folder for the server's state (default ~/.seatkeeper/server).")
	Path data = Path.of(System.getProperty("user.home"), ".seatkeeper", "server");

	@Option(names = "--demo", description = "Fill an empty server with demo features and reservations, and run 300 simulated "
			+ "devices that check licenses out and return them.")
	boolean demo;

	@Option(names = "--producer-key", paramLabel = "PUBLIC.pem", description = "The producer's public key (PEM) that offline "
			+ "capability responses must be signed with; kept with the server's state.")
	Path producerKey;

	@Option(names = "--https", description = "Serve HTTPS with the certificate in --keystore (PKCS#12 or JKS); its password is "
			+ "read from SEATKEEPER_KEYSTORE_PASSWORD or asked on the console.")
	boolean https;

	@Option(names = "--keystore", paramLabel = "FILE", description = "The keystore of --https.")
	Path keystore;

	@Option(names = "--recover", description = "Cut a damaged journal at its last good event (after keeping a copy of it), say "
			+ "how many events were dropped, and exit; the server must not be running.")
	boolean recover;

	@Option(names = "--admin-password", hidden = true)
	String adminPasswordArgument;

	private final Map<String, String> env;
	private final PrintStream out;

	private ServerCommand(Map<String, String> env, PrintStream out) {
		this.env = env;
		this.out = out;
	}

	public static void main(String[] args) {
		System.exit(run(List.of(args), System.getenv(), System.out, System.err));
	}

	public static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
		return CommandLines.run(new ServerCommand(env, out), args, out, err, ServerCommand::outcome);
	}

	private static Optional<Outcome> outcome(Exception e) {
		if (e instanceof FolderLock.FolderInUseException) {
			return Optional.of(new Outcome(CommandLines.FAILED, e.getMessage() + "; stop that server first, or give this one another "
					+ "--data folder"));
		}
		boolean failed = e instanceof IOException || e instanceof StoreException || e instanceof IllegalArgumentException;
		return failed ? Optional.of(new Outcome(CommandLines.FAILED, e.getMessage())) : Optional.empty();
	}

	@Override
	public Integer call() throws Exception {
		if (recover) {
			out.println(Recovery.run(data).describe(data.toAbsolutePath()));
			return CommandLines.OK;
		}
		LicenseServer server;
		try {
			server = LicenseServer.start(options());
		} catch (BindException e) {
			throw new FailedException("port " + port + " is in use; stop what uses it or choose another with --port", e);
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.close();
			stopped.countDown();
		}, "seatkeeper-server-shutdown"));
		out.println("Seatkeeper license server listening on " + server.baseUri() + " (instance " + server.instanceId()
				+ ", data in " + data.toAbsolutePath() + ")");
		try {
			stopped.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return CommandLines.OK;
	}

	/** The server's options from the command line and the environment. */
	private ServerOptions options() throws UsageException {
		if (adminPasswordArgument != null) {
			throw new UsageException("--admin-password is gone (a command line is visible to every user of the machine); set "
					+ "SEATKEEPER_ADMIN_PASSWORD or type the password when asked");
		}
		if (port < 0 || port > 65535) {
			throw new UsageException("--port takes a number from 0 to 65535, not " + port);
		}
		if (https != (keystore != null)) {
			throw new UsageException("--https and --keystore go together");
		}
		ServerOptions options = ServerOptions.of(port, data).withBindAddress(bind).withConsole(out::println).withDemo(demo);
		String adminPassword = env.get("SEATKEEPER_ADMIN_PASSWORD");
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
	private static String typedPassword(Console console) throws UsageException {
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
		throw new UsageException("the two passwords typed differ");
	}

	private static char[] keystorePassword(Map<String, String> env) throws UsageException {
		String password = env.get("SEATKEEPER_KEYSTORE_PASSWORD");
		if (password != null) {
			return password.toCharArray();
		}
		Console console = System.console();
		if (console == null) {
			throw new UsageException("set SEATKEEPER_KEYSTORE_PASSWORD to the keystore's password");
		}
		return console.readPassword("Keystore password: ");
	}
}
