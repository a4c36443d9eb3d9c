package org.seatkeeper.server.tests;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.seatkeeper.model.ModelParser;
import org.seatkeeper.server.internal.cli.ServerCommand;

import com.google.gson.Gson;

/** {@code seatkeeper server} in a process of its own, as an administrator starts it. */
final class ServerProcess {

	private ServerProcess() {
	}

	/** Starts {@code seatkeeper server} on {@code data} and a free port of 127.0.0.1 in a new JVM. */
	static Process start(Path data, String... more) throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		String classpath = String.join(File.pathSeparator, location(ServerCommand.class), location(ModelParser.class),
				location(Gson.class), location(org.bouncycastle.crypto.signers.Ed25519Signer.class),
				location(org.seatkeeper.cli.CommandLines.class), location(picocli.CommandLine.class));
		List<String> command = new ArrayList<>(List.of(java, "-cp", classpath, ServerCommand.class.getName(), "--port", "0", "--bind",
				"127.0.0.1", "--data", data.toString()));
		command.addAll(List.of(more));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("SEATKEEPER_ADMIN_PASSWORD", ServerFixture.ADMIN_PASSWORD);
		builder.redirectErrorStream(true);
		return builder.start();
	}

	/** The port the server process says it listens on; what it prints after is drained. */
	static int port(Process process) throws Exception {
		BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		Pattern listening = Pattern.compile("listening on https?://localhost:(\\d+)/");
		StringBuilder seen = new StringBuilder();
		String line;
		while ((line = reader.readLine()) != null) {
			seen.append(line).append('\n');
			Matcher matcher = listening.matcher(line);
			if (matcher.find()) {
				Thread drain = new Thread(() -> {
					try {
						while (reader.readLine() != null) {
							// keep the pipe from filling up
						}
					} catch (java.io.IOException e) {
						// the process is gone
					}
				});
				drain.setDaemon(true);
				drain.start();
				return Integer.parseInt(matcher.group(1));
			}
		}
		throw new AssertionError("the server process ended without listening:\n" + seen);
	}

	/** The class path entry (folder or jar) a class was loaded from, inside OSGi or not. */
	static String location(Class<?> type) throws Exception {
		URL source = type.getProtectionDomain().getCodeSource() == null ? null : type.getProtectionDomain().getCodeSource().getLocation();
		if (source != null && source.getProtocol().equals("file")) {
			return new File(source.toURI()).getPath();
		}
		Bundle bundle = FrameworkUtil.getBundle(type);
		String location = bundle == null ? "" : bundle.getLocation();
		int file = location.indexOf("file:");
		if (file < 0) {
			throw new AssertionError("Cannot tell where " + type.getName() + " was loaded from: " + source + ", " + location);
		}
		File path = new File(location.substring(file + "file:".length()));
		if (!path.isAbsolute()) {
			path = new File(System.getProperty("user.dir"), path.getPath());
		}
		if (path.isDirectory() && new File(path, "target/classes").isDirectory()) {
			return new File(path, "target/classes").getPath();
		}
		return path.getPath();
	}
}
