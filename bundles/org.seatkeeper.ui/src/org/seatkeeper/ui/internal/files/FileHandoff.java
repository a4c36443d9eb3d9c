package org.seatkeeper.ui.internal.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;

/**
 * Hands the model files named on a second start's command line ({@code seatkeeper file.model}) to the
 * Seatkeeper already running on the same workspace, which opens them. The running one listens on the loopback
 * address and writes its port and a random token to {@value #FILE} in the workspace's metadata folder, readable by
 * its user alone; a second start reads both, sends the token and the files' absolute paths, one per line, and ends
 * once they are taken. Anything else that connects is dropped: a wrong token, more than {@value #FILES_AT_MOST}
 * files, a line over {@value #LINE_AT_MOST} characters, or {@value #READ_TIMEOUT_MS} ms of silence.
 */
public final class FileHandoff implements AutoCloseable {

	static final String FILE = ".seatkeeper-open";
	static final int FILES_AT_MOST = 64;
	static final int LINE_AT_MOST = 4096;
	static final int READ_TIMEOUT_MS = 2000;

	private final ServerSocket socket;
	private final Path file;
	private final byte[] token;

	private FileHandoff(ServerSocket socket, Path file, byte[] token) {
		this.socket = socket;
		this.file = file;
		this.token = token;
	}

	/**
	 * Starts listening for this workspace ({@code metadata} is its {@code .metadata} folder); {@code opener} gets
	 * each batch of files on the listening thread.
	 */
	public static FileHandoff listen(Path metadata, Consumer<List<Path>> opener) throws IOException {
		byte[] token = new byte[24];
		new SecureRandom().nextBytes(token);
		ServerSocket socket = new ServerSocket();
		socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
		Files.createDirectories(metadata);
		Path file = metadata.resolve(FILE);
		Path written = Files.createTempFile(metadata, FILE, ".tmp");
		try {
			try {
				Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
			} catch (UnsupportedOperationException e) {
				// Windows: the file inherits the user's profile folder's access rules
			}
			Files.writeString(written, socket.getLocalPort() + " " + HexFormat.of().formatHex(token) + "\n");
			Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			Files.deleteIfExists(written);
			socket.close();
			throw e;
		}
		FileHandoff handoff = new FileHandoff(socket, file, token);
		Thread listener = new Thread(() -> handoff.serve(opener), "Seatkeeper: files from the command line");
		listener.setDaemon(true);
		listener.start();
		return handoff;
	}

	private void serve(Consumer<List<Path>> opener) {
		while (!socket.isClosed()) {
			try (Socket client = socket.accept()) {
				client.setSoTimeout(READ_TIMEOUT_MS);
				List<Path> files = read(client);
				if (files != null) {
					opener.accept(files);
					OutputStream out = client.getOutputStream();
					out.write("OK\n".getBytes(StandardCharsets.US_ASCII));
					out.flush();
				}
			} catch (IOException e) {
				if (!socket.isClosed()) {
					ILog.of(FileHandoff.class).info("A request to open files was dropped: " + e.getMessage());
				}
			}
		}
	}

	/** The files a client sends after the right token, or null for anything else. */
	private List<Path> read(Socket client) throws IOException {
		BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8), LINE_AT_MOST);
		String sent = line(in);
		if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.US_ASCII),
				HexFormat.of().formatHex(token).getBytes(StandardCharsets.US_ASCII))) {
			return null;
		}
		List<Path> files = new ArrayList<>();
		for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
			if (files.size() == FILES_AT_MOST) {
				return null;
			}
			Path path = Path.of(line);
			if (!path.isAbsolute()) {
				return null;
			}
			files.add(path);
		}
		return files;
	}

	/** A line of at most {@link #LINE_AT_MOST} characters, or null at the end or for a longer one. */
	private static String line(BufferedReader in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
			if (line.length() == LINE_AT_MOST) {
				return null;
			}
			line.append((char) c);
		}
		return line.toString();
	}

	/**
	 * Sends {@code files} to the Seatkeeper running on the workspace whose metadata folder is {@code metadata}.
	 *
	 * @return true once it took them; false when none listens there (or it did not answer within {@code timeout})
	 */
	public static boolean send(Path metadata, List<Path> files, Duration timeout) {
		try {
			String[] portAndToken = Files.readString(metadata.resolve(FILE)).trim().split(" ");
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(portAndToken[0])),
						(int) timeout.toMillis());
				socket.setSoTimeout((int) timeout.toMillis());
				Writer out = new java.io.OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
				out.write(portAndToken[1] + "\n");
				for (Path file : files) {
					out.write(file.toAbsolutePath().normalize() + "\n");
				}
				out.write("\n");
				out.flush();
				BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
				return "OK".equals(in.readLine());
			}
		} catch (IOException | RuntimeException e) {
			return false; // no file, a stale one, nobody listening: the caller says the workspace is in use
		}
	}

	/**
	 * The files named on a command line: the arguments that are not options (nor an option's value) and name a
	 * {@code .model} file, made absolute against the folder it was started in.
	 */
	public static List<Path> modelFiles(String[] arguments) {
		List<Path> files = new ArrayList<>();
		for (String argument : arguments) {
			if (!argument.startsWith("-") && argument.endsWith(".model")) {
				files.add(Path.of(argument).toAbsolutePath().normalize());
			}
		}
		return files;
	}

	@Override
	public void close() {
		try {
			socket.close();
			Files.deleteIfExists(file);
		} catch (IOException e) {
			ILog.of(FileHandoff.class).warn("Could not remove " + file, e);
		}
	}
}
