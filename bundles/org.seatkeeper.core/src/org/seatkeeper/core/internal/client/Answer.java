package org.seatkeeper.core.internal.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A server's answer.
 *
 * @param uri         the address asked
 * @param status      the HTTP status
 * @param contentType the content type, or {@code ""}
 * @param body        the body, possibly empty
 */
public record Answer(URI uri, int status, String contentType, byte[] body) {

	public String text() {
		return new String(body, StandardCharsets.UTF_8);
	}
}
