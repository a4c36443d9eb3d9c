package org.seatkeeper.core.internal.client;

/** JSON that parses but does not have the shape a value needs; the message names where and what. */
public final class ShapeException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ShapeException(String message) {
		super(message);
	}
}
