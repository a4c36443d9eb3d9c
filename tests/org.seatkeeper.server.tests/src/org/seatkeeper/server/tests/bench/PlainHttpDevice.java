package org.seatkeeper.server.tests.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A device's side of HTTP/1.1 as small as a device's firmware has it: one kept-alive connection from the
 * device's own address, one request at a time, the answer read to its end. The benchmarks measure the
 * server; the JDK's HTTP client (its selector, its workers and their allocations) costs, per request, as
 * much CPU as the server's answer, which on a machine of two cores would be measured as the server's.
 */
final class PlainHttpDevice implements Closeable {

	private final URI uri;
	private final InetAddress local;
	private Socket socket;
	private OutputStream out;
	private InputStream in;

	PlainHttpDevice(URI uri, InetAddress local) {
		this.uri = uri;
		this.local = local;
	}

	/** Posts {@code json} and returns the answer's status; reconnects once when the kept connection was closed. */
	int post(String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		byte[] head = ("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
				+ "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		boolean fresh = socket == null;
		try {
			return exchange(head, body);
		} catch (IOException e) {
			close();
			if (fresh) {
				throw e;
			}
			return exchange(head, body);
		}
	}

	private int exchange(byte[] head, byte[] body) throws IOException {
		if (socket == null) {
			socket = new Socket();
			socket.bind(new InetSocketAddress(local, 0));
			socket.setTcpNoDelay(true);
			socket.setSoTimeout(10_000);
			socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
			out = socket.getOutputStream();
			in = new BufferedInputStream(socket.getInputStream());
		}
		byte[] request = new byte[head.length + body.length];
		System.arraycopy(head, 0, request, 0, head.length);
		System.arraycopy(body, 0, request, head.length, body.length);
		out.write(request);
		out.flush();
		String status = line();
		if (!status.startsWith("HTTP/1.1 ")) {
			throw new IOException("Not an HTTP answer: " + status);
		}
		long length = 0;
		boolean closing = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			String lower = header.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Long.parseLong(lower.substring("content-length:".length()).trim());
			} else if (lower.startsWith("connection:") && lower.contains("close")) {
				closing = true;
			}
		}
		in.skipNBytes(length);
		if (closing) {
			close();
		}
		return Integer.parseInt(status.substring(9, 12));
	}

	private String line() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream(64);
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new IOException("The server closed the connection");
			}
			if (c != '\r') {
				line.write(c);
			}
		}
		return line.toString(StandardCharsets.US_ASCII);
	}

	@Override
	public void close() {
		if (socket != null) {
			try {
				socket.close();
			} catch (IOException e) {
				// closing anyway
			}
			socket = null;
		}
	}
}
