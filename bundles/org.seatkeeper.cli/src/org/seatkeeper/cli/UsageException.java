package org.seatkeeper.cli;

/**
 * The command was used wrongly or given bad input (an unknown value, a file that cannot be read): exit
 * status {@link CommandLines#USAGE}. The message says what, where and why, in one line.
 */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}

	public UsageException(String message, Throwable cause) {
		super(message, cause);
	}
}
