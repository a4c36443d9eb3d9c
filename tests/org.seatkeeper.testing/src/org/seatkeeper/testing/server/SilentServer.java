package org.seatkeeper.testing.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server on the loopback address that accepts every connection and never answers, as a hung license
 * server does: a client waits until its own timeout.
 */
public final class SilentServer implements AutoCloseable {

	private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
	private final List<Socket> held = new CopyOnWriteArrayList<>();

	public SilentServer() throws IOException {
		Thread accept = new Thread(() -> {
			while (!socket.isClosed()) {
				try {
					held.add(socket.accept());
				} catch (IOException e) {
					return; // closed
				}
			}
		}, "silent server");
		accept.setDaemon(true);
		accept.start();
	}

	public int port() {
		return socket.getLocalPort();
	}

	/** {@code http://127.0.0.1:PORT} */
	public String url() {
		return "http://127.0.0.1:" + port();
	}

	@Override
	public void close() throws IOException {
		socket.close();
		for (Socket connection : held) {
			connection.close();
		}
	}
}
