package org.seatkeeper.cli;

/**
 * The command was understood but what it asked for was refused or could not be done (a server refused or
 * was unreachable, a file has errors): exit status {@link CommandLines#FAILED}, with a one-line message.
 */
public class FailedException extends Exception {

	private static final long serialVersionUID = 1L;

	public FailedException(String message) {
		super(message);
	}

	public FailedException(String message, Throwable cause) {
		super(message, cause);
	}
}
