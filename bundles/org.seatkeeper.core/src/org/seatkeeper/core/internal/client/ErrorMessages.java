package org.seatkeeper.core.internal.client;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person reads for the error keys Seatkeeper knows: the server's own message is written for its
 * log, not for a person, when it names Java exceptions (a refused login, the reference's §1.4.9). Any
 * other key, known or not, keeps the server's own message.
 */
public final class ErrorMessages {

	/** The user a refused login names in its message: {@code … failed for user admin (error …)}. */
	private static final Pattern LOGIN_USER = Pattern.compile("for user (\\S+)");

	private ErrorMessages() {
	}

	/** The message for a person of an error with {@code key}, the server's {@code message} and {@code arguments}. */
	public static String forPerson(String key, String message, List<String> arguments) {
		return switch (key) {
			case "glsErr.userAuthFailed" -> loginRefused(message, arguments);
			default -> message;
		};
	}

	/** "The server refused the user name or password (user admin)". */
	private static String loginRefused(String message, List<String> arguments) {
		String user = arguments.size() >= 2 && !arguments.get(1).isBlank() ? arguments.get(1) : null;
		if (user == null) {
			Matcher m = LOGIN_USER.matcher(message);
			user = m.find() ? m.group(1) : null;
		}
		return "The server refused the user name or password" + (user == null ? "" : " (user " + user + ")");
	}
}
