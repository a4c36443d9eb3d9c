package org.seatkeeper.history.alerts;

import java.time.Instant;

/**
 * A condition a rule found on a server: raised when it first held, cleared when it no longer holds.
 *
 * @param server  the server's name in the list
 * @param kind    the rule
 * @param subject what it is about on the server: a feature and version, a pool, or {@code ""} for the server
 * @param message what a person reads: what, where, since when
 * @param since   when the condition began to hold (for use and reachability: when it was first seen)
 */
public record Alert(String server, Kind kind, String subject, String message, Instant since) {

	/** The rules, as people name them. */
	public enum Kind {
		EXPIRY("Expires soon"), FULL("Use at the limit"), UNREACHABLE("Unreachable"), POOL_DEFICIT("Pool in deficit"), REFUSING("Refuses requests");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** What identifies the condition across rounds: the same server, rule and subject is the same alert. */
	public String key() {
		return server + "\u0000" + kind + "\u0000" + subject;
	}
}
