package org.seatkeeper.core.client;

import java.util.Arrays;
import java.util.Objects;

/**
 * A user name and password for a server's login. The password is kept as characters so that callers
 * can clear it; {@link #toString()} never shows it.
 *
 * @param user     the user name
 * @param password the password
 */
public record Credentials(String user, char[] password) {

	public Credentials {
		Objects.requireNonNull(user, "user");
		password = password.clone();
	}

	@Override
	public char[] password() {
		return password.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Credentials c && c.user.equals(user) && Arrays.equals(c.password, password);
	}

	@Override
	public int hashCode() {
		return user.hashCode();
	}

	@Override
	public String toString() {
		return "Credentials[user=" + user + "]";
	}
}
