package org.seatkeeper.server.offline;

/** An offline exchange file or key that is not what it should be; the message says why, for the user. */
public final class OfflineFileException extends Exception {

	private static final long serialVersionUID = 1L;

	public OfflineFileException(String message) {
		super(message);
	}
}
