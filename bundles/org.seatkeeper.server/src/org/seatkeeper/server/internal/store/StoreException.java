package org.seatkeeper.server.internal.store;

import java.io.IOException;

/** The store cannot read or write its files; the message says which file and why. */
public class StoreException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public StoreException(String message, IOException cause) {
		super(message + ": " + cause.getMessage(), cause);
	}

	public StoreException(String message) {
		super(message);
	}

	/** A failure that follows from an earlier one. */
	public StoreException(String message, StoreException cause) {
		super(message, cause);
	}
}
