package org.seatkeeper.server.internal.store;

import java.io.IOException;

/** The store cannot read or write its files; the message says which file and why. */
public final class StoreException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public StoreException(String message, IOException cause) {
		super(message + ": " + cause.getMessage(), cause);
	}

	public StoreException(String message) {
		super(message);
	}
}
