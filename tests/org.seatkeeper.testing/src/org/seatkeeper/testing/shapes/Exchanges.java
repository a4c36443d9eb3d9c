package org.seatkeeper.testing.shapes;

import java.io.IOException;
import java.io.OutputStream;

import com.sun.net.httpserver.HttpExchange;

/** Answers of the tests' HTTP servers. */
public final class Exchanges {

	private Exchanges() {
	}

	/** Sends {@code status} with {@code body} (none when it is empty) and the headers set so far. */
	public static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
		if (body.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}
}
