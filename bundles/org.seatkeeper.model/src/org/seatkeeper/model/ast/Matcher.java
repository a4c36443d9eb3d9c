package org.seatkeeper.model.ast;

import java.util.List;
import java.util.Objects;

import org.seatkeeper.model.TextRange;

/**
 * One simple condition, possibly negated: {@code hostid("...")}, {@code hostname("...")},
 * {@code hosttype("...")}, {@code dictionary("k":"v")} or {@code any()}.
 *
 * @param negated true after {@code not} or {@code !}
 * @param kind    which condition
 * @param values  the string parameters of hostid, hostname and hosttype
 * @param entries the key-value parameters of dictionary
 * @param range   from the negation (if any) to the closing parenthesis
 */
public record Matcher(boolean negated, Kind kind, List<Name> values, List<DictionaryEntry> entries, TextRange range)
		implements Node {

	/** The condition types of the language. */
	public enum Kind {
		HOSTID("hostid"), HOSTNAME("hostname"), HOSTTYPE("hosttype"), DICTIONARY("dictionary"), ANY("any");

		private final String keyword;

		Kind(String keyword) {
			this.keyword = keyword;
		}

		/** The keyword that writes it. */
		public String keyword() {
			return keyword;
		}
	}

	public Matcher {
		Objects.requireNonNull(kind, "kind");
		values = List.copyOf(values);
		entries = List.copyOf(entries);
		Objects.requireNonNull(range, "range");
	}

	/** True for a plain {@code any()}: a matcher that every request satisfies. */
	public boolean isAlwaysTrue() {
		return kind == Kind.ANY && !negated;
	}
}
