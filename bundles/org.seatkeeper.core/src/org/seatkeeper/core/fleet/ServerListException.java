package org.seatkeeper.core.fleet;

/** A server list that cannot be read: the message says where and what is wrong. */
public final class ServerListException extends Exception {

	private static final long serialVersionUID = 1L;

	public ServerListException(String message) {
		super(message);
	}

	public ServerListException(String message, Throwable cause) {
		super(message, cause);
	}
}
